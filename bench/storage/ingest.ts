// Ingest throughput through the API handler (auth, Zod validation, detection, roll-ups,
// anomalies) into the embedded database (PGlite on disk) and into PostgreSQL when
// TEST_DATABASE_URL is set; and the 30-day chart query (259 200 points to 1 000 pixels).
import { setDbForTests, type DbHandle } from '@/lib/db/client';
import { createPgDatabase } from '@/lib/testing/pg-database';
import { systemActor } from '@/lib/auth/actor';
import { createPlugin } from '@/lib/plugins/create-plugin';
import { createToken } from '@/lib/tokens/create-token';
import { ingestPoints } from '@/lib/aiops/ingest/ingest-metrics';
import { median } from '../table';
import { openEmbeddedBenchDb } from '../open-embedded-db';

const STEP = 10_000;
const METRICS = ['cpu-usage', 'memory-usage', 'response-time', 'error-rate', 'throughput', 'latency', 'connection-count', 'queue-depth'];

const openEmbedded = () => openEmbeddedBenchDb('bench-pglite');

async function openPostgres(): Promise<DbHandle | null> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) return null;
  const created = await createPgDatabase(admin, 'bench');
  return { ...created.handle, close: created.drop };
}

function batch(pluginId: string, startTs: number, steps: number, offset: number) {
  const points = [];
  for (let i = 0; i < steps; i++) {
    for (const metric of METRICS) {
      const t = startTs + (offset + i) * STEP;
      points.push({ pluginId, metric, timestamp: t, value: 50 + 10 * Math.sin((offset + i) / 360) + Math.random() });
    }
  }
  return points;
}

export interface IngestRow {
  database: string;
  pointsPerSecond: number;
  query30dMs: number;
}

async function benchOne(label: string, handle: DbHandle): Promise<IngestRow> {
  setDbForTests(handle);
  const metricsRoute = await import('@/app/api/v1/metrics/route');
  const db = handle.db;
  await createPlugin(db, systemActor(), { id: 'bench', name: 'Bench' });
  await createPlugin(db, systemActor(), { id: 'bench-30d', name: 'Bench 30 days' });
  const { token } = await createToken(db, systemActor(), { name: 'bench', scopes: ['metrics:write'] });

  // 120 000 points: 15 batches of 8 metrics × 1 000 steps (8 000 points each).
  const start = Date.now() - 2 * 86_400_000;
  let n = 0;
  const t0 = performance.now();
  for (let b = 0; b < 15; b++) {
    const points = batch('bench', start, 1000, b * 1000);
    const req = new Request('http://localhost/api/v1/metrics', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ points }),
    });
    const res = await metricsRoute.POST(req, { params: Promise.resolve({}) });
    if (res.status !== 200) throw new Error(`ingest failed: ${res.status} ${await res.text()}`);
    n += points.length;
  }
  const pointsPerSecond = Math.round(n / ((performance.now() - t0) / 1000));

  // 30 days of one metric at 10 s (259 200 points), loaded through the same ingest path.
  const start30 = Date.now() - 30 * 86_400_000 + 60_000;
  for (let off = 0; off < 259_200; off += 10_000) {
    const pts = [];
    for (let i = off; i < Math.min(off + 10_000, 259_200); i++) pts.push({ pluginId: 'bench-30d', metric: 'latency', ts: start30 + i * STEP, value: 100 + 20 * Math.sin(i / 8640) + (i % 50_000 === 0 ? 500 : Math.random() * 5) });
    await ingestPoints(db, pts);
  }
  const times: number[] = [];
  const reader = await createToken(db, systemActor(), { name: 'bench-read', scopes: ['read'] });
  for (let i = 0; i < 7; i++) {
    const req = new Request(`http://localhost/api/v1/metrics?plugin=bench-30d&metric=latency&from=now-30d&to=now&width=1000`, {
      headers: { authorization: `Bearer ${reader.token}` },
    });
    const q0 = performance.now();
    const res = await metricsRoute.GET(req, { params: Promise.resolve({}) });
    const body = (await res.json()) as { buckets: unknown[] };
    times.push(performance.now() - q0);
    if (body.buckets.length > 1000) throw new Error('more buckets than pixels');
  }
  await handle.close();
  return { database: label, pointsPerSecond, query30dMs: Math.round(median(times.slice(2)) * 10) / 10 };
}

export async function runIngestBenchmark(): Promise<IngestRow[]> {
  const rows = [await benchOne('embedded (PGlite, on disk)', await openEmbedded())];
  const pg = await openPostgres();
  if (pg) rows.push(await benchOne('PostgreSQL 15 (local)', pg));
  setDbForTests(undefined);
  return rows;
}
