// The per-minute and per-hour roll-ups (min, max, sum, count, highest anomaly score, expected
// value and widest band) of newly stored points, merged into what the buckets already hold.
// SQL over the rows an insert really stored (see write-points.ts), so a re-sent point is never
// counted twice and the points make no second trip between the database and the process.
import { sql, type SQL } from 'drizzle-orm';

export const ROLLUP_RESOLUTIONS = [60, 3600] as const;

/**
 * An upsert of the roll-ups at `resolution` seconds from `source`, a CTE with the columns of
 * metric_point. Buckets are whole multiples of the resolution since the Unix epoch (UTC), as the
 * readers expect, whatever the session's time zone.
 */
export function rollupUpsert(source: SQL, resolution: (typeof ROLLUP_RESOLUTIONS)[number]): SQL {
  const res = sql.raw(String(resolution));
  return sql`
    insert into metric_rollup (series_id, resolution, bucket, min, max, sum, count, max_score, expected_sum, scored_count, lower, upper)
    select series_id, ${res}, to_timestamp(floor(extract(epoch from ts) / ${res}) * ${res}),
      min(value), max(value), sum(value), count(*)::int, max(score), coalesce(sum(expected::float8), 0), count(expected)::int, min(lower), max(upper)
    from ${source}
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
