// Grouping throughput (issue 17 target: 10 000 anomalies arriving in one batch grouped in under
// 2 s): 16 plugins with 4 days of health reports every 5 minutes, then 10 000 anomalies over the
// 4 days inserted at once (a backfill: mostly lone noise, with a bad hour per plugin and day),
// and one grouping pass timed; then a second pass (nothing left to settle) for comparison.
import { performance } from 'node:perf_hooks';
import { openEmbeddedBenchDb } from '../open-embedded-db';
import { printTable } from '../table';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const PLUGINS = 16;
const ANOMALIES = 10_000;

async function main() {
  const handle = await openEmbeddedBenchDb('incidents-bench');
  const { db } = handle;
  const { createPlugin } = await import('@/lib/plugins/create-plugin');
  const { systemActor } = await import('@/lib/auth/actor');
  const { anomaly, healthReport } = await import('@/lib/db/schema');
  const { groupAnomalies } = await import('@/lib/aiops/incidents/group-anomalies');
  const now = Math.floor(Date.now() / MIN) * MIN;
  const from = now - 4 * DAY;
  const bad = (p: number, t: number) => (t - from) % DAY >= (p % 20) * 3600_000 && (t - from) % DAY < (p % 20) * 3600_000 + 3600_000;
  for (let p = 0; p < PLUGINS; p++) {
    const id = `bench-${p}`;
    await createPlugin(db, systemActor(), { id, name: id });
    const reports = [];
    for (let t = from; t <= now; t += 5 * MIN) reports.push({ pluginId: id, ts: new Date(t), status: bad(p, t) ? 'unhealthy' : 'healthy', report: {} });
    for (let i = 0; i < reports.length; i += 1000) await db.insert(healthReport).values(reports.slice(i, i + 1000));
  }
  const metrics = ['error-rate', 'latency', 'cpu-usage', 'memory-usage', 'throughput'];
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const rows = Array.from({ length: ANOMALIES }, (_, i) => {
    const p = i % PLUGINS;
    const t = from + Math.floor(rnd() * 4 * DAY / MIN) * MIN;
    return { pluginId: `bench-${p}`, metric: metrics[Math.floor(rnd() * metrics.length)], startedAt: new Date(t), endedAt: new Date(t + 2 * MIN), peakAt: new Date(t), score: 80 + rnd() * 20, peakValue: 9, expected: 1, lower: 0, upper: 2, type: 'level-shift' };
  });
  for (let i = 0; i < rows.length; i += 1000) await db.insert(anomaly).values(rows.slice(i, i + 1000));

  const t0 = performance.now();
  const first = await groupAnomalies(db, { now });
  const firstMs = performance.now() - t0;
  const t1 = performance.now();
  const second = await groupAnomalies(db, { now });
  const secondMs = performance.now() - t1;
  printTable(
    `Incident grouping: ${ANOMALIES.toLocaleString('en-US')} anomalies of ${PLUGINS} plugins over 4 days arriving in one batch (embedded PGlite)`,
    ['pass', 'ms', 'opened', 'joined', 'resolved', 'target'],
    [
      ['first (the batch)', Math.round(firstMs), first.opened.length, first.joined, first.resolved.length, '< 2 000 ms'],
      ['second (nothing new)', Math.round(secondMs), second.opened.length, second.joined, second.resolved.length, ''],
    ],
  );
  await handle.close();
}

void main();
