import { describe, expect, it } from 'vitest';
import { TelemetryConfigSchema } from '@/schemas';
import { convertMetrics, FRESH_START_MS } from './convert-metrics';
import { otlpTypes, type OtlpMetricsRequest } from './otlp-proto';
import { SeriesState } from './series-state';

const config = TelemetryConfigSchema.parse({});
const T0 = Date.UTC(2026, 11, 1, 12, 0, 0); // ms
const ns = (ms: number) => String(BigInt(Math.round(ms)) * 1_000_000n);
const resource = (service = 'shop') => ({ attributes: [{ key: 'service.name', value: { stringValue: service } }] });

/** A request decoded the way the receiver decodes JSON: through the protobufjs message types. */
function request(metrics: object[], service = 'shop'): OtlpMetricsRequest {
  return otlpTypes.metricsRequest.fromObject({
    resourceMetrics: [{ resource: resource(service), scopeMetrics: [{ metrics }] }],
  }) as unknown as OtlpMetricsRequest;
}
const gauge = (name: string, unit: string, points: object[]) => ({ name, unit, gauge: { dataPoints: points } });
const cumulative = (name: string, points: object[], isMonotonic = true) => ({ name, sum: { dataPoints: points, aggregationTemporality: 2, isMonotonic } });

describe('convertMetrics: gauges and sums', () => {
  it('maps and scales a gauge, and adds up the attribute sets of one plugin, metric and time', () => {
    const { points, rejections } = convertMetrics(
      request([
        gauge('process.cpu.utilization', '1', [
          { timeUnixNano: ns(T0), asDouble: 0.25, attributes: [{ key: 'cpu.mode', value: { stringValue: 'user' } }] },
          { timeUnixNano: ns(T0), asDouble: 0.5, attributes: [{ key: 'cpu.mode', value: { stringValue: 'system' } }] },
        ]),
        gauge('queue.size', '{message}', [{ timeUnixNano: ns(T0), asInt: '7' }]),
      ]),
      config,
      new SeriesState(),
    );
    expect(points).toEqual([
      { pluginId: 'shop', metric: 'cpu-usage', ts: T0, value: 75 },
      { pluginId: 'shop', metric: 'queue.size', ts: T0, value: 7 },
    ]);
    expect(rejections.count).toBe(0);
    expect(rejections.message()).toBe('');
  });

  it('turns a cumulative monotonic sum into a rate per second across requests, and a reset into a fresh start', () => {
    const state = new SeriesState();
    const start = ns(T0 - 10_000);
    const at = (ms: number, v: number, s = start) =>
      convertMetrics(request([cumulative('orders', [{ startTimeUnixNano: s, timeUnixNano: ns(ms), asInt: String(v) }])]), config, state).points;
    expect(at(T0, 100)).toEqual([{ pluginId: 'shop', metric: 'orders', ts: T0, value: 10 }]); // 100 over the 10 s since its start
    expect(at(T0 + 20_000, 500)).toEqual([{ pluginId: 'shop', metric: 'orders', ts: T0 + 20_000, value: 20 }]);
    expect(at(T0 + 20_000, 500)).toEqual([]); // the same export again: stored already
    expect(at(T0 + 30_000, 50, ns(T0 + 25_000))).toEqual([{ pluginId: 'shop', metric: 'orders', ts: T0 + 30_000, value: 10 }]); // restarted 5 s ago
  });

  it('only primes a cumulative series first seen long after its start, and refuses an older sample', () => {
    const state = new SeriesState();
    const start = ns(T0 - FRESH_START_MS - 1);
    const at = (ms: number, v: number) =>
      convertMetrics(request([cumulative('orders', [{ startTimeUnixNano: start, timeUnixNano: ns(ms), asDouble: v }])]), config, state);
    expect(at(T0, 1000).points).toEqual([]);
    expect(at(T0 + 10_000, 1100).points).toEqual([{ pluginId: 'shop', metric: 'orders', ts: T0 + 10_000, value: 10 }]);
    const older = at(T0 + 5_000, 1050);
    expect(older.points).toEqual([]);
    expect(older.rejections.message()).toBe('1 rejected: orders: a sample older than the previous one of its series');
  });

  it('divides a delta sum by its own interval and keeps a non-monotonic sum as a value', () => {
    const { points } = convertMetrics(
      request([
        {
          name: 'bytes.sent',
          sum: { aggregationTemporality: 1, isMonotonic: true, dataPoints: [{ startTimeUnixNano: ns(T0 - 4000), timeUnixNano: ns(T0), asDouble: 800 }] },
        },
        cumulative('db.client.connection.count', [{ startTimeUnixNano: ns(T0 - 1e7), timeUnixNano: ns(T0), asInt: '12' }], false),
      ]),
      config,
      new SeriesState(),
    );
    expect(points).toEqual([
      { pluginId: 'shop', metric: 'bytes.sent', ts: T0, value: 200 },
      { pluginId: 'shop', metric: 'connection-count', ts: T0, value: 12 },
    ]);
  });
});

