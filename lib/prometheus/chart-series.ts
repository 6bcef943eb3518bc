// The chart's series of a Prometheus-sourced metric, or a stated degraded state instead of an
// error page: the store not configured or unreachable, or its expression refused, each named.
// A failing detection poll of the series is named beside the data.
import type { Db } from '../db/client';
import type { SeriesResult } from '../aiops/query/query-series';
import type { PromSourcedMetric } from './metrics-source';
import { PROMETHEUS_NOT_CONFIGURED, prometheusConfig } from './prometheus-config';
import { isPrometheusReadFailure } from './prometheus-error';
import { getPollPosition } from './poll-position';
import { promBucketMs, readPromSeries } from './read-series';

export interface PromChartSeries extends SeriesResult {
  /** Why no data could be read, e.g. "Prometheus unreachable: connect ECONNREFUSED 127.0.0.1:9090". */
  degraded?: string;
  /** Why the detector's last poll of this series failed; it is retried with backoff. */
  detectionError?: string;
}

export async function promChartSeries(db: Db, src: PromSourcedMetric, from: number, to: number, width: number): Promise<PromChartSeries> {
  const empty: SeriesResult = { from, to, bucketMs: promBucketMs(to - from, width, src.stepSec), source: 'prometheus', buckets: [] };
  const config = prometheusConfig();
  if (!config) return { ...empty, degraded: `${PROMETHEUS_NOT_CONFIGURED}, or read this plugin’s metrics from the console again` };
  const poll = await getPollPosition(db, src.pluginId, src.metric);
  const detectionError = poll?.lastError ?? undefined;
  try {
    return { ...(await readPromSeries(config, src, from, to, width)), detectionError };
  } catch (err) {
    if (isPrometheusReadFailure(err)) return { ...empty, degraded: err.message, detectionError };
    throw err;
  }
}
