// Gathers what the rules look at for one plugin: its sandbox and AIOps documents, a week of
// per-minute metrics, its configuration changes (with before/after values for console saves
// still in force) and the hosts its events name.
import type { AIOpsAgentConfig, SandboxConfig } from '@/schemas';
import type { Db } from '../db/client';
import { getDocument } from '../config-store/get-document';
import { diffVersions } from '../config-store/diff-versions';
import { loadConfigChanges, loadHosts } from './load-events';
import { loadMinuteSeries } from './load-minute-series';
import { runtimeConfigFrom } from './runtime-config';
import type { PluginFacts } from './types';

export const FACTS_WINDOW_MS = 7 * 86_400_000;
const METRICS = ['cpu-usage', 'memory-usage', 'response-time', 'error-rate', 'throughput', 'queue-depth'];

export async function loadFacts(db: Db, pluginId: string, now = Date.now()): Promise<PluginFacts> {
  const from = now - FACTS_WINDOW_MS;
  const [sandbox, aiops] = await Promise.all([getDocument(db, 'sandbox', pluginId), getDocument(db, 'aiops', pluginId)]);
  const aiopsBody = aiops.body as AIOpsAgentConfig;
  const policyMetrics = (aiopsBody.autoScaling ?? []).map((p) => p.customMetric?.trim()).filter((m): m is string => Boolean(m));
  const metrics = await loadMinuteSeries(db, pluginId, [...new Set([...METRICS, ...policyMetrics])], from);
  const configChanges = await loadConfigChanges(db, pluginId, from);
  // Console saves carry only paths: for the ones still current, read what they changed.
  const current: Record<string, number> = { sandbox: sandbox.version, aiops: aiops.version };
  for (const c of configChanges) {
    if (c.source !== 'console' || c.version === undefined || c.version !== current[c.documentKind ?? ''] || c.version < 1) continue;
    const diff = await diffVersions(db, c.documentKind as 'sandbox' | 'aiops', pluginId, c.version - 1, c.version);
    if (diff.some((d) => d.secret)) continue;
    c.changes = diff.map((d) => ({ path: d.path, from: d.before, to: d.after }));
  }
  return {
    pluginId,
    now,
    windowMs: FACTS_WINDOW_MS,
    sandbox: { version: sandbox.version, body: sandbox.body as SandboxConfig },
    aiops: { version: aiops.version, body: aiopsBody },
    metrics,
    configChanges,
    runtimeConfig: runtimeConfigFrom(configChanges),
    hosts: await loadHosts(db, pluginId, from),
  };
}
