// The per-minute, per-quarter-hour and per-hour roll-ups (min, max, sum, count, highest anomaly
// score, expected value and widest band) of newly stored points, merged into what the buckets
// already hold; and each plugin's highest score per bucket (the Anomalies page's swim lanes),
// so neither a week-long chart nor the lanes of every plugin reads ten thousand minutes a series.
// SQL over the rows an insert really stored (see write-points.ts), so a re-sent point is never
// counted twice and the points make no second trip between the database and the process.
// Points are aggregated once per minute; the coarser buckets are summed from those minutes. Buckets are
// whole minutes and hours since the Unix epoch (UTC) whatever the session's time zone
// (date_bin: PostgreSQL 14 or later). Sums are added as numeric and saturate at the largest
// float8: float8 addition raises "value out of range" where two points of 1.7e308 meet.
import { sql, type SQL } from 'drizzle-orm';

export const ROLLUP_RESOLUTIONS = [60, 900, 3600] as const;
export type RollupResolution = (typeof ROLLUP_RESOLUTIONS)[number];

/** The bucket (whole `resolution` seconds since the epoch) that a minute bucket falls in. */
function coarseBucket(minute: SQL, resolution: RollupResolution): SQL {
  return resolution === 60 ? minute : sql`date_bin(${sql.raw(`'${resolution} seconds'`)}, ${minute}, timestamptz 'epoch')`;
}

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
export function rollupUpsert(minutes: SQL, resolution: RollupResolution): SQL {
  const bucket = coarseBucket(sql`bucket`, resolution);
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

/** Merges the minute aggregates `minutes` into each plugin's highest score per `resolution` bucket. */
export function laneUpsert(minutes: SQL, resolution: RollupResolution): SQL {
  return sql`
    insert into plugin_score_rollup (plugin_id, resolution, bucket, max_score)
    select s.plugin_id, ${sql.raw(String(resolution))}, ${coarseBucket(sql`m.bucket`, resolution)}, max(m.ms)
    from ${minutes} m join metric_series s on s.id = m.series_id
    where m.ms is not null
    group by 1, 3
    on conflict (resolution, bucket, plugin_id) do update set max_score = greatest(plugin_score_rollup.max_score, excluded.max_score)`;
}
