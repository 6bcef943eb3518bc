// Turns an OTLP metrics request into the console's points: each metric mapped by the telemetry
// document, gauges as they are, cumulative monotonic sums as rates per second against the
// previous sample of the series, delta sums as rates over their interval, non-monotonic sums
// as values, histograms as their rule's statistic (of the interval for cumulative ones). Points
// of one plugin, metric and time from several attribute sets are added up (histograms merged):
// the console keeps one series per plugin and metric. What it cannot use is counted, by reason.
import type { TelemetryConfig } from '@/schemas';
import { MAX_NUMBER_MAGNITUDE } from '@/schemas/primitives';
import { isSkipped, mapMetric, type MappedMetric } from '../map-metric';
import { attributesKey, attributesOf } from './attributes';
import { histogramQuantile } from './histogram-quantile';
import {
  AGGREGATION_CUMULATIVE,
  AGGREGATION_DELTA,
  FLAG_NO_RECORDED_VALUE,
  int64ToNumber,
  type OtlpHistogramPoint,
  type OtlpMetric,
  type OtlpMetricsRequest,
  type OtlpNumberPoint,
} from './otlp-proto';
import type { SeriesState } from './series-state';

export interface OtlpPoint {
  pluginId: string;
  metric: string;
  ts: number;
  value: number;
}

/** What could not be used: the count of data points and why, reason by reason. */
export class Rejections {
  count = 0;
  readonly reasons = new Map<string, number>();
  /** Warnings that reject nothing (ignored exemplars). */
  readonly notes = new Map<string, number>();

