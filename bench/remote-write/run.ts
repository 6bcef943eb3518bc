// Prometheus remote-write ingest through the route handler (token, snappy, protobuf, mapping,
// counters to rates, the ingest checks, detection, roll-ups) into the embedded database (PGlite
// on disk) and into PostgreSQL when TEST_DATABASE_URL is set. Bodies are built before the clock
// starts, as Prometheus would send them: 1 000 series (50 plugins × 20 metrics, 4 of them
// counters) per scrape, `samplesPerRequest` samples per request. Target: ≥ 50 000 points/s embedded.
import { setDbForTests, type DbHandle } from '@/lib/db/client';
import { createPgDatabase } from '@/lib/testing/pg-database';
import { systemActor } from '@/lib/auth/actor';
import { createPlugin } from '@/lib/plugins/create-plugin';
import { createToken } from '@/lib/tokens/create-token';
import { REMOTE_WRITE_HEADERS, writeRequestBody, type TestSeries } from '@/lib/telemetry/prometheus/testing/write-request';
import { printTable } from '../table';
import { openEmbeddedBenchDb } from '../open-embedded-db';

process.env.CONSOLE_SECRET_KEY ??= '0'.repeat(64);
process.env.CONSOLE_DATA_DIR ??= '.tmp/bench-data';

const PLUGINS = 50;
const METRICS = 20;
const COUNTERS = 4;
const SCRAPE_MS = 15_000;
const SCRAPES = 120;

/** The bodies of `SCRAPES` scrapes of every series, cut into requests of about `samplesPerRequest` samples. */
function bodies(start: number, samplesPerRequest: number): { body: Uint8Array; samples: number }[] {
  const scrapesPerRequest = Math.max(1, Math.round(samplesPerRequest / (PLUGINS * METRICS)));
  const seriesPerRequest = Math.min(PLUGINS * METRICS, samplesPerRequest);
  const out: { body: Uint8Array; samples: number }[] = [];
  for (let s = 0; s < SCRAPES; s += scrapesPerRequest) {
    const times = Array.from({ length: Math.min(scrapesPerRequest, SCRAPES - s) }, (_, i) => start + (s + i) * SCRAPE_MS);
    const all: TestSeries[] = [];
    for (let p = 0; p < PLUGINS; p++) {
      for (let m = 0; m < METRICS; m++) {
        const name = m < COUNTERS ? `requests_${m}_total` : `gauge_${m}`;
        all.push({
          labels: { __name__: name, plugin: `bench-${p}`, instance: `10.0.${p}.1:9100`, job: 'bench' },
          samples: times.map((t) => [t, m < COUNTERS ? t / 100 + p : 50 + 10 * Math.sin(t / 3.6e6 + p) + Math.random()]),
        });
      }
    }
    for (let i = 0; i < all.length; i += seriesPerRequest) {
      const part = all.slice(i, i + seriesPerRequest);
      out.push({ body: writeRequestBody(part), samples: part.length * times.length });
    }
  }
  return out;
}

async function benchOne(label: string, handle: DbHandle, samplesPerRequest: number) {
  setDbForTests(handle);
  const route = await import('@/app/api/v1/prom/write/route');
  const db = handle.db;
  for (let p = 0; p < PLUGINS; p++) await createPlugin(db, systemActor(), { id: `bench-${p}`, name: `Bench ${p}` });
  const { token } = await createToken(db, systemActor(), { name: 'bench', scopes: ['metrics:write'] });
  const requests = bodies(Date.now() - 2 * 86_400_000, samplesPerRequest);
  let samples = 0;
  const t0 = performance.now();
  for (const { body, samples: n } of requests) {
    const req = new Request('http://localhost/api/v1/prom/write', { method: 'POST', headers: { ...REMOTE_WRITE_HEADERS, authorization: `Bearer ${token}` }, body: body as BodyInit });
    const res = await route.POST(req, { params: Promise.resolve({}) });
    if (res.status !== 204) throw new Error(`remote write failed: ${res.status} ${await res.text()}`);
    samples += n;
  }
  const seconds = (performance.now() - t0) / 1000;
  await handle.close();
  // Each counter's first sample only starts its rate: one point fewer per counter series.
  const points = samples - PLUGINS * COUNTERS;
  return [label, samplesPerRequest, requests.length, Math.round(samples / seconds), Math.round(points / seconds)];
}

async function openPostgres(): Promise<DbHandle | null> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) return null;
  const created = await createPgDatabase(admin, 'bench_rw');
  return { ...created.handle, close: created.drop };
}

const rows: (string | number)[][] = [];
for (const perRequest of [2_000, 10_000]) {
  rows.push(await benchOne('embedded (PGlite, on disk)', await openEmbeddedBenchDb('bench-remote-write'), perRequest));
  const pg = await openPostgres();
  if (pg) rows.push(await benchOne('PostgreSQL (local)', pg, perRequest));
}
setDbForTests(undefined);
printTable(
  `Prometheus remote-write ingest through the route handler (${PLUGINS * METRICS} series × ${SCRAPES} scrapes); target ≥ 50 000 points/s embedded, ≥ 100 000 into PostgreSQL`,
  ['database', 'samples/request', 'requests', 'samples/s', 'points stored/s'],
  rows,
);
process.exit(0);