describe('convertMetrics: histograms', () => {
  const bounds = [0.01, 0.05, 0.1, 0.5];
  const histogram = (temporality: number, counts: number[], extra: object = {}, ms = T0, start = T0 - 1000) => ({
    name: 'http.server.request.duration',
    unit: 's',
    histogram: {
      aggregationTemporality: temporality,
      dataPoints: [
        {
          startTimeUnixNano: ns(start),
          timeUnixNano: ns(ms),
          count: String(counts.reduce((a, b) => a + b, 0)),
          bucketCounts: counts.map(String),
          explicitBounds: bounds,
          ...extra,
        },
      ],
    },
  });

  it('becomes the rule quantile in the console unit (p95 of seconds → ms)', () => {
    const { points } = convertMetrics(request([histogram(1, [0, 100, 0, 0, 0])]), config, new SeriesState());
    expect(points).toHaveLength(1);
    expect(points[0].metric).toBe('response-time');
    expect(points[0].value).toBeCloseTo(48); // 0.01 + 0.04 × 95/100 s
  });

  it('becomes the mean when the rule asks for it', () => {
    const mean = TelemetryConfigSchema.parse({
      rules: [{ match: 'http.server.request.duration', metric: 'latency', convert: 'seconds-to-ms', statistic: 'mean' }],
    });
    const { points } = convertMetrics(request([histogram(1, [0, 4, 0, 0, 0], { sum: 0.1 })]), mean, new SeriesState());
    expect(points).toEqual([{ pluginId: 'shop', metric: 'latency', ts: T0, value: 25 }]);
  });

  it('counts a histogram that lacks what its statistic needs', () => {
    const mean = TelemetryConfigSchema.parse({ rules: [{ match: 'http.server.request.duration', metric: 'latency', statistic: 'mean' }] });
    const noSum = convertMetrics(request([histogram(1, [0, 4, 0, 0, 0])]), mean, new SeriesState());
    expect(noSum.rejections.message()).toBe('1 rejected: latency: the histogram has no sum for the mean');
    const noBuckets = {
      name: 'http.server.request.duration',
      unit: 's',
      histogram: { aggregationTemporality: 1, dataPoints: [{ startTimeUnixNano: ns(T0 - 1000), timeUnixNano: ns(T0), count: '3', sum: 1 }] },
    };
    expect(convertMetrics(request([noBuckets]), config, new SeriesState()).rejections.message()).toBe(
      '1 rejected: response-time: the histogram has no buckets for the p95',
    );
  });

  it('reads a cumulative histogram over the interval since its previous sample', () => {
    const state = new SeriesState();
    convertMetrics(request([histogram(2, [100, 0, 0, 0, 0])]), config, state);
    const { points } = convertMetrics(request([histogram(2, [100, 0, 0, 10, 0], {}, T0 + 10_000)]), config, state);
    // Only the 10 new observations, all in (0.1, 0.5]: p95 = 0.1 + 0.4 × 9.5/10 s.
    expect(points[0].value).toBeCloseTo(480);
  });
});

describe('convertMetrics: what it does not store', () => {
  it('counts NaN and infinite values, unsupported types and missing types, and notes ignored exemplars', () => {
    const { points, rejections } = convertMetrics(
      request([
        gauge('g', '', [
          { timeUnixNano: ns(T0), asDouble: 'NaN' },
          { timeUnixNano: ns(T0 + 1), asDouble: 'Infinity' },
          { timeUnixNano: ns(T0 + 2), asDouble: 1, exemplars: [{ timeUnixNano: ns(T0) }, { timeUnixNano: ns(T0) }] },
        ]),
        { name: 's', summary: { dataPoints: [{ timeUnixNano: ns(T0) }, { timeUnixNano: ns(T0) }] } },
        { name: 'e', exponentialHistogram: { dataPoints: [{ timeUnixNano: ns(T0) }] } },
        { name: 'nothing' },
      ]),
      config,
      new SeriesState(),
    );
    expect(points).toEqual([{ pluginId: 'shop', metric: 'g', ts: T0 + 2, value: 1 }]);
    expect(rejections.count).toBe(6);
    expect(rejections.message()).toBe(
      '2 rejected: g: NaN or infinite values are not stored; 2 rejected: summaries are not supported; 1 rejected: exponential histograms are not supported; 1 rejected: metrics of an unknown or missing type are not supported; 2 exemplars ignored',
    );
  });

  it('counts every point of a resource that names no plugin, and a value beyond ±1e30 after scaling', () => {
    const noPlugin = otlpTypes.metricsRequest.fromObject({
      resourceMetrics: [
        {
          scopeMetrics: [
            {
              metrics: [
                gauge('g', '', [
                  { timeUnixNano: ns(T0), asDouble: 1 },
                  { timeUnixNano: ns(T0 + 1), asDouble: 2 },
                ]),
              ],
            },
          ],
        },
      ],
    });
    const a = convertMetrics(noPlugin as unknown as OtlpMetricsRequest, config, new SeriesState());
    expect(a.rejections.message()).toBe('2 rejected: no resource attribute names the plugin (looked for objectstack.plugin.id, service.name)');
    const b = convertMetrics(request([gauge('process.cpu.utilization', '1', [{ timeUnixNano: ns(T0), asDouble: 1e29 }])]), config, new SeriesState());
    expect(b.points).toEqual([]);
    expect(b.rejections.message()).toBe('1 rejected: cpu-usage: the value is beyond ±1e30 after conversion');
  });
});
