// POST /api/v1/prom/write through its route handler: headers and bodies Prometheus sends, and
// each kind of bad input (wrong type, damaged or oversize body, NaN/Inf/stale samples,
// duplicates and out-of-order samples, 10 000 series), with what is stored and counted.
import snappy from 'snappyjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { useTestDb } from '../../testing/test-db';
import { ORIGIN } from '../../testing/http';
import { getDb } from '../../db/client';
import { metricPoint } from '../../db/schema';
import { systemActor } from '../../auth/actor';
import { createPlugin } from '../../plugins/create-plugin';
import { createToken } from '../../tokens/create-token';
import { findSeriesId } from '../../aiops/ingest/series-ids';
import { consoleMetrics } from '../../console-metrics/instruments';
import * as writeRoute from '@/app/api/v1/prom/write/route';
import { REMOTE_WRITE_HEADERS, STALE_NAN, writeRequestBody, writeRequestBytes, type TestSeries } from './testing/write-request';
import { MAX_COMPRESSED_BYTES } from './receive-remote-write';

useTestDb();

let token: string;
let reader: string;
const MIN = 60_000;
// Whole seconds, well inside the raw retention.
const T0 = Math.floor((Date.now() - 30 * MIN) / 1000) * 1000;

beforeAll(async () => {
  const db = await getDb();
  for (const id of ['shop', 'search', 'bulk']) await createPlugin(db, systemActor(), { id, name: id });
  token = (await createToken(db, systemActor(), { name: 'prometheus', scopes: ['metrics:write'] })).token;
  reader = (await createToken(db, systemActor(), { name: 'reader', scopes: ['read', 'metrics:read'] })).token;
});

async function post(body: Uint8Array | string, headers: Record<string, string> = REMOTE_WRITE_HEADERS, t: string | null = token) {
  const h = new Headers(headers);
  if (t) h.set('authorization', `Bearer ${t}`);
  const res = await writeRoute.POST(new Request(`${ORIGIN}/api/v1/prom/write`, { method: 'POST', headers: h, body: body as BodyInit }), { params: Promise.resolve({}) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function stored(pluginId: string, metric: string) {
  const db = await getDb();
  const id = await findSeriesId(db, pluginId, metric);
  if (id === undefined) return [];
  const rows = await db.select({ ts: metricPoint.ts, value: metricPoint.value }).from(metricPoint).where(eq(metricPoint.seriesId, id)).orderBy(asc(metricPoint.ts));
  return rows.map((r) => [r.ts.getTime(), r.value]);
}

async function skipped(outcome: string): Promise<number> {
  const metric = await consoleMetrics().remoteWriteSamples.get();
  return metric.values.find((v) => v.labels.outcome === outcome)?.value ?? 0;
}

const gauge = (name: string, plugin: string, samples: TestSeries['samples'], extra: Record<string, string> = {}): TestSeries => ({
  labels: { __name__: name, plugin, instance: '10.0.0.1:9100', job: 'node', ...extra },
  samples,
});

describe('POST /api/v1/prom/write: who and what it accepts', () => {
  it('needs a token with metrics:write', async () => {
    const body = writeRequestBody([gauge('queue_depth', 'shop', [[T0, 1]])]);
    expect((await post(body, REMOTE_WRITE_HEADERS, null)).status).toBe(401);
    expect((await post(body, REMOTE_WRITE_HEADERS, reader)).status).toBe(403);
    expect((await post(body)).status).toBe(204);
  });

  it('answers 415 to anything but snappy-compressed protobuf of remote write 1.0', async () => {
    const body = writeRequestBody([gauge('queue_depth', 'shop', [[T0, 1]])]);
    const bad = [
      { ...REMOTE_WRITE_HEADERS, 'content-type': 'application/json' },
      { ...REMOTE_WRITE_HEADERS, 'content-encoding': 'gzip' },
      { 'content-type': 'application/x-protobuf' },
      { ...REMOTE_WRITE_HEADERS, 'content-type': 'application/x-protobuf;proto=io.prometheus.write.v2.Request' },
      { ...REMOTE_WRITE_HEADERS, 'x-prometheus-remote-write-version': '2.0.0' },
    ];
    for (const headers of bad) {
      const res = await post(body, headers);
      expect(res.status, JSON.stringify(headers)).toBe(415);
      expect(res.body.error.code).toBe('unsupported_media_type');
    }
    // The version header is optional; the 1.0 proto parameter is accepted.
    const { 'x-prometheus-remote-write-version': _, ...noVersion } = REMOTE_WRITE_HEADERS;
    expect((await post(body, noVersion)).status).toBe(204);
    expect((await post(body, { ...REMOTE_WRITE_HEADERS, 'content-type': 'application/x-protobuf;proto=prometheus.WriteRequest' })).status).toBe(204);
  });

  it('answers 400 to a damaged body, wherever it is cut, and stores nothing of it', async () => {
    const series = Array.from({ length: 20 }, (_, i) => gauge('cut_test', 'shop', [[T0 + i * 1000, i]], { shard: String(i) }));
    const body = writeRequestBody(series);
    for (let cut = 1; cut < body.length; cut += Math.ceil(body.length / 40)) {
      const res = await post(body.subarray(0, cut));
      expect(res.status, `cut at ${cut} of ${body.length}`).toBe(400);
      expect(res.body.error.issues[0].path).toBe('body');
    }
    expect((await post('not snappy at all')).status).toBe(400);
    // Valid snappy around bytes that are no protobuf message.
    expect((await post(snappy.compress(new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0x0f, 1])))).status).toBe(400);
    expect(await stored('shop', 'cut_test')).toEqual([]);
  });

  it('answers 413 to a body over the limit, or one that claims to decompress beyond it', async () => {
    const big = await post(new Uint8Array(MAX_COMPRESSED_BYTES + 1));
    expect(big.status).toBe(413);
    // A snappy header claiming 1 GiB (varint 0x80 0x80 0x80 0x80 0x04) and nothing behind it.
    const bomb = await post(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x04, 0x00]));
    expect(bomb.status).toBe(413);
  });

  it('answers 204 to a request with metadata only, as Prometheus sends it every minute', async () => {
    expect((await post(writeRequestBody([], [{ type: 1, metric_family_name: 'orders_placed' }]))).status).toBe(204);
  });
});

