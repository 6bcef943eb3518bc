// The OTLP/HTTP receiver on a real loopback HTTP server, fed by the OpenTelemetry JS SDK's own
// exporters (protobuf and JSON, metrics and logs), against in-memory PGlite; then bad input.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { MeterProvider, PeriodicExportingMetricReader, type PushMetricExporter } from '@opentelemetry/sdk-metrics';
import { OTLPMetricExporter as ProtoMetricExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import { OTLPMetricExporter as JsonMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPLogExporter as ProtoLogExporter } from '@opentelemetry/exporter-logs-otlp-proto';
import { LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { useTestDb } from '../../testing/test-db';
import { serveRoutes, type ServedRoutes } from '../../testing/serve-routes';
import { systemActor } from '../../auth/actor';
import { createPlugin } from '../../plugins/create-plugin';
import { createToken } from '../../tokens/create-token';
import { anomaly, metricPoint, pluginEvent } from '../../db/schema';
import { findSeriesId } from '../../aiops/ingest/series-ids';
import * as otlpMetrics from '@/app/v1/metrics/route';
import * as otlpLogs from '@/app/v1/logs/route';
import * as apiOtlpMetrics from '@/app/api/v1/otlp/v1/metrics/route';
import * as jsonMetrics from '@/app/api/v1/metrics/route';
import { otlpTypes } from './otlp-proto';
import { MAX_OTLP_DECOMPRESSED_BYTES, MAX_OTLP_BODY_BYTES } from './read-otlp-request';
import { MAX_OTLP_POINTS } from './receive-metrics';

/** The exporters' CompressionAlgorithm.GZIP, whose enum lives in a package they depend on. */
const GZIP = 'gzip' as NonNullable<NonNullable<ConstructorParameters<typeof JsonMetricExporter>[0]>['compression']>;

const db = useTestDb();
let server: ServedRoutes;
let token = '';
let readOnly = '';

beforeAll(async () => {
  const d = db.handle().db;
  for (const id of ['otel-proto', 'otel-json', 'otel-logs', 'fault-otlp', 'fault-json', 'bulk', 'dupes'])
    await createPlugin(d, systemActor(), { id, name: id });
  token = (await createToken(d, systemActor(), { name: 'collector', scopes: ['metrics:write', 'events:write'] })).token;
  readOnly = (await createToken(d, systemActor(), { name: 'reader', scopes: ['read'] })).token;
  server = await serveRoutes({
    '/v1/metrics': otlpMetrics.POST,
    '/v1/logs': otlpLogs.POST,
    '/api/v1/otlp/v1/metrics': apiOtlpMetrics.POST,
    '/api/v1/metrics': jsonMetrics.POST,
  });
});
afterAll(() => server.close());

async function stored(pluginId: string, metric: string) {
  const id = await findSeriesId(db.handle().db, pluginId, metric);
  if (!id) return [];
  const rows = await db.handle().db.select().from(metricPoint).where(eq(metricPoint.seriesId, id)).orderBy(asc(metricPoint.ts));
  return rows.map((r) => ({ ts: r.ts.getTime(), value: r.value }));
}

function meterProvider(service: string, exporter: PushMetricExporter) {
  const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 3_600_000 });
  return new MeterProvider({ resource: resourceFromAttributes({ 'service.name': service }), readers: [reader] });
}

