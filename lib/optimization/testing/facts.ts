// Hand-made plugin facts for rule tests: documents parsed with the protocol schemas and
// per-minute series from a function of the minute index.
import { AIOpsAgentConfigSchema, SandboxConfigSchema, type AIOpsAgentConfigInput, type SandboxConfigInput } from '@/schemas';
import type { ConfigChangeFact, MinuteSeries, PluginFacts } from '../types';

export const NOW = Date.UTC(2025, 2, 10, 12);
export const MINUTE = 60_000;

/** `days` of minutes ending at NOW; `value(i, t)` gives minute i's mean (max = mean × 1.05). */
export function minutes(days: number, value: (i: number, t: number) => number): MinuteSeries {
  const n = Math.round(days * 1440);
  const s: MinuteSeries = { t: [], mean: [], max: [] };
  for (let i = 0; i < n; i++) {
    const t = NOW - (n - i) * MINUTE;
    const v = value(i, t);
    s.t.push(t);
    s.mean.push(v);
    s.max.push(v * 1.05);
  }
  return s;
}

/** Deterministic noise in [-0.5, 0.5). */
export const noise = (i: number) => {
  const x = Math.sin(i * 12.9898) * 43758.5453;
  return x - Math.floor(x) - 0.5;
};

export function facts(over: {
  sandbox?: SandboxConfigInput;
  aiops?: Partial<AIOpsAgentConfigInput>;
  metrics?: PluginFacts['metrics'];
  configChanges?: ConfigChangeFact[];
  runtimeConfig?: PluginFacts['runtimeConfig'];
  hosts?: PluginFacts['hosts'];
  versions?: { sandbox?: number; aiops?: number };
}): PluginFacts {
  return {
    pluginId: 'p1',
    now: NOW,
    windowMs: 7 * 86_400_000,
    sandbox: { version: over.versions?.sandbox ?? 1, body: SandboxConfigSchema.parse(over.sandbox ?? {}) },
    aiops: { version: over.versions?.aiops ?? 1, body: AIOpsAgentConfigSchema.parse({ agentId: 'a', pluginId: 'p1', ...over.aiops }) },
    metrics: over.metrics ?? {},
    configChanges: over.configChanges ?? [],
    runtimeConfig: over.runtimeConfig ?? {},
    hosts: over.hosts ?? null,
  };
}
