// Per-minute means and maxima of a plugin's metrics from the 1-minute roll-ups: a week is
// ~10 000 rows per metric, cheap enough for a periodic scan on the embedded database.
import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { metricRollup, metricSeries } from '../db/schema';
import type { MinuteSeries } from './types';

export async function loadMinuteSeries(db: Db, pluginId: string, metrics: readonly string[], from: number): Promise<Partial<Record<string, MinuteSeries>>> {
  if (metrics.length === 0) return {};
  const rows = await db
    .select({
      metric: metricSeries.metric,
      t: sql<number>`round(extract(epoch from ${metricRollup.bucket}) * 1000)::float8`,
      mean: sql<number>`${metricRollup.sum} / nullif(${metricRollup.count}, 0)`,
      max: metricRollup.max,
    })
    .from(metricRollup)
    .innerJoin(metricSeries, eq(metricSeries.id, metricRollup.seriesId))
    .where(and(eq(metricSeries.pluginId, pluginId), inArray(metricSeries.metric, [...metrics]), eq(metricRollup.resolution, 60), gte(metricRollup.bucket, new Date(from))))
    .orderBy(asc(metricSeries.metric), asc(metricRollup.bucket));
  const out: Partial<Record<string, MinuteSeries>> = {};
  for (const r of rows) {
    const s = (out[r.metric] ??= { t: [], mean: [], max: [] });
    s.t.push(Number(r.t));
    s.mean.push(Number(r.mean));
    s.max.push(Number(r.max));
  }
  return out;
}