describe('OTLP metrics from the OpenTelemetry SDK', () => {
  it('stores gauges, counters as rates and histograms as the p95 (protobuf exporter)', async () => {
    const exporter = new ProtoMetricExporter({ url: `${server.url}/v1/metrics`, headers: { Authorization: `Bearer ${token}` } });
    const provider = meterProvider('otel-proto', exporter);
    const meter = provider.getMeter('test-plugin');
    meter.createObservableGauge('process.cpu.utilization', { unit: '1' }).addCallback((r) => r.observe(0.42));
    const orders = meter.createCounter('orders.placed');
    const duration = meter.createHistogram('http.server.request.duration', {
      unit: 's',
      advice: { explicitBucketBoundaries: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1] },
    });

    orders.add(10);
    for (let i = 0; i < 100; i++) duration.record(0.04);
    await provider.forceFlush();
    await new Promise((r) => setTimeout(r, 50));
    orders.add(30);
    for (let i = 0; i < 10; i++) duration.record(0.3);
    await provider.shutdown(); // the last collection is exported on shutdown

    const cpu = await stored('otel-proto', 'cpu-usage');
    expect(cpu.map((p) => p.value)).toEqual([42, 42]);
    const rt = await stored('otel-proto', 'response-time');
    expect(rt).toHaveLength(2);
    expect(rt[0].value).toBeCloseTo(40); // all 100 at 0.04 s (min = max)
    expect(rt[1].value).toBeCloseTo(487.5); // the 10 of the second interval, in (0.25, 0.5]: 0.25 + 0.25 × 9.5/10 s
    const rate = await stored('otel-proto', 'orders.placed');
    expect(rate).toHaveLength(2);
    expect(rate[0].value).toBeGreaterThan(0); // 10 since the meter started
    // Stored times are whole milliseconds; the rate is taken over the exported nanosecond times.
    expect(rate[1].value).toBeCloseTo(30 / ((rate[1].ts - rate[0].ts) / 1000), 3);
  });

  it('accepts the JSON exporter, gzip-compressed, under /api/v1/otlp too, and keeps unmapped names as custom metrics', async () => {
    const exporter = new JsonMetricExporter({
      url: `${server.url}/api/v1/otlp/v1/metrics`,
      headers: { Authorization: `Bearer ${token}` },
      compression: GZIP,
    });
    const provider = meterProvider('otel-json', exporter);
    provider
      .getMeter('m')
      .createObservableGauge('cache.hit_ratio')
      .addCallback((r) => r.observe(0.9));
    provider
      .getMeter('m')
      .createObservableGauge('process.memory.usage', { unit: 'By' })
      .addCallback((r) => r.observe(123_456_789));
    await provider.shutdown();
    expect((await stored('otel-json', 'cache.hit_ratio')).map((p) => p.value)).toEqual([0.9]);
    expect((await stored('otel-json', 'memory-usage')).map((p) => p.value)).toEqual([123_456_789]);
  });
});

describe('OTLP logs from the OpenTelemetry SDK', () => {
  it('stores log records as log events with their severity', async () => {
    const exporter = new ProtoLogExporter({ url: `${server.url}/v1/logs`, headers: { Authorization: `Bearer ${token}` } });
    const provider = new LoggerProvider({
      resource: resourceFromAttributes({ 'service.name': 'otel-logs' }),
      processors: [new SimpleLogRecordProcessor({ exporter })],
    });
    const logger = provider.getLogger('test-plugin');
    logger.emit({ severityNumber: SeverityNumber.ERROR, severityText: 'ERROR', body: 'disk full on /var', attributes: { 'disk.path': '/var' } });
    logger.emit({ severityNumber: SeverityNumber.WARN, body: 'slow query' });
    logger.emit({ severityText: 'debug', body: { query: 'select 1' } });
    await provider.forceFlush();
    await provider.shutdown();
    const events = await db.handle().db.select().from(pluginEvent).where(eq(pluginEvent.pluginId, 'otel-logs')).orderBy(asc(pluginEvent.id));
    expect(events.map((e) => [e.kind, e.level, e.message, e.source])).toEqual([
      ['log', 'error', 'disk full on /var', 'otlp'],
      ['log', 'warn', 'slow query', 'otlp'],
      ['log', 'debug', '{"query":"select 1"}', 'otlp'],
    ]);
    expect(events[0].data).toMatchObject({ 'disk.path': '/var', 'otel.severity_text': 'ERROR' });
  });
});

// One series sent through OTLP and through the JSON API: the same anomaly either way.
const STEP = 10_000;
const start = Math.floor((Date.now() - 6 * 3600_000) / 60_000) * 60_000;
const noise = (i: number) => Math.sin(i * 12.9898) * 43758.5453 - Math.floor(Math.sin(i * 12.9898) * 43758.5453) - 0.5;
const ratio = (i: number) => (i === 1200 ? 400 : 40 + 2 * noise(i)) / 100;

