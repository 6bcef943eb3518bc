// Advice for a document of any kind: runs the kind's rule table. Advice never blocks a save;
// a document that does not parse gets none (its validation errors come first).
import {
  AIOpsAgentConfigSchema,
  HotReloadConfigSchema,
  RegistryConfigSchema,
  SandboxConfigSchema,
  type AIOpsAgentConfig,
  type DocumentKind,
  type HotReloadConfig,
  type RegistryConfig,
  type SandboxConfig,
} from '@/schemas';
import type { z } from 'zod';
import { aiopsRules } from './aiops-rules';
import { hotReloadRules } from './hot-reload-rules';
import { registryRules } from './registry-rules';
import { sandboxRules } from './sandbox-rules';
import type { Advice, AdviceRule, AdviceSeverity } from './types';

const RANK: Record<AdviceSeverity, number> = { risk: 0, warning: 1, info: 2 };

/** Every advice of a table for a parsed document, most severe first, table order within. */
export function runRules<D>(rules: readonly AdviceRule<D>[], doc: D): Advice[] {
  return rules
    .flatMap((rule) => rule.at(doc).map((path) => ({ path, severity: rule.severity, title: rule.title, reason: rule.reason })))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

export const adviseSandbox = (doc: SandboxConfig) => runRules(sandboxRules, doc);
export const adviseHotReload = (doc: HotReloadConfig) => runRules(hotReloadRules, doc);
export const adviseRegistry = (doc: RegistryConfig) => runRules(registryRules, doc);
export const adviseAIOps = (doc: AIOpsAgentConfig) => runRules(aiopsRules, doc);

const KINDS: { [K in DocumentKind]: { schema: z.ZodType; advise: (doc: never) => Advice[] } } = {
  sandbox: { schema: SandboxConfigSchema, advise: adviseSandbox },
  'hot-reload': { schema: HotReloadConfigSchema, advise: adviseHotReload },
  aiops: { schema: AIOpsAgentConfigSchema, advise: adviseAIOps },
  registry: { schema: RegistryConfigSchema, advise: adviseRegistry },
};

/**
 * Advice for a stored or submitted document. It is parsed first so defaults count (an absent
 * `enabled` is true); parsing is idempotent, so an already parsed document is fine too.
 */
export function adviseDocument(kind: DocumentKind, doc: unknown): Advice[] {
  const { schema, advise } = KINDS[kind];
  const parsed = schema.safeParse(doc);
  return parsed.success ? (advise as (d: unknown) => Advice[])(parsed.data) : [];
}
