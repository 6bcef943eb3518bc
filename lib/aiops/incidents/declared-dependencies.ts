// The dependency graph's edges out of one plugin: what an operator declared in the plugin's
// settings (`plugin.depends_on`) and what the plugin declared itself in its health reports
// (`dependencies[].pluginId`) in a time range, with the worst status those reports gave each.
import { eq, sql } from 'drizzle-orm';
import { rowsOf } from '../../db/rows-of';
import type { Db } from '../../db/client';
import { plugin } from '../../db/schema';

/** Mildest first; a dependency's status is the worst seen in the range. */
const STATUS_ORDER = ['healthy', 'unknown', 'degraded', 'unhealthy', 'failed'] as const;
const rank = (s: string | null) => STATUS_ORDER.indexOf((s ?? 'healthy') as (typeof STATUS_ORDER)[number]);
/** The worse of two statuses; null (nothing reported) only when both are. */
export const worseStatus = (a: string | null, b: string | null): string | null => (rank(b) > rank(a) ? b : (a ?? b));

export interface DeclaredDependency {
  pluginId: string;
  /** Where the edge comes from: the plugin's settings, its health reports, or both. */
  source: 'settings' | 'reports' | 'both';
  /** The worst status the plugin's reports gave this dependency in the range; null when none did. */
  reportedStatus: string | null;
}

export async function declaredDependencies(db: Db, pluginId: string, from: number, to: number): Promise<DeclaredDependency[]> {
  const [settings, reported] = await Promise.all([
    db.select({ dependsOn: plugin.dependsOn }).from(plugin).where(eq(plugin.id, pluginId)),
    db.execute(sql`
      select d->>'pluginId' as dep, d->>'status' as status
      from health_report h, jsonb_array_elements(case when jsonb_typeof(h.report->'dependencies') = 'array' then h.report->'dependencies' else '[]'::jsonb end) as d
      where h.plugin_id = ${pluginId} and h.ts >= ${new Date(from).toISOString()} and h.ts <= ${new Date(to).toISOString()}`),
  ]);
  const out = new Map<string, DeclaredDependency>();
  for (const id of settings[0]?.dependsOn ?? []) out.set(id, { pluginId: id, source: 'settings', reportedStatus: null });
  for (const r of rowsOf(reported)) {
    const id = String(r.dep ?? '');
    if (!id || id === pluginId) continue;
    const status = typeof r.status === 'string' ? r.status : null;
    const seen = out.get(id);
    if (!seen) out.set(id, { pluginId: id, source: 'reports', reportedStatus: status });
    else {
      if (seen.source === 'settings') seen.source = 'both';
      seen.reportedStatus = worseStatus(seen.reportedStatus, status);
    }
  }
  return [...out.values()];
}
