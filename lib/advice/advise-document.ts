// Advice for a document of any kind: runs the kind's rule table. Advice never blocks a save;
// a document that does not parse gets none (its validation errors come first).
import type { DocumentKind } from '@/schemas';
import { documentKinds } from '../config-store/document-kinds';
import { aiopsRules } from './aiops-rules';
import { hotReloadRules } from './hot-reload-rules';
import { registryRules } from './registry-rules';
import { sandboxRules } from './sandbox-rules';
import type { Advice, AdviceRule, AdviceSeverity } from './types';

const RANK: Record<AdviceSeverity, number> = { risk: 0, warning: 1, info: 2 };

const RULES: { [K in DocumentKind]: readonly AdviceRule<never>[] } = {
  sandbox: sandboxRules,
  'hot-reload': hotReloadRules,
  aiops: aiopsRules,
  registry: registryRules,
  telemetry: [],
};

/**
 * Advice for a stored or submitted document, most severe first, table order within. It is
 * parsed first (with the kind's schema) so defaults count (an absent `enabled` is true);
 * parsing is idempotent, so an already parsed document is fine too.
 */
export function adviseDocument(kind: DocumentKind, doc: unknown): Advice[] {
  const parsed = documentKinds[kind].schema.safeParse(doc);
  if (!parsed.success) return [];
  return (RULES[kind] as readonly AdviceRule<unknown>[])
    .flatMap((rule) => rule.at(parsed.data).map((path) => ({ path, severity: rule.severity, title: rule.title, reason: rule.reason })))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
