// The periodic scan: every plugin whose AIOps document has optimization.enabled is scanned once
// per its scanInterval. The last scan time is kept per process; after a restart each plugin is
// scanned once more, which is harmless because scans are idempotent per evidence. A scan that
// found less than half a day of metrics (a new plugin, history still loading) is retried sooner.
import type { AIOpsAgentConfig } from '@/schemas';
import type { Db } from '../db/client';
import { cacheFor } from '../db/per-db-cache';
import { getDocument } from '../config-store/get-document';
import { listPlugins } from '../plugins/list-plugins';
import { scanPlugin, type ScanResult } from './scan-plugin';

const RETRY_THIN_MS = 10 * 60_000;

export async function optimizationSettings(db: Db, pluginId: string): Promise<AIOpsAgentConfig['optimization']> {
  return ((await getDocument(db, 'aiops', pluginId)).body as AIOpsAgentConfig).optimization;
}

export async function scanDuePlugins(db: Db, now = Date.now()): Promise<ScanResult[]> {
  const last = cacheFor<number>(db, 'optimization-scans');
  const results: ScanResult[] = [];
  for (const p of await listPlugins(db)) {
    const settings = await optimizationSettings(db, p.id);
    if (!settings?.enabled) continue;
    const at = last.get(p.id);
    if (at !== undefined && now - at < settings.scanInterval * 1000) continue;
    const result = await scanPlugin(db, p.id, now);
    last.set(p.id, result.historyDays >= 0.5 ? now : now - settings.scanInterval * 1000 + RETRY_THIN_MS);
    results.push(result);
  }
  return results;
}

/** On-demand scans: one plugin (even with scans off), or every plugin that has them on. */
export async function scanNow(db: Db, pluginId?: string, now = Date.now()): Promise<ScanResult[]> {
  const last = cacheFor<number>(db, 'optimization-scans');
  const ids = pluginId ? [pluginId] : [];
  if (!pluginId) for (const p of await listPlugins(db)) if ((await optimizationSettings(db, p.id))?.enabled) ids.push(p.id);
  const results: ScanResult[] = [];
  for (const id of ids) {
    results.push(await scanPlugin(db, id, now));
    last.set(id, now);
  }
  return results;
}
