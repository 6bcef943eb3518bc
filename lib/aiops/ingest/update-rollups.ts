// The per-minute and per-hour roll-ups (min, max, sum, count, highest anomaly score, expected
// value and widest band) of newly stored points, merged into what the buckets already hold.
// SQL over the rows an insert really stored (see write-points.ts), so a re-sent point is never
// counted twice and the points make no second trip between the database and the process.
// Points are aggregated once per minute; hours are summed from those minutes. Buckets are
// whole minutes and hours since the Unix epoch (UTC) whatever the session's time zone
// (date_bin: PostgreSQL 14 or later).
import { sql, type SQL } from 'drizzle-orm';

export const ROLLUP_RESOLUTIONS = [60, 3600] as const;

/** Per-minute partial aggregates of `points`, a CTE with the columns of metric_point. */
export function minuteAggregates(points: SQL): SQL {
  return sql`
    select series_id, date_bin('1 minute', ts, timestamptz 'epoch') as bucket, min(value) as mn, max(value) as mx, sum(value) as sm,
      count(*) as n, max(score) as ms, coalesce(sum(expected::float8), 0) as es, count(expected) as sc, min(lower) as lo, max(upper) as up
    from ${points}
    group by 1, 2`;
}

/** Merges the minute aggregates `minutes` (see minuteAggregates) into the roll-ups at `resolution` seconds. */
export function rollupUpsert(minutes: SQL, resolution: (typeof ROLLUP_RESOLUTIONS)[number]): SQL {
  const bucket = resolution === 60 ? sql`bucket` : sql`date_bin('1 hour', bucket, timestamptz 'epoch')`;
  return sql`
    insert into metric_rollup (series_id, resolution, bucket, min, max, sum, count, max_score, expected_sum, scored_count, lower, upper)
    select series_id, ${sql.raw(String(resolution))}, ${bucket}, min(mn), max(mx), sum(sm), sum(n)::int, max(ms), sum(es), sum(sc)::int, min(lo), max(up)
    from ${minutes}
    group by 1, 3
    on conflict (series_id, resolution, bucket) do update set
      min = least(metric_rollup.min, excluded.min),
      max = greatest(metric_rollup.max, excluded.max),
      sum = metric_rollup.sum + excluded.sum,
      count = metric_rollup.count + excluded.count,
      max_score = greatest(metric_rollup.max_score, excluded.max_score),
      expected_sum = coalesce(metric_rollup.expected_sum, 0) + coalesce(excluded.expected_sum, 0),
      scored_count = metric_rollup.scored_count + excluded.scored_count,
      lower = least(metric_rollup.lower, excluded.lower),
      upper = greatest(metric_rollup.upper, excluded.upper)`;
}
