// Turns a decoded remote-write request into the console's points: each series mapped by the
// telemetry document (its labels name the plugin, `__name__` the metric), gauges as they are,
// counters (`_total`, or COUNTER in the sender's metadata) as rates per second against the
// previous sample of the series. Points of one plugin, metric and time from several series are
// added up: the console keeps one series per plugin and metric. NaN (and Prometheus's stale
// markers), infinities, classic-histogram buckets and summary quantiles are skipped and counted.
// Counter state changes are returned, not applied: the receiver applies them once the points
// are stored, so a retried request (after a 5xx) computes the same rates again.
import type { MetricPointInput, TelemetryConfig } from '@/schemas';
import { MAX_NUMBER_MAGNITUDE } from '@/schemas/primitives';
import { isSkipped, mapMetric } from '../map-metric';
import { Rejections } from '../otlp/convert-metrics';
import type { SeriesSample, SeriesState } from '../otlp/series-state';
import type { WriteRequest } from './decode-write-request';


export interface WriteConversion {
  /** As POST /api/v1/metrics receives them, timestamps in epoch ms. */
  points: MetricPointInput[];
  skips: Rejections;
  /** Counter samples to remember once the points are stored. */
  remember: [string, SeriesSample][];
}

const METRIC_NAME = '__name__';

/** Why samples were skipped, each with the label it is counted under at GET /metrics; the mapping's own reasons count as `mapping`. */
export const SKIPPED = {
  stale: ['stale markers (the series ended)', 'stale'],
  nan: ['NaN values are not stored', 'nan_inf'],
  inf: ['infinite values are not stored', 'nan_inf'],
  noName: ['series without a __name__ label', 'invalid'],
  bucket: ['classic-histogram buckets are not read (map the family’s _sum or _count)', 'histogram'],
  quantile: ['summary quantiles are not read (map the family’s _sum or _count)', 'histogram'],
  olderCounter: ['counter samples older than the previous one of their series', 'out_of_order'],
  range: ['values beyond ±1e30 after conversion', 'invalid'],
  ignored: ['exemplars and native-histogram samples are not stored', 'exemplar_native_histogram'],
  plugin: ['the plugin is not registered', 'plugin'],
  time: ['the time is outside what the console keeps (5 minutes ahead, the raw retention back)', 'time'],
} as const;
const OUTCOMES = new Map<string, string>(Object.values(SKIPPED));

/** The label a skip reason is counted under (reasons name metrics and plugins; labels must not). */
export function skipOutcome(reason: string): string {
  return OUTCOMES.get(reason) ?? 'mapping';
}
const COUNTER_TYPES = new Set(['COUNTER']);
const CUMULATIVE_FAMILY_TYPES = new Set(['HISTOGRAM', 'SUMMARY', 'GAUGEHISTOGRAM']);

/** Prometheus's stale marker: a NaN with payload 2 (the quiet bit aside, which decoding may set). */
function isStaleMarker(v: number): boolean {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  return (view.getBigUint64(0) & 0x7ffffffffffffn) === 2n;
}

/** Whether the series' samples are cumulative: counters, and the `_sum`/`_count` of histograms and summaries. */
export function isCumulative(name: string, types: ReadonlyMap<string, string>): boolean {
  if (name.endsWith('_total') || COUNTER_TYPES.has(types.get(name) ?? '')) return true;
  const family = /^(.*)_(sum|count)$/.exec(name)?.[1];
  return family !== undefined && CUMULATIVE_FAMILY_TYPES.has(types.get(family) ?? '');
}

/**
 * Families whose type the series themselves show: `_bucket` series with `le` are a histogram's,
 * series with `quantile` a summary's. Their `_sum` and `_count` are then read as counters even
 * before the sender's metadata (sent once a minute) says so.
 */
export function familyTypesOf(request: WriteRequest): Map<string, string> {
  const types = new Map(request.types);
  for (const { labels } of request.series) {
    const name = labels[METRIC_NAME] ?? '';
    if ('le' in labels && name.endsWith('_bucket')) types.set(name.slice(0, -'_bucket'.length), 'HISTOGRAM');
    else if ('quantile' in labels) types.set(name, 'SUMMARY');
  }
  return types;
}

/** Same labels in any order give the same key. */
function seriesKey(labels: Record<string, string>): string {
  return JSON.stringify(Object.keys(labels).sort().map((k) => [k, labels[k]]));
}

export function convertWriteRequest(request: WriteRequest, config: TelemetryConfig, state: SeriesState, types: ReadonlyMap<string, string>): WriteConversion {
  const skips = new Rejections();
  const sums = new Map<string, MetricPointInput & { value: number }>();
  // Prometheus sends a series once per sample (one TimeSeries each): the newest sample of each
  // counter so far in this request, ahead of the stored state.
  const latest = new Map<string, SeriesSample>();
  const add = (pluginId: string, metric: string, ts: number, value: number) => {
    const key = `${pluginId}\u0000${metric}\u0000${ts}`;
    const p = sums.get(key);
    if (p) p.value += value;
    else sums.set(key, { pluginId, metric, timestamp: ts, value });
  };

  for (const series of request.series) {
    if (series.ignored) skips.reject(SKIPPED.ignored[0], series.ignored);
    const n = series.samples.length;
    if (n === 0) continue;
    const name = series.labels[METRIC_NAME];
    if (!name) {
      skips.reject(SKIPPED.noName[0], n);
      continue;
    }
    if ('le' in series.labels && name.endsWith('_bucket')) {
      skips.reject(SKIPPED.bucket[0], n);
      continue;
    }
    if ('quantile' in series.labels) {
      skips.reject(SKIPPED.quantile[0], n);
      continue;
    }
    const mapping = mapMetric(config, { name, attributes: series.labels, source: 'prometheus' });
    if (isSkipped(mapping)) {
      skips.reject(mapping.reason, n);
      continue;
    }
    const cumulative = isCumulative(name, types);
    const key = cumulative ? seriesKey(series.labels) : '';
    // Samples of a series arrive in time order from Prometheus; sort anyway, as other senders may not.
    const samples = n > 1 ? [...series.samples].sort((a, b) => a.timestamp - b.timestamp) : series.samples;
    let prev = cumulative ? (latest.get(key) ?? state.previous(key, samples[0].timestamp)) : undefined;
    for (const { value, timestamp: ts } of samples) {
      if (Number.isNaN(value)) {
        skips.reject(isStaleMarker(value) ? SKIPPED.stale[0] : SKIPPED.nan[0]);
        continue;
      }
      if (!Number.isFinite(value)) {
        skips.reject(SKIPPED.inf[0]);
        continue;
      }
      if (!cumulative) {
        add(mapping.pluginId, mapping.metric, ts, value * mapping.scale);
        continue;
      }
      if (prev && ts <= prev.ts) {
        // The same sample again is already stored; an older one cannot be placed in a rate.
        if (ts < prev.ts) skips.reject(SKIPPED.olderCounter[0]);
        continue;
      }
      // A counter below its previous value was reset: it counted from zero since.
      if (prev) add(mapping.pluginId, mapping.metric, ts, ((value >= prev.value ? value - prev.value : value) / ((ts - prev.ts) / 1000)) * mapping.scale);
      prev = { start: 0, ts, value };
    }
    if (cumulative && prev) latest.set(key, prev);
  }

  const points: MetricPointInput[] = [];
  for (const p of sums.values()) {
    if (Math.abs(p.value) > MAX_NUMBER_MAGNITUDE) skips.reject(SKIPPED.range[0]);
    else points.push(p);
  }
  return { points, skips, remember: [...latest] };
}
