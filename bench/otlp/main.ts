// OTLP protobuf ingest through the receiver's route handler (auth, gzip, decode, mapping, the
// ingest path with detection and roll-ups) into the embedded database (PGlite on disk); and
// the decode and mapping step alone. Target: ≥ 50 000 points/s into the embedded database.
import { gunzipSync, gzipSync } from 'node:zlib';
import { setDbForTests } from '@/lib/db/client';
import { systemActor } from '@/lib/auth/actor';
import { createPlugin } from '@/lib/plugins/create-plugin';
import { createToken } from '@/lib/tokens/create-token';
import { TelemetryConfigSchema } from '@/schemas';
import { otlpTypes, type OtlpMetricsRequest } from '@/lib/telemetry/otlp/otlp-proto';
import { convertMetrics } from '@/lib/telemetry/otlp/convert-metrics';
import { SeriesState } from '@/lib/telemetry/otlp/series-state';
import { printTable } from '../table';
import { openEmbeddedBenchDb } from '../open-embedded-db';

process.env.CONSOLE_SECRET_KEY ??= '0'.repeat(64);
process.env.CONSOLE_DATA_DIR ??= '.tmp/bench-data';

const STEP = 10_000;
const BATCHES = 6;
const STEPS = 1000;
// Eight gauges mapped to the protocol's metrics or kept as custom ones: 8 000 points per export.
const GAUGES: [string, string][] = [
  ['process.cpu.utilization', '1'],
  ['process.memory.usage', 'By'],
  ['db.client.connection.count', '{connection}'],
  ['messaging.queue.depth', '{message}'],
  ['cache.hit_ratio', '1'],
  ['jobs.running', '{job}'],
  ['gc.pause', 'ms'],
  ['heap.used', 'By'],
];

function exportBody(start: number, offset: number, service = 'bench-otlp'): Uint8Array {
  const metrics = GAUGES.map(([name, unit], m) => ({
    name,
    unit,
    gauge: {
      dataPoints: Array.from({ length: STEPS }, (_, i) => ({
        timeUnixNano: String(BigInt(start + (offset + i) * STEP) * 1_000_000n),
        asDouble: (m + 1) * (0.5 + 0.1 * Math.sin((offset + i) / 360) + Math.random() * 0.01),
      })),
    },
  }));
  const message = otlpTypes.metricsRequest.fromObject({
    resourceMetrics: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] }, scopeMetrics: [{ metrics }] }],
  });
  return otlpTypes.metricsRequest.encode(message).finish();
}

const handle = await openEmbeddedBenchDb('bench-otlp');
setDbForTests(handle);
const { POST } = await import('@/app/v1/metrics/route');
const json = await import('@/app/api/v1/metrics/route');
await createPlugin(handle.db, systemActor(), { id: 'bench-otlp', name: 'Bench OTLP' });
await createPlugin(handle.db, systemActor(), { id: 'bench-json', name: 'Bench JSON' });
await createPlugin(handle.db, systemActor(), { id: 'bench-warm', name: 'Bench warm-up' });
const { token } = await createToken(handle.db, systemActor(), { name: 'bench', scopes: ['metrics:write'] });

const start = Date.now() - 2 * 86_400_000;
const bodies = Array.from({ length: BATCHES }, (_, b) => gzipSync(exportBody(start, b * STEPS)));
const points = BATCHES * STEPS * GAUGES.length;

// Decode and mapping alone (no database).
const config = TelemetryConfigSchema.parse({});
const d0 = performance.now();
for (const body of bodies) {
  convertMetrics(otlpTypes.metricsRequest.decode(gunzipSync(body)) as unknown as OtlpMetricsRequest, config, new SeriesState());
}
const decodePerSecond = Math.round(points / ((performance.now() - d0) / 1000));

// One untimed export first, so neither path is measured cold.
const warm = await POST(
  new Request('http://localhost/v1/metrics', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-protobuf' },
    body: new Uint8Array(exportBody(start, 0, 'bench-warm')),
  }),
  { params: Promise.resolve({}) },
);
if (warm.status !== 200) throw new Error(`OTLP warm-up failed: ${warm.status}`);

const t0 = performance.now();
for (const body of bodies) {
  const req = new Request('http://localhost/v1/metrics', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-protobuf', 'content-encoding': 'gzip' },
    body,
  });
  const res = await POST(req, { params: Promise.resolve({}) });
  if (res.status !== 200) throw new Error(`OTLP ingest failed: ${res.status} ${await res.text()}`);
  const reply = new Uint8Array(await res.arrayBuffer());
  if (reply.length > 0) throw new Error(`OTLP ingest rejected points: ${JSON.stringify(otlpTypes.metricsResponse.decode(reply))}`);
}
const ingestPerSecond = Math.round(points / ((performance.now() - t0) / 1000));

// The same points through the JSON API on the same machine at the same time: the reference
// (its own benchmark, `ingest`, holds the ≥ 50 000 points/s target on an idle machine).
const jsonBatches = bodies.map((body) => {
  const decoded = otlpTypes.metricsRequest.decode(gunzipSync(body)) as unknown as OtlpMetricsRequest;
  return convertMetrics(decoded, config, new SeriesState()).points.map((p) => ({ pluginId: 'bench-json', metric: p.metric, timestamp: p.ts, value: p.value }));
});
const j0 = performance.now();
for (const points of jsonBatches) {
  const req = new Request('http://localhost/api/v1/metrics', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ points }),
  });
  const res = await json.POST(req, { params: Promise.resolve({}) });
  if (res.status !== 200) throw new Error(`JSON ingest failed: ${res.status} ${await res.text()}`);
}
const jsonPerSecond = Math.round(points / ((performance.now() - j0) / 1000));
await handle.close();

printTable(
  `OTLP/HTTP protobuf metrics (gzip, ${BATCHES} exports × ${STEPS * GAUGES.length} gauge points, 8 series); target: ≥ 50 000 points/s into the embedded database`,
  ['step', 'points/s', 'target'],
  [
    ['decode + map (no database)', decodePerSecond, '—'],
    ['OTLP route handler → embedded PGlite', ingestPerSecond, '≥ 50 000'],
    ['JSON API route (same points, same run) → embedded PGlite', jsonPerSecond, 'reference'],
  ],
);
process.exit(0);
