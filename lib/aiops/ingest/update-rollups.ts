// Adds newly stored points to the per-minute and per-hour roll-ups (min, max, sum, count,
// highest anomaly score), merging with what the buckets already hold.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { CheckedPoint } from './check-points';

export const ROLLUP_RESOLUTIONS = [60, 3600] as const;

interface Agg {
  seriesId: number;
  res: number;
  bucket: number;
  min: number;
  max: number;
  sum: number;
  count: number;
  maxScore: number | null;
  expectedSum: number;
  scoredCount: number;
  lower: number | null;
  upper: number | null;
}

export interface PointScore {
  score: number;
  expected: number;
  lower: number;
  upper: number;
}

export async function updateRollups(db: Db, points: CheckedPoint[], scores: Map<string, PointScore>): Promise<void> {
  const aggs = new Map<string, Agg>();
  for (const p of points) {
    const sc = scores.get(`${p.pluginId}\u0000${p.metric}\u0000${p.ts}`);
    for (const res of ROLLUP_RESOLUTIONS) {
      const bucket = Math.floor(p.ts / (res * 1000)) * res * 1000;
      const key = `${p.seriesId}:${res}:${bucket}`;
      const a = aggs.get(key);
      if (!a) {
        aggs.set(key, {
          seriesId: p.seriesId!, res, bucket, min: p.value, max: p.value, sum: p.value, count: 1,
          maxScore: sc?.score ?? null, expectedSum: sc && Number.isFinite(sc.expected) ? sc.expected : 0,
          scoredCount: sc && Number.isFinite(sc.expected) ? 1 : 0, lower: finiteOrNull(sc?.lower), upper: finiteOrNull(sc?.upper),
        });
      } else {
        a.min = Math.min(a.min, p.value);
        a.max = Math.max(a.max, p.value);
        a.sum += p.value;
        a.count += 1;
        if (sc) {
          a.maxScore = Math.max(a.maxScore ?? 0, sc.score);
          if (Number.isFinite(sc.expected)) {
            a.expectedSum += sc.expected;
            a.scoredCount += 1;
          }
          if (Number.isFinite(sc.lower)) a.lower = a.lower === null ? sc.lower : Math.min(a.lower, sc.lower);
          if (Number.isFinite(sc.upper)) a.upper = a.upper === null ? sc.upper : Math.max(a.upper, sc.upper);
        }
      }
    }
  }
  if (aggs.size === 0) return;
  const rows = [...aggs.values()];
  // sql.param keeps each array one parameter (a bare array would expand into a value list).
  const col = <T>(f: (a: Agg) => T) => sql.param(rows.map(f));
  await db.execute(sql`
    insert into metric_rollup (series_id, resolution, bucket, min, max, sum, count, max_score, expected_sum, scored_count, lower, upper)
    select * from unnest(
      ${col((a) => a.seriesId)}::int[], ${col((a) => a.res)}::smallint[],
      ${col((a) => new Date(a.bucket).toISOString())}::timestamptz[], ${col((a) => a.min)}::float8[], ${col((a) => a.max)}::float8[],
      ${col((a) => a.sum)}::float8[], ${col((a) => a.count)}::int[], ${col((a) => a.maxScore)}::real[],
      ${col((a) => a.expectedSum)}::float8[], ${col((a) => a.scoredCount)}::int[], ${col((a) => a.lower)}::float8[], ${col((a) => a.upper)}::float8[])
    on conflict (series_id, resolution, bucket) do update set
      min = least(metric_rollup.min, excluded.min),
      max = greatest(metric_rollup.max, excluded.max),
      sum = metric_rollup.sum + excluded.sum,
      count = metric_rollup.count + excluded.count,
      max_score = greatest(metric_rollup.max_score, excluded.max_score),
      expected_sum = coalesce(metric_rollup.expected_sum, 0) + coalesce(excluded.expected_sum, 0),
      scored_count = metric_rollup.scored_count + excluded.scored_count,
      lower = least(metric_rollup.lower, excluded.lower),
      upper = greatest(metric_rollup.upper, excluded.upper)`);
}

function finiteOrNull(v: number | undefined): number | null {
  return v !== undefined && Number.isFinite(v) ? v : null;
}
