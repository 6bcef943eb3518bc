// A metric over a time range, downsampled on the server to about `width` buckets so a chart
// never gets more than about one point per pixel. Each bucket keeps its min and max, so
// spikes survive downsampling; long ranges read the per-minute, quarter-hour or hour roll-ups.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows-of';
import { findSeriesId } from '../ingest/series-ids';
import type { RollupResolution } from '../ingest/update-rollups';

export interface SeriesBucket {
  /** Bucket start, epoch ms. */
  t: number;
  min: number;
  max: number;
  mean: number;
  count: number;
  /** Highest anomaly score in the bucket (0..1), null when the metric is not watched. */
  score: number | null;
  expected: number | null;
  lower: number | null;
  upper: number | null;
}

/** `prometheus`: read from the installation's Prometheus (lib/prometheus/read-series.ts). */
export type SeriesSource = 'raw' | 'rollup-1m' | 'rollup-15m' | 'rollup-1h' | 'prometheus';

export interface SeriesResult {
  from: number;
  to: number;
  bucketMs: number;
  source: SeriesSource;
  buckets: SeriesBucket[];
}

/** Raw points are read while the range holds at most this many per bucket (10-second data). */
const RAW_POINTS_PER_BUCKET = 6;

const ROLLUPS = [
  { source: 'rollup-1h', resolution: 3600 },
  { source: 'rollup-15m', resolution: 900 },
  { source: 'rollup-1m', resolution: 60 },
] as const satisfies readonly { source: SeriesSource; resolution: RollupResolution }[];

/**
 * A roll-up is read once the pixel's share of the range is at least two thirds of its bucket:
 * a week across 960 px reads 672 quarter hours, not 10 080 minutes, and draws no worse.
 */
const COARSER_BUCKET_SLACK = 1.5;

type RollupSource = (typeof ROLLUPS)[number]['source'];

export function chooseSource(rangeMs: number, width: number): { source: 'raw' | RollupSource; bucketMs: number } {
  const bucketMs = Math.max(1000, Math.ceil(rangeMs / width));
  if (bucketMs <= RAW_POINTS_PER_BUCKET * 10_000) return { source: 'raw', bucketMs };
  const rollup = ROLLUPS.find((r) => r.resolution * 1000 <= bucketMs * COARSER_BUCKET_SLACK) ?? ROLLUPS[ROLLUPS.length - 1];
  const step = rollup.resolution * 1000;
  return { source: rollup.source, bucketMs: Math.max(1, Math.ceil(bucketMs / step)) * step };
}

/** The start of the roll-up bucket holding `from`, as SQL text: a bucket that began before the range still counts. */
export function firstBucket(from: number, resolution: RollupResolution): string {
  const step = resolution * 1000;
  return new Date(Math.floor(from / step) * step).toISOString();
}

/** The roll-up resolution (seconds) a source reads. */
export function resolutionOf(source: RollupSource): RollupResolution {
  return ROLLUPS.find((r) => r.source === source)!.resolution;
}

/**
 * The index of the `bucketMs` bucket, counted from `from`, that a timestamp column falls in. Whole
 * milliseconds and a floor at 0: float rounding must never open a bucket before `from`.
 */
export function bucketIndex(column: SQL, from: number, bucketMs: number): SQL {
  return sql`greatest(0, floor((round(extract(epoch from ${column}) * 1000) - ${from}) / ${bucketMs}))`;
}

export async function querySeries(db: Db, pluginId: string, metric: string, from: number, to: number, width: number): Promise<SeriesResult> {
  const { source, bucketMs } = chooseSource(to - from, width);
  const seriesId = await findSeriesId(db, pluginId, metric);
  if (seriesId === undefined) return { from, to, bucketMs, source, buckets: [] };
  const fromIso = new Date(from).toISOString();
  const toIso = new Date(to).toISOString();
  const b = bucketIndex(sql`ts`, from, bucketMs);
  const rb = bucketIndex(sql`bucket`, from, bucketMs);
  const query =
    source === 'raw'
      ? sql`select ${b} as b, min(value) as min, max(value) as max, avg(value::numeric)::float8 as mean, count(*)::int as count,
              max(score) as score, avg(expected) as expected, min(lower) as lower, max(upper) as upper
            from metric_point where series_id = ${seriesId} and ts >= ${fromIso} and ts < ${toIso}
            group by 1 order by 1`
      : sql`select ${rb} as b, min(min) as min, max(max) as max, (sum(sum::numeric) / nullif(sum(count), 0))::float8 as mean, sum(count)::int as count,
              max(max_score) as score, (sum(expected_sum::numeric) / nullif(sum(scored_count), 0))::float8 as expected, min(lower) as lower, max(upper) as upper
            from metric_rollup where series_id = ${seriesId} and resolution = ${resolutionOf(source)}
              and bucket >= ${firstBucket(from, resolutionOf(source))} and bucket < ${toIso}
            group by 1 order by 1`;
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const buckets = rowsOf(await db.execute(query)).map((r) => ({
    t: from + Number(r.b) * bucketMs,
    min: Number(r.min),
    max: Number(r.max),
    mean: Number(r.mean),
    count: Number(r.count),
    score: num(r.score),
    expected: num(r.expected),
    lower: num(r.lower),
    upper: num(r.upper),
  }));
  return { from, to, bucketMs, source, buckets };
}