function protobufExport(service: string, metrics: object[]): Uint8Array<ArrayBuffer> {
  const message = otlpTypes.metricsRequest.fromObject({
    resourceMetrics: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] }, scopeMetrics: [{ metrics }] }],
  });
  return new Uint8Array(otlpTypes.metricsRequest.encode(message).finish());
}

async function post(path: string, body: BodyInit, headers: Record<string, string> = {}, bearer = token) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-protobuf', authorization: `Bearer ${bearer}`, ...headers },
  });
}

async function exportResponse(res: Response) {
  return otlpTypes.metricsResponse.toObject(otlpTypes.metricsResponse.decode(new Uint8Array(await res.arrayBuffer())), { longs: Number }) as {
    partialSuccess?: { rejectedDataPoints?: number; errorMessage?: string };
  };
}

async function statusOf(res: Response) {
  return otlpTypes.status.toObject(otlpTypes.status.decode(new Uint8Array(await res.arrayBuffer()))) as { code?: number; message?: string };
}

describe('detection on OTLP points', () => {
  it('finds the same anomaly in a CPU spike as the JSON API does', async () => {
    const dataPoints = Array.from({ length: 1500 }, (_, i) => ({ timeUnixNano: String(BigInt(start + i * STEP) * 1_000_000n), asDouble: ratio(i) }));
    const res = await post('/v1/metrics', protobufExport('fault-otlp', [{ name: 'process.cpu.utilization', unit: '1', gauge: { dataPoints } }]));
    expect(res.status).toBe(200);
    expect(await exportResponse(res)).toEqual({});
    const points = Array.from({ length: 1500 }, (_, i) => ({
      pluginId: 'fault-json',
      metric: 'cpu-usage',
      timestamp: start + i * STEP,
      value: ratio(i) * 100,
    }));
    const json = await fetch(`${server.url}/api/v1/metrics`, {
      method: 'POST',
      body: JSON.stringify({ points }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    expect(json.status).toBe(200);

    const d = db.handle().db;
    const shape = async (pluginId: string) =>
      (await d.select().from(anomaly).where(eq(anomaly.pluginId, pluginId))).map((a) => ({
        type: a.type,
        startedAt: a.startedAt.getTime(),
        peak: a.peakValue,
        score: a.score,
      }));
    const viaOtlp = await shape('fault-otlp');
    expect(viaOtlp.some((a) => a.type === 'spike' && a.peak === 400)).toBe(true);
    expect(viaOtlp).toEqual(await shape('fault-json'));
  });
});

describe('OTLP bad input', () => {
  const gauge = (service: string, name = 'load', value: unknown = 1) =>
    protobufExport(service, [{ name, gauge: { dataPoints: [{ timeUnixNano: String(BigInt(Date.now()) * 1_000_000n), asDouble: value }] } }]);

  it('answers a truncated protobuf with 400 as a google.rpc.Status', async () => {
    const whole = gauge('bulk');
    const res = await post('/v1/metrics', whole.slice(0, whole.length - 5));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/x-protobuf');
    const status = await statusOf(res);
    expect(status.code).toBe(3);
    expect(status.message).toMatch(/^The protobuf body is not a valid ExportMetricsServiceRequest — body: Truncated or malformed protobuf/);
  });

  it('answers a wrong content type or encoding with 415, and bad JSON or gzip with 400', async () => {
    expect((await post('/v1/metrics', 'points', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post('/v1/metrics', gauge('bulk'), { 'content-encoding': 'br' })).status).toBe(415);
    const badJson = await post('/v1/metrics', '{"resourceMetrics":', { 'content-type': 'application/json' });
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).error.message).toBe('The request body is not valid JSON');
    expect((await post('/v1/metrics', gauge('bulk'), { 'content-encoding': 'gzip' })).status).toBe(400);
  });

  it('answers 413 past the body bound, the decompressed bound and the point bound', async () => {
    expect((await post('/v1/metrics', new Uint8Array(MAX_OTLP_BODY_BYTES + 1))).status).toBe(413);
    const bomb = gzipSync(new Uint8Array(MAX_OTLP_DECOMPRESSED_BYTES + 1));
    const res = await post('/v1/metrics', bomb, { 'content-encoding': 'gzip' });
    expect(res.status).toBe(413);
    expect((await statusOf(res)).message).toBe('The decompressed body is larger than the limit of 32 MiB');
    const time = String(BigInt(Date.now()) * 1_000_000n);
    const many = protobufExport('bulk', [
      { name: 'many', gauge: { dataPoints: Array.from({ length: MAX_OTLP_POINTS + 1 }, () => ({ timeUnixNano: time, asDouble: 1 })) } },
    ]);
    const tooMany = await post('/v1/metrics', many);
    expect(tooMany.status).toBe(413);
    expect((await statusOf(tooMany)).message).toMatch(/holds 50001 data points, more than 50000/);
  });

  it('stores 10 000 series of one request', async () => {
    const time = String(BigInt(Date.now() - 60_000) * 1_000_000n);
    const metrics = Array.from({ length: 10_000 }, (_, i) => ({ name: `bulk.s${i}`, gauge: { dataPoints: [{ timeUnixNano: time, asDouble: i }] } }));
    const res = await post('/v1/metrics', protobufExport('bulk', metrics));
    expect(res.status).toBe(200);
    expect(await exportResponse(res)).toEqual({});
    expect(await stored('bulk', 'bulk.s9999')).toEqual([{ ts: Math.round(Number(BigInt(time) / 1000n) / 1000), value: 9999 }]);
  }, 60_000);

  it('counts NaN, unknown plugins and unsupported types in the partial success, storing the rest once', async () => {
    const time = String(BigInt(Date.now() - 30_000) * 1_000_000n);
    const body = protobufExport('dupes', [
      { name: 'ok', gauge: { dataPoints: [{ timeUnixNano: time, asDouble: 5 }] } },
      { name: 'bad', gauge: { dataPoints: [{ timeUnixNano: time, asDouble: 'NaN' }] } },
      { name: 'q', summary: { dataPoints: [{ timeUnixNano: time }] } },
    ]);
    for (let i = 0; i < 2; i++) {
      const res = await post('/v1/metrics', body);
      expect(res.status).toBe(200);
      expect(await exportResponse(res)).toEqual({
        partialSuccess: {
          rejectedDataPoints: 2,
          errorMessage: '1 rejected: bad: NaN or infinite values are not stored; 1 rejected: summaries are not supported',
        },
      });
    }
    expect(await stored('dupes', 'ok')).toHaveLength(1);
    const ghost = await exportResponse(await post('/v1/metrics', gauge('ghost')));
    expect(ghost).toEqual({ partialSuccess: { rejectedDataPoints: 1, errorMessage: '1 rejected: Plugin ghost is not registered' } });
  });

  it('answers the JSON encoding in JSON', async () => {
    const body = JSON.stringify({
      resourceMetrics: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'dupes' } }] },
          scopeMetrics: [
            { metrics: [{ name: 'j', gauge: { dataPoints: [{ timeUnixNano: String(BigInt(Date.now()) * 1_000_000n), asDouble: 'Infinity' }] } }] },
          ],
        },
      ],
    });
    const res = await post('/v1/metrics', body, { 'content-type': 'application/json' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ partialSuccess: { rejectedDataPoints: 1, errorMessage: '1 rejected: j: NaN or infinite values are not stored' } });
  });

  it('refuses a request without a token, and a token without the scope', async () => {
    const none = await fetch(`${server.url}/v1/metrics`, { method: 'POST', body: gauge('bulk'), headers: { 'content-type': 'application/x-protobuf' } });
    expect(none.status).toBe(401);
    expect((await statusOf(none)).code).toBe(16);
    const res = await post('/v1/logs', gauge('bulk'), {}, readOnly);
    expect(res.status).toBe(403);
    expect((await statusOf(res)).message).toBe('This token lacks the scope events:write');
    const d = db.handle().db;
    expect(
      await d
        .select()
        .from(pluginEvent)
        .where(and(eq(pluginEvent.pluginId, 'bulk'), eq(pluginEvent.source, 'otlp'))),
    ).toEqual([]);
  });
});
