// A Prometheus-sourced metric over a time range as the chart's buckets, read with query_range
// and never copied into the console's database. Spikes are kept the way the console's roll-ups
// keep them: each bucket is one evaluation of max_over_time / min_over_time / avg_over_time /
// count_over_time over exactly that bucket, on the raw samples when the expression is a plain
// selector and on a subquery otherwise (at the plugin's step, at most 30 evaluations a bucket).
import type { SeriesBucket, SeriesResult } from '../aiops/query/query-series';
import { queryRange, type PromSeries } from './prometheus-api';
import { singleSeries } from './prom-history';
import type { PrometheusConfig } from './prometheus-config';
import type { PromSourcedMetric } from './metrics-source';

/** A metric name with an optional label matcher: its range vector is the raw samples. */
const PLAIN_SELECTOR = /^\s*([a-zA-Z_:][a-zA-Z0-9_:]*\s*)?(\{[^{}]*\})?\s*$/;

/**
 * A computed expression is evaluated this many times per bucket at most: at the metric's step
 * for short ranges, coarser for long ones (30 days at a 10 s step would otherwise evaluate it
 * 259 200 times per chart). A plain selector, or a recording rule's series, is always exact.
 */
export const SUBQUERY_POINTS_PER_BUCKET = 30;

/** The range vector of `expr` over the `bucketMs` ending at each evaluation. */
export function rangeOf(expr: string, bucketMs: number, stepSec: number): string {
  // One millisecond short: a sample on a boundary falls in one bucket only.
  const range = `${bucketMs - 1}ms`;
  if (PLAIN_SELECTOR.test(expr) && expr.trim() !== '') return `${expr.trim()}[${range}]`;
  const resolution = Math.max(stepSec, Math.ceil(bucketMs / 1000 / SUBQUERY_POINTS_PER_BUCKET));
  return `(${expr})[${range}:${resolution}s]`;
}

/** Bucket width: about `width` buckets over the range, never finer than the metric's step. */
export function promBucketMs(rangeMs: number, width: number, stepSec: number): number {
  return Math.max(stepSec, Math.ceil(rangeMs / width / 1000)) * 1000;
}

export async function readPromSeries(config: PrometheusConfig, src: PromSourcedMetric, from: number, to: number, width: number): Promise<SeriesResult> {
  const bucketMs = promBucketMs(to - from, width, src.stepSec);
  const stepSec = bucketMs / 1000;
  const range = rangeOf(src.expr, bucketMs, src.stepSec);
  // The evaluation at T covers the bucket [T - bucketMs + 1 ms, T]: the first ends just before from + bucketMs.
  // The last bucket may end after `to`: evaluated at its end, it still holds the data before `to`.
  const start = from + bucketMs - 1;
  const end = from + Math.max(1, Math.ceil((to - from) / bucketMs)) * bucketMs - 1;
  const ask = (fn: string) => queryRange(config, `${fn}(${range})`, start, end, stepSec, src.field).then((r) => singleSeries(r, src));
  const [max, min, avg, count] = await Promise.all(['max_over_time', 'min_over_time', 'avg_over_time', 'count_over_time'].map(ask));
  const at = (s: PromSeries | undefined) => new Map(s?.points ?? []);
  const mins = at(min);
  const avgs = at(avg);
  const counts = at(count);
  const buckets: SeriesBucket[] = (max?.points ?? []).map(([t, v]) => ({
    t: t - bucketMs + 1,
    min: mins.get(t) ?? v,
    max: v,
    mean: avgs.get(t) ?? v,
    count: counts.get(t) ?? 1,
    // Scores are not stored for a series the console does not keep: anomalies still mark the chart.
    score: null,
    expected: null,
    lower: null,
    upper: null,
  }));
  return { from, to, bucketMs, source: 'prometheus', buckets };
}