  reject(reason: string, n = 1): void {
    if (n <= 0) return;
    this.count += n;
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + n);
  }

  note(what: string, n = 1): void {
    if (n > 0) this.notes.set(what, (this.notes.get(what) ?? 0) + n);
  }

  /** The OTLP error_message: every reason with its count, most frequent first; empty when all went well. */
  message(): string {
    const parts = [...this.reasons].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${n} rejected: ${r}`);
    for (const [w, n] of this.notes) parts.push(`${n} ${w}`);
    return parts.join('; ');
  }
}

export interface MetricsConversion {
  points: OtlpPoint[];
  rejections: Rejections;
}

/** A cumulative series seen for the first time counts from its start only if it started this recently (a process that just started). */
export const FRESH_START_MS = 5 * 60_000;

const NS_PER_MS = 1e6;

interface ValueAgg {
  kind: 'value';
  pluginId: string;
  metric: string;
  ts: number;
  value: number;
}
interface HistAgg {
  kind: 'hist';
  pluginId: string;
  metric: string;
  ts: number;
  mapping: MappedMetric;
  bounds: number[];
  counts: number[];
  count: number;
  sum: number;
  min?: number;
  max?: number;
}

const has = (o: object, key: string) => Object.hasOwn(o, key);

function numberOf(p: OtlpNumberPoint): number | undefined {
  if (has(p, 'asDouble')) return p.asDouble;
  if (has(p, 'asInt')) return int64ToNumber(p.asInt);
  return undefined;
}

class Converter {
  readonly rejections = new Rejections();
  private readonly aggs = new Map<string, ValueAgg | HistAgg>();

  constructor(
    private readonly config: TelemetryConfig,
    private readonly state: SeriesState,
  ) {}

  run(request: OtlpMetricsRequest): MetricsConversion {
    for (const rm of request.resourceMetrics ?? []) {
      const attributes = attributesOf(rm.resource?.attributes);
      const resourceKey = attributesKey(rm.resource?.attributes);
      for (const sm of rm.scopeMetrics ?? []) for (const m of sm.metrics ?? []) this.metric(m, attributes, resourceKey);
    }
    const points: OtlpPoint[] = [];
    for (const a of this.aggs.values()) {
      const value = a.kind === 'value' ? a.value : histogramValue(a);
      if (value === null) {
        // Observations were made (empty intervals never get here), but not what the statistic needs.
        const statistic = (a as HistAgg).mapping.statistic;
        this.rejections.reject(`${a.metric}: the histogram has no ${statistic === 'mean' ? 'sum for the mean' : `buckets for the ${statistic}`}`);
        continue;
      }
      if (!isStorable(value)) this.rejections.reject(`${a.metric}: the value is beyond ±1e30 after conversion`);
      else points.push({ pluginId: a.pluginId, metric: a.metric, ts: a.ts, value });
    }
    return { points, rejections: this.rejections };
  }

  private metric(m: OtlpMetric, attributes: Record<string, unknown>, resourceKey: string): void {
    const name = m.name ?? '';
    const kind = dataKind(m);
    const count = pointCount(m, kind);
    if (kind === 'exponentialHistogram' || kind === 'summary') {
      this.rejections.reject(`${kind === 'summary' ? 'summaries' : 'exponential histograms'} are not supported`, Math.max(count, 1));
      return;
    }
    if (kind === null) {
      this.rejections.reject('metrics of an unknown or missing type are not supported', 1);
      return;
    }
    const mapping = mapMetric(this.config, { name, unit: m.unit, attributes, source: 'otlp' });
    if (isSkipped(mapping)) {
      this.rejections.reject(mapping.reason, count);
      return;
    }
    const seriesBase = `${resourceKey}\u0000${name}\u0000${m.unit ?? ''}`;
    if (kind === 'histogram') {
      const temporality = m.histogram!.aggregationTemporality;
      for (const p of m.histogram!.dataPoints ?? [])
        this.histogramPoint(p, temporality ?? 0, mapping, name, `${seriesBase}\u0000${attributesKey(p.attributes)}`);
      return;
    }
    const sum = kind === 'sum' ? m.sum! : null;
    for (const p of (sum ?? m.gauge!).dataPoints ?? []) {
      this.rejections.note('exemplars ignored', p.exemplars?.length ?? 0);
      if ((p.flags ?? 0) & FLAG_NO_RECORDED_VALUE) continue;
      const ts = int64ToNumber(p.timeUnixNano) / NS_PER_MS;
      const raw = numberOf(p);
      if (raw === undefined) this.rejections.reject(`${name}: a data point has no value`);
      else if (!Number.isFinite(raw)) this.rejections.reject(`${name}: NaN or infinite values are not stored`);
      else if (!(ts > 0)) this.rejections.reject(`${name}: a data point has no time`);
      else if (!sum || !sum.isMonotonic) {
        if (sum && !sum.isMonotonic && sum.aggregationTemporality === AGGREGATION_DELTA)
          this.rejections.reject(`${name}: non-monotonic delta sums are not supported`);
        else this.addValue(mapping, ts, raw * mapping.scale);
      } else {
        const rate = this.rateOf(sum.aggregationTemporality ?? 0, p, raw, ts, `${seriesBase}\u0000${attributesKey(p.attributes)}`, name);
        if (rate !== undefined) this.addValue(mapping, ts, rate * mapping.scale);
      }
    }
  }

  /** Per second over the interval since the previous sample (cumulative) or over the point's own interval (delta). */
  private rateOf(temporality: number, p: OtlpNumberPoint, value: number, ts: number, key: string, name: string): number | undefined {
    const start = int64ToNumber(p.startTimeUnixNano);
    if (temporality === AGGREGATION_DELTA) {
      const seconds = (ts - start / NS_PER_MS) / 1000;
      if (!(start > 0) || !(seconds > 0)) this.rejections.reject(`${name}: a delta sum needs a start time before its time`);
      else return value / seconds;
      return undefined;
    }
    if (temporality !== AGGREGATION_CUMULATIVE) {
      this.rejections.reject(`${name}: sums without an aggregation temporality are not supported`);
      return undefined;
    }
    const prev = this.state.previous(key, ts);
    if (prev && ts < prev.ts) {
      this.rejections.reject(`${name}: a sample older than the previous one of its series`);
      return undefined;
    }
    if (prev && ts === prev.ts) return undefined; // the same export again: already stored
    this.state.remember(key, { start, ts, value });
    const reset = !prev || prev.start !== start || value < prev.value;
    if (!reset) return (value - prev.value) / ((ts - prev.ts) / 1000);
    // First sample (or a reset): from the series' start if it has just started, else it only primes.
    const sinceStart = ts - start / NS_PER_MS;
    return start > 0 && sinceStart > 0 && sinceStart <= FRESH_START_MS ? value / (sinceStart / 1000) : undefined;
  }

  private histogramPoint(p: OtlpHistogramPoint, temporality: number, mapping: MappedMetric, name: string, key: string): void {
    this.rejections.note('exemplars ignored', p.exemplars?.length ?? 0);
    if ((p.flags ?? 0) & FLAG_NO_RECORDED_VALUE) return;
    const ts = int64ToNumber(p.timeUnixNano) / NS_PER_MS;
    const start = int64ToNumber(p.startTimeUnixNano);
    const bounds = p.explicitBounds ?? [];
    let counts = (p.bucketCounts ?? []).map(int64ToNumber);
    let count = int64ToNumber(p.count);
    let sum = has(p, 'sum') ? (p.sum ?? undefined) : undefined;
    if (!(ts > 0)) {
      this.rejections.reject(`${name}: a data point has no time`);
      return;
    }
    if ([sum, p.min, p.max, ...bounds].some((v) => typeof v === 'number' && !Number.isFinite(v))) {
      this.rejections.reject(`${name}: NaN or infinite values are not stored`);
      return;
    }
    if (counts.length > 0 && counts.length !== bounds.length + 1) {
      this.rejections.reject(`${name}: a histogram needs one bucket count more than its bounds`);
      return;
    }
    if (temporality !== AGGREGATION_DELTA && temporality !== AGGREGATION_CUMULATIVE) {
      this.rejections.reject(`${name}: histograms without an aggregation temporality are not supported`);
      return;
    }
    let min = has(p, 'min') ? (p.min ?? undefined) : undefined;
    let max = has(p, 'max') ? (p.max ?? undefined) : undefined;
    if (temporality === AGGREGATION_CUMULATIVE) {
      const prev = this.state.previous(key, ts);
      if (prev && ts < prev.ts) {
        this.rejections.reject(`${name}: a sample older than the previous one of its series`);
        return;
      }
      if (prev && ts === prev.ts) return;
      this.state.remember(key, { start, ts, value: count, buckets: counts, sum });
      const reset = !prev || prev.start !== start || count < prev.value || prev.buckets?.length !== counts.length;
      if (!reset) {
        // The interval since the previous sample; min and max are of the whole run, so unused.
        counts = counts.map((c, i) => c - prev.buckets![i]);
        count -= prev.value;
        sum = sum !== undefined && prev.sum !== undefined ? sum - prev.sum : undefined;
        min = max = undefined;
      } else if (!(start > 0 && ts - start / NS_PER_MS <= FRESH_START_MS)) return; // primes only
    }
    if (count <= 0) return; // nothing observed in the interval
    this.addHistogram(mapping, ts, { bounds, counts, count, sum: sum ?? NaN, min, max }, name);
  }

  private addValue(mapping: MappedMetric, ts: number, value: number): void {
    const t = Math.round(ts);
    const key = `${mapping.pluginId}\u0000${mapping.metric}\u0000${t}`;
    const agg = this.aggs.get(key);
    if (agg?.kind === 'value') agg.value += value;
    else if (agg) this.rejections.reject(`${mapping.metric}: both a histogram and a number map to it`);
    else this.aggs.set(key, { kind: 'value', pluginId: mapping.pluginId, metric: mapping.metric, ts: t, value });
  }

  private addHistogram(mapping: MappedMetric, ts: number, h: Pick<HistAgg, 'bounds' | 'counts' | 'count' | 'sum' | 'min' | 'max'>, name: string): void {
    const t = Math.round(ts);
    const key = `${mapping.pluginId}\u0000${mapping.metric}\u0000${t}`;
    const agg = this.aggs.get(key);
    if (!agg) {
      this.aggs.set(key, { kind: 'hist', pluginId: mapping.pluginId, metric: mapping.metric, ts: t, mapping, ...h, counts: [...h.counts] });
      return;
    }
    if (agg.kind !== 'hist') {
      this.rejections.reject(`${mapping.metric}: both a histogram and a number map to it`);
      return;
    }
    if (agg.bounds.length !== h.bounds.length || agg.bounds.some((b, i) => b !== h.bounds[i])) {
      this.rejections.reject(`${name}: histograms of one metric must share their bucket bounds`);
      return;
    }
    h.counts.forEach((c, i) => (agg.counts[i] = (agg.counts[i] ?? 0) + c));
    agg.count += h.count;
    agg.sum += h.sum;
    agg.min = agg.min === undefined || h.min === undefined ? undefined : Math.min(agg.min, h.min);
    agg.max = agg.max === undefined || h.max === undefined ? undefined : Math.max(agg.max, h.max);
  }
}

function histogramValue(a: HistAgg): number | null {
  const { quantile, scale } = a.mapping;
  const raw = quantile === null ? (Number.isFinite(a.sum) && a.count > 0 ? a.sum / a.count : null) : histogramQuantile(quantile, a);
  return raw === null ? null : raw * scale;
}

function isStorable(v: number): boolean {
  return Number.isFinite(v) && Math.abs(v) <= MAX_NUMBER_MAGNITUDE;
}

type DataKind = 'gauge' | 'sum' | 'histogram' | 'exponentialHistogram' | 'summary';

function dataKind(m: OtlpMetric): DataKind | null {
  for (const k of ['gauge', 'sum', 'histogram', 'exponentialHistogram', 'summary'] as const) if (m[k]) return k;
  return null;
}

function pointCount(m: OtlpMetric, kind: DataKind | null): number {
  return kind ? (m[kind]?.dataPoints?.length ?? 0) : 0;
}

export function convertMetrics(request: OtlpMetricsRequest, config: TelemetryConfig, state: SeriesState): MetricsConversion {
  return new Converter(config, state).run(request);
}
