// Root-cause analysis time on a realistic load: one plugin with 24 h of 8 metrics at 10 s
// (69 120 points, through ingest so roll-ups and scores are real) and 10 000 warning/error log
// lines, a configuration change and an error burst near the end. Times the evidence loading and
// the analysis separately, for a one-hour incident and for an incident window of the whole day.
// Target: under 1 s per analysis. Run with `npx tsx bench/rca/run.ts`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

process.env.CONSOLE_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'bench-rca-'));
process.env.CONSOLE_SECRET_KEY ??= randomBytes(32).toString('hex');

const { openMemoryDb } = await import('../../lib/db/client');
const { systemActor } = await import('../../lib/auth/actor');
const { createPlugin } = await import('../../lib/plugins/create-plugin');
const { ingestPoints } = await import('../../lib/aiops/ingest/ingest-metrics');
const { ingestEvents } = await import('../../lib/aiops/ingest/ingest-events');
const { loadEvidence } = await import('../../lib/aiops/rca/load-evidence');
const { analyze } = await import('../../lib/aiops/rca/analyze');
const { RootCauseAnalysisRequestSchema } = await import('../../schemas');
const { printTable, median } = await import('../table');

const STEP = 10_000;
const HOUR = 3_600_000;
const METRICS = ['cpu-usage', 'memory-usage', 'response-time', 'error-rate', 'throughput', 'latency', 'connection-count', 'queue-depth'];
const LOG_LINES = 10_000;
const RUNS = 7;

const handle = await openMemoryDb();
const db = handle.db;
await createPlugin(db, systemActor(), { id: 'bench', name: 'bench' });
const end = Math.floor(Date.now() / STEP) * STEP - 5 * 60_000;
const from = end - 24 * HOUR;
const incident = end - HOUR;
let seed = 7;
const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);

const t0 = performance.now();
let batch: { pluginId: string; metric: string; ts: number; value: number }[] = [];
let points = 0;
for (let t = from; t < end; t += STEP) {
  const load = 0.55 + 0.35 * Math.sin((((t / HOUR) % 24) - 9) / 24 * 2 * Math.PI);
  const bad = t >= incident ? 1 : 0;
  const v: Record<string, number> = {
    'cpu-usage': 12 + 45 * load + rnd() * 4,
    'memory-usage': 140e6 + 20e6 * load + rnd() * 4e6,
    'response-time': 40 + 14 * load + rnd() * 5 + bad * 80,
    'error-rate': 0.002 + rnd() * 0.002 + bad * 0.08,
    throughput: 120 * load + rnd() * 8,
    latency: 95 + 40 * load + rnd() * 10 + bad * 200,
    'connection-count': Math.round(20 + 35 * load + rnd() * 4),
    'queue-depth': Math.round(3 * load + rnd() * 2),
  };
  for (const m of METRICS) batch.push({ pluginId: 'bench', metric: m, ts: t, value: v[m] });
  if (batch.length >= 9_600) {
    points += batch.length;
    await ingestPoints(db, batch);
    batch = [];
  }
}
if (batch.length) {
  points += batch.length;
  await ingestPoints(db, batch);
}
const templates = [
  (i: number) => `Request req_${i.toString(36)} failed: 422 ValidationError: field 'email' is invalid`,
  (i: number) => `Slow query on orders took ${800 + (i % 700)}ms`,
  (i: number) => `Upstream api.internal answered 503 for req_${i} after ${100 + (i % 50)}ms, giving up`,
  (i: number) => `Cache miss storm: ${i % 400} misses in the last minute`,
];
const events = Array.from({ length: LOG_LINES }, (_, i) => {
  // The last tenth is the incident's new error pattern, the rest routine warnings and errors.
  const burst = i >= LOG_LINES * 0.9;
  const ts = burst ? incident + ((i - LOG_LINES * 0.9) / (LOG_LINES * 0.1)) * HOUR : from + (i / (LOG_LINES * 0.9)) * (incident - from);
  return {
    pluginId: 'bench',
    timestamp: Math.round(ts),
    kind: 'log' as const,
    level: (burst || i % 3 === 0 ? 'error' : 'warn') as 'error' | 'warn',
    message: burst ? `Timed out acquiring connection from pool after 2000ms (size=4, waiting=${i % 60}) req_${i.toString(36)}` : templates[i % templates.length](i),
  };
});
events.push({ pluginId: 'bench', timestamp: incident - 60_000, kind: 'config-change' as never, level: 'info' as never, message: 'Config v42 applied: pool.maxConnections 40 → 4' });
for (let i = 0; i < events.length; i += 5000) await ingestEvents(db, events.slice(i, i + 5000));
const setupMs = performance.now() - t0;

async function time(label: string, start: number, stop: number) {
  const request = RootCauseAnalysisRequestSchema.parse({
    incidentId: 'bench',
    pluginId: 'bench',
    symptoms: [{ type: 'error-rate level-shift', description: 'error rate up', severity: 'high', timestamp: new Date(incident + 60_000).toISOString() }],
    timeRange: { start: new Date(start).toISOString(), end: new Date(stop).toISOString() },
  });
  const load: number[] = [];
  const run: number[] = [];
  let top = '';
  for (let i = 0; i < RUNS; i++) {
    const a = performance.now();
    const data = await loadEvidence(db, request);
    const b = performance.now();
    const result = analyze(data, request, `bench-${i}`);
    const c = performance.now();
    load.push(b - a);
    run.push(c - b);
    top = `${result.rootCauses[0].category} ${result.rootCauses[0].confidence}`;
  }
  const total = median(load.map((l, i) => l + run[i]));
  return [label, median(load).toFixed(0), median(run).toFixed(0), total.toFixed(0), '< 1000', total < 1000 ? 'yes' : 'NO', top];
}

const rows = [await time('1 h incident at the end of the day', incident, end), await time('incident window = the whole 24 h', from + 2 * HOUR, end)];
printTable(
  `RCA: 24 h × ${METRICS.length} metrics at 10 s (${points.toLocaleString('en-US')} points), ${LOG_LINES.toLocaleString('en-US')} log lines; median of ${RUNS} runs (setup ${(setupMs / 1000).toFixed(1)} s)`,
  ['case', 'load ms', 'analyse ms', 'total ms', 'target', 'met', 'top cause'],
  rows,
);
await handle.close();
