// A Prometheus-sourced metric as the per-minute means a root-cause analysis reads (what the
// console's minute roll-ups hold for a pushed metric): avg_over_time over each minute, or over
// each step when the metric's step is longer, read with query_range in pages below the store's
// point limit. The analysis never copies them into the console's database either.
import type { PromSourcedMetric } from './metrics-source';
import type { PrometheusConfig } from './prometheus-config';
import { singleSeries, PAGE_POINTS } from './prom-history';
import { queryRange } from './prometheus-api';
import { rangeOf } from './read-series';
import type { MinuteSeries } from '../aiops/rca/types';

/** The means of `src` in the buckets from `from` to `to`: one a minute (one a step, when its step is longer). */
export async function readPromMinuteMeans(config: PrometheusConfig, src: PromSourcedMetric, from: number, to: number): Promise<MinuteSeries> {
  const bucketMs = Math.max(60, src.stepSec) * 1000;
  const range = rangeOf(src.expr, bucketMs, src.stepSec);
  const out: MinuteSeries = { t: [], v: [] };
  // The evaluation at E covers the bucket [E - bucketMs + 1 ms, E], so buckets start on the grid.
  const firstBucket = Math.floor(from / bucketMs) * bucketMs;
  for (let page = firstBucket; page <= to; page += PAGE_POINTS * bucketMs) {
    const last = Math.min(to, page + (PAGE_POINTS - 1) * bucketMs);
    const series = singleSeries(await queryRange(config, `avg_over_time(${range})`, page + bucketMs - 1, last + bucketMs - 1, bucketMs / 1000, src.field), src);
    for (const [e, v] of series?.points ?? []) {
      out.t.push(e - bucketMs + 1);
      out.v.push(v);
    }
  }
  return out;
}