describe('POST /api/v1/prom/write: what it stores', () => {
  it('stores gauges mapped by the telemetry rules, labels naming the plugin', async () => {
    const res = await post(
      writeRequestBody([
        gauge('process_resident_memory_bytes', 'shop', [[T0, 52_428_800], [T0 + 15_000, 53_000_000]]),
        gauge('queue_depth', 'search', [[T0, 7]]),
      ]),
    );
    expect(res.status).toBe(204);
    expect(await stored('shop', 'memory-usage')).toEqual([[T0, 52_428_800], [T0 + 15_000, 53_000_000]]);
    expect(await stored('search', 'queue_depth')).toEqual([[T0, 7]]);
  });

  it('turns counters into rates per second across requests, with resets counted from zero', async () => {
    const c = (samples: TestSeries['samples']) => writeRequestBody([gauge('orders_placed_total', 'shop', samples)]);
    expect((await post(c([[T0, 100]]))).status).toBe(204);
    expect(await stored('shop', 'orders_placed_total')).toEqual([]); // the first sample only starts the rate
    expect((await post(c([[T0 + 15_000, 160], [T0 + 30_000, 190]]))).status).toBe(204);
    // Prometheus repeats a series once per sample within a request.
    expect((await post(writeRequestBody([gauge('orders_placed_total', 'shop', [[T0 + 45_000, 30]]), gauge('orders_placed_total', 'shop', [[T0 + 60_000, 45]])]))).status).toBe(204); // reset: 30 since zero
    expect(await stored('shop', 'orders_placed_total')).toEqual([[T0 + 15_000, 4], [T0 + 30_000, 2], [T0 + 45_000, 2], [T0 + 60_000, 1]]);
    // process_cpu_seconds_total is a counter mapped to cpu-usage in % of one core.
    await post(writeRequestBody([gauge('process_cpu_seconds_total', 'search', [[T0, 10], [T0 + 10_000, 12.5]])]));
    expect(await stored('search', 'cpu-usage')).toEqual([[T0 + 10_000, 25]]);
  });

  it('reads a metric as a counter when the sender’s metadata says so', async () => {
    await post(writeRequestBody([], [{ type: 1, metric_family_name: 'bytes_sent' }]));
    await post(writeRequestBody([gauge('bytes_sent', 'shop', [[T0, 1000], [T0 + 10_000, 3000]])]));
    expect(await stored('shop', 'bytes_sent')).toEqual([[T0 + 10_000, 200]]);
  });

  it('reads a histogram’s _count as a counter once its buckets were seen, and skips the buckets', async () => {
    const hist = (t: number, count: number) => [
      gauge('rpc_seconds_bucket', 'search', [[t, count]], { le: '+Inf' }),
      gauge('rpc_seconds_count', 'search', [[t, count]]),
    ];
    await post(writeRequestBody(hist(T0, 50)));
    await post(writeRequestBody(hist(T0 + 10_000, 80)));
    expect(await stored('search', 'rpc_seconds_count')).toEqual([[T0 + 10_000, 3]]);
    expect(await stored('search', 'rpc_seconds_bucket')).toEqual([]);
  });

  it('adds up the series of one plugin that map to one metric', async () => {
    await post(writeRequestBody([gauge('inflight', 'shop', [[T0, 3]], { path: '/a' }), gauge('inflight', 'shop', [[T0, 4]], { path: '/b' })]));
    expect(await stored('shop', 'inflight')).toEqual([[T0, 7]]);
  });

  it('stores duplicate and out-of-order samples once, and re-sent counters give no second rate', async () => {
    const samples: TestSeries['samples'] = [[T0 + 2000, 2], [T0, 0], [T0 + 1000, 1]];
    for (let i = 0; i < 2; i++) expect((await post(writeRequestBody([gauge('dup_gauge', 'shop', samples)]))).status).toBe(204);
    expect(await stored('shop', 'dup_gauge')).toEqual([[T0, 0], [T0 + 1000, 1], [T0 + 2000, 2]]);
    const counter = writeRequestBody([gauge('retried_total', 'shop', [[T0, 10], [T0 + 10_000, 20]])]);
    await post(counter);
    await post(counter); // Prometheus retrying after a lost answer
    expect(await stored('shop', 'retried_total')).toEqual([[T0 + 10_000, 1]]);
    const before = await skipped('skipped_out_of_order');
    await post(writeRequestBody([gauge('retried_total', 'shop', [[T0 + 5000, 15]])]));
    expect(await skipped('skipped_out_of_order')).toBe(before + 1);
    expect(await stored('shop', 'retried_total')).toEqual([[T0 + 10_000, 1]]);
  });

  it('skips and counts NaN, infinities, stale markers, unknown plugins and old samples, storing the rest', async () => {
    const counts = { stale: await skipped('skipped_stale'), nan: await skipped('skipped_nan_inf'), plugin: await skipped('skipped_plugin'), time: await skipped('skipped_time'), hist: await skipped('skipped_histogram') };
    const res = await post(
      writeRequestBody([
        gauge('mixed', 'shop', [[T0, 1], [T0 + 1000, Number.NaN], [T0 + 2000, Number.POSITIVE_INFINITY], [T0 + 3000, Number.NEGATIVE_INFINITY], [T0 + 4000, STALE_NAN], [T0 + 5000, 5]]),
        gauge('mixed', 'ghost', [[T0, 1]]),
        gauge('mixed', 'shop', [[Date.now() - 400 * 86_400_000, 1]], { instance: 'old' }),
        gauge('latency_bucket', 'shop', [[T0, 3]], { le: '0.5' }),
      ]),
    );
    expect(res.status).toBe(204);
    expect(await stored('shop', 'mixed')).toEqual([[T0, 1], [T0 + 5000, 5]]);
    expect(await skipped('skipped_stale')).toBe(counts.stale + 1);
    expect(await skipped('skipped_nan_inf')).toBe(counts.nan + 3);
    expect(await skipped('skipped_plugin')).toBe(counts.plugin + 1);
    expect(await skipped('skipped_time')).toBe(counts.time + 1);
    expect(await skipped('skipped_histogram')).toBe(counts.hist + 1);
  });

  it('takes 10 000 series in one request', async () => {
    const series = Array.from({ length: 10_000 }, (_, i) => gauge(`load_${i % 100}`, 'bulk', [[T0 + Math.floor(i / 100) * 1000, i]], { instance: `host-${i}` }));
    expect(writeRequestBytes(series).length).toBeGreaterThan(500_000);
    const res = await post(writeRequestBody(series));
    expect(res.status).toBe(204);
    // 100 metrics × 100 timestamps, one series each.
    const first = await stored('bulk', 'load_0');
    expect(first).toHaveLength(100);
    expect(first[1]).toEqual([T0 + 1000, 100]);
    expect(await stored('bulk', 'load_99')).toHaveLength(100);
  });
});
