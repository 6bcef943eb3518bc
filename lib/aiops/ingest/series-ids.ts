// The integer id of each (plugin, metric) series, created on first sight and cached: ids never
// change while the series exists. Created outside ingest transactions, so a rolled-back batch
// cannot leave an id in the cache that the database does not have.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { metricSeries } from '../../db/schema';
import { cacheFor } from '../../db/per-db-cache';

/** The key of a series in the maps below (and in other per-series caches). */
export const seriesKey = (pluginId: string, metric: string) => `${pluginId}\u0000${metric}`;

export async function seriesIds(db: Db, series: { pluginId: string; metric: string }[]): Promise<Map<string, number>> {
  const cache = cacheFor<number>(db, 'series-ids');
  const missing = [...new Map(series.filter((s) => !cache.has(seriesKey(s.pluginId, s.metric))).map((s) => [seriesKey(s.pluginId, s.metric), s])).values()];
  if (missing.length) {
    await db.execute(sql`
      insert into metric_series (plugin_id, metric)
      select * from unnest(${sql.param(missing.map((s) => s.pluginId))}::text[], ${sql.param(missing.map((s) => s.metric))}::text[])
      on conflict do nothing`);
    const rows = await db
      .select()
      .from(metricSeries)
      .where(inArray(metricSeries.pluginId, [...new Set(missing.map((s) => s.pluginId))]));
    for (const r of rows) cache.set(seriesKey(r.pluginId, r.metric), r.id);
  }
  return new Map(series.map((s) => [seriesKey(s.pluginId, s.metric), cache.get(seriesKey(s.pluginId, s.metric))!]));
}

/** The id of an existing series, or undefined when nothing was ever stored for it. */
export async function findSeriesId(db: Db, pluginId: string, metric: string, cacheOwner: Db = db): Promise<number | undefined> {
  const cache = cacheFor<number>(cacheOwner, 'series-ids');
  const hit = cache.get(seriesKey(pluginId, metric));
  if (hit !== undefined) return hit;
  const [row] = await db.select().from(metricSeries).where(and(eq(metricSeries.pluginId, pluginId), eq(metricSeries.metric, metric)));
  if (row) cache.set(seriesKey(pluginId, metric), row.id);
  return row?.id;
}

/** Forgets cached ids of a deleted plugin's series. */
export function forgetSeries(db: Db, pluginId: string): void {
  const cache = cacheFor<number>(db, 'series-ids');
  for (const k of cache.keys()) if (k.startsWith(`${pluginId}\u0000`)) cache.delete(k);
}
