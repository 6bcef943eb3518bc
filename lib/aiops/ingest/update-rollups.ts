// The per-minute and per-hour roll-ups (min, max, sum, count, highest anomaly score, expected
// value and widest band) of newly stored points, merged into what the buckets already hold.
// SQL over the rows an insert really stored (see write-points.ts), so a re-sent point is never
// counted twice and the points make no second trip between the database and the process.
// Points are aggregated once per minute; hours are summed from those minutes. Buckets are
// whole minutes and hours since the Unix epoch (UTC) whatever the session's time zone
// (date_bin: PostgreSQL 14 or later). Sums are added as numeric and saturate at the largest
// float8: float8 addition raises "value out of range" where two points of 1.7e308 meet.
import { sql, type SQL } from 'drizzle-orm';

export const ROLLUP_RESOLUTIONS = [60, 3600] as const;

/** The largest finite float8, as SQL text. */
const FLOAT8_MAX = sql.raw('1.7976931348623157e308');

/** A numeric expression clamped to the finite float8 range and cast to float8. */
export function saturatedFloat8(numeric: SQL): SQL {
  return sql`least(greatest(${numeric}, -${FLOAT8_MAX}::numeric), ${FLOAT8_MAX}::numeric)::float8`;
}

/** Per-minute partial aggregates of `points`, a CTE with the columns of metric_point. */
export function minuteAggregates(points: SQL): SQL {
  return sql`
    select series_id, date_bin('1 minute', ts, timestamptz 'epoch') as bucket, min(value) as mn, max(value) as mx, ${saturatedFloat8(sql`sum(value::numeric)`)} as sm,
      count(*) as n, max(score) as ms, ${saturatedFloat8(sql`coalesce(sum(expected::numeric), 0)`)} as es, count(expected) as sc, min(lower) as lo, max(upper) as up
    from ${points}
    group by 1, 2`;
}

/** Merges the minute aggregates `minutes` (see minuteAggregates) into the roll-ups at `resolution` seconds. */
export function rollupUpsert(minutes: SQL, resolution: (typeof ROLLUP_RESOLUTIONS)[number]): SQL {
  const bucket = resolution === 60 ? sql`bucket` : sql`date_bin('1 hour', bucket, timestamptz 'epoch')`;
  return sql`
    insert into metric_rollup (series_id, resolution, bucket, min, max, sum, count, max_score, expected_sum, scored_count, lower, upper)
    select series_id, ${sql.raw(String(resolution))}, ${bucket}, min(mn), max(mx), ${saturatedFloat8(sql`sum(sm::numeric)`)}, sum(n)::int, max(ms), ${saturatedFloat8(sql`sum(es::numeric)`)}, sum(sc)::int, min(lo), max(up)
    from ${minutes}
    group by 1, 3
    on conflict (series_id, resolution, bucket) do update set
      min = least(metric_rollup.min, excluded.min),
      max = greatest(metric_rollup.max, excluded.max),
      sum = ${saturatedFloat8(sql`metric_rollup.sum::numeric + excluded.sum::numeric`)},
      count = metric_rollup.count + excluded.count,
      max_score = greatest(metric_rollup.max_score, excluded.max_score),
      expected_sum = ${saturatedFloat8(sql`coalesce(metric_rollup.expected_sum, 0)::numeric + coalesce(excluded.expected_sum, 0)::numeric`)},
      scored_count = metric_rollup.scored_count + excluded.scored_count,
      lower = least(metric_rollup.lower, excluded.lower),
      upper = greatest(metric_rollup.upper, excluded.upper)`;
}
