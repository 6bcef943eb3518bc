// Prometheus as the metrics store, against a real Prometheus (Debian's package) in a temporary
// folder with history backfilled by promtool. Two tables:
//   1. the 30-day chart of one metric at 10-second resolution (259 200 samples): the console's
//      GET /api/v1/metrics work (getMetricSeries on the embedded database) including the
//      query_range calls to Prometheus; target < 300 ms;
//   2. detection on 1 000 Prometheus-sourced series polled every 15 s: the console's CPU time and
//      wall time per poll round (one new sample per series, scored and tracked); target: a
//      round's CPU time well under 15 s, on the one core Node runs JavaScript on.
// Asserts nothing. `BENCH_PROM_SERIES=200` for a shorter run, `BENCH_PROM_ONLY=chart|detection` for one table.
import { mkdtempSync, readdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { median, percentile, printTable } from '../table';

process.env.CONSOLE_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'bench-prometheus-data-'));
process.env.CONSOLE_EGRESS_ALLOW = '127.0.0.1';

const { hasBinary } = await import('@/lib/connectivity/testing/has-binary');
if (!hasBinary('prometheus') || !hasBinary('promtool')) {
  console.log('prometheus / promtool not found: install Debian package prometheus (bash scripts/ensure-debian.sh prometheus)');
  process.exit(0);
}
const { startPrometheus } = await import('@/lib/testing/prometheus-server');
type PrometheusServer = Awaited<ReturnType<typeof startPrometheus>>;
type Db = import('@/lib/db/client').Db;
const { openEmbeddedBenchDb } = await import('../open-embedded-db');
const { setDbForTests } = await import('@/lib/db/client');
const { createPlugin } = await import('@/lib/plugins/create-plugin');
const { systemActor } = await import('@/lib/auth/actor');
const { saveDocument } = await import('@/lib/config-store/save-document');
const { getMetricSeries } = await import('@/lib/aiops/query/get-metric-series');
const { pollPrometheus } = await import('@/lib/prometheus/poll-prometheus');
const { resetEnvForTests } = await import('@/lib/env');

const round = (x: number) => Math.round(x);
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** TSDB blocks in the folder (ULID-named directories). */
const blocks = (dir: string) => readdirSync(path.join(dir, 'data')).filter((d) => /^[0-9A-Z]{26}$/.test(d)).length;

/**
 * Prometheus compacts backfilled two-hour blocks into larger ones a minute after it starts, as
 * it would have done long ago in a store that has held 30 days: wait until the count settles.
 */
async function settleCompaction(dir: string): Promise<[number, number]> {
  const before = blocks(dir);
  let last = before;
  let stableSince = Date.now();
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 2000));
    const n = blocks(dir);
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (n < before && Date.now() - stableSince > 20_000) break;
  }
  return [before, last];
}

/** Runs `work` on a fresh embedded database with the console pointed at `prom`; cleans up both. */
async function withConsole(prom: PrometheusServer, prefix: string, work: (db: Db) => Promise<void>): Promise<void> {
  const handle = await openEmbeddedBenchDb(prefix);
  try {
    process.env.CONSOLE_PROMETHEUS_URL = prom.url;
    resetEnvForTests();
    setDbForTests(handle);
    await work(handle.db);
  } finally {
    setDbForTests(undefined);
    await handle.close();
    await prom.stop();
  }
}

async function chartBench() {
  const STEP = 10_000;
  const N = 30 * 8640;
  const end = Math.floor((Date.now() - 60_000) / STEP) * STEP;
  const first = end - (N - 1) * STEP;
  const samples: [number, number][] = [];
  for (let i = 0; i < N; i++) samples.push([first + i * STEP, 120 + 20 * Math.sin((2 * Math.PI * i) / 8640) + ((i * 7919) % 8) + (i % 40_000 === 0 ? 600 : 0)]);
  let t0 = process.hrtime.bigint();
  const prom = await startPrometheus({ backfill: [{ name: 'bench_latency_ms', labels: { plugin: 'chart-bench' }, samples }] });
  const backfillMs = ms(t0);
  const [blocksBefore, blocksAfter] = await settleCompaction(prom.dir);
  await withConsole(prom, 'bench-prometheus-chart', async (db) => {
    await createPlugin(db, systemActor(), { id: 'chart-bench', name: 'Chart bench' });
    await saveDocument(db, systemActor(), 'metrics-source', 'chart-bench', {
      baseVersion: 0,
      body: {
        source: 'prometheus',
        step: 10,
        expressions: { latency: 'bench_latency_ms{plugin="chart-bench"}', 'response-time': 'max(bench_latency_ms) * 1' },
      },
    });
    const rows: (string | number)[][] = [];
    for (const [label, metric] of [
      ['plain selector (max/min/avg/count_over_time on raw samples)', 'latency'],
      ['expression (same, over a subquery at the 10 s step)', 'response-time'],
    ] as const) {
      const times: number[] = [];
      let buckets = 0;
      let peak = 0;
      for (let i = 0; i < 6; i++) {
        t0 = process.hrtime.bigint();
        const r = await getMetricSeries(db, { plugin: 'chart-bench', metric, from: String(first), to: String(end + STEP), width: 1000 });
        const t = ms(t0);
        const degraded = (r as { degraded?: string }).degraded;
        if (degraded) throw new Error(degraded);
        if (i > 0) times.push(t); // the first read warms Prometheus's caches and the JIT
        buckets = r.buckets.length;
        peak = Math.max(...r.buckets.map((b) => b.max));
      }
      rows.push([label, N, buckets, peak, round(median(times)), round(percentile(times, 95)), '< 300']);
    }
    printTable(
      `30-day chart of one metric at 10 s read from Prometheus 2.42 (width 1000; 5 reads after one warm-up; backfill with promtool and start ${round(backfillMs / 1000)} s; ${blocksBefore} blocks compacted to ${blocksAfter}; load average ${loadavg()[0].toFixed(1)})`,
      ['query', 'samples', 'buckets', 'max (spike 600+)', 'median ms', 'p95 ms', 'target ms'],
      rows,
    );
  });
}

async function detectionBench() {
  const SERIES = Number(process.env.BENCH_PROM_SERIES ?? 1000);
  const STEP = 15_000;
  const HOURS = 2;
  const end = Math.floor((Date.now() - 60_000) / STEP) * STEP;
  const first = end - HOURS * 3600_000;
  const series = Array.from({ length: SERIES }, (_, s) => ({
    name: 'bench_cpu_percent',
    labels: { plugin: `p${s}` },
    samples: Array.from({ length: (HOURS * 3600_000) / STEP + 1 }, (_, i) => [first + i * STEP, 40 + ((i * 31 + s * 17) % 11) - 5] as const),
  }));
  let t0 = process.hrtime.bigint();
  const prom = await startPrometheus({ backfill: series });
  const backfillMs = ms(t0);
  await withConsole(prom, 'bench-prometheus-poll', async (db) => {
    for (let s = 0; s < SERIES; s++) {
      await createPlugin(db, systemActor(), { id: `p${s}`, name: `p${s}` });
      await saveDocument(db, systemActor(), 'metrics-source', `p${s}`, {
        baseVersion: 0,
        body: { source: 'prometheus', step: 15, expressions: { 'cpu-usage': `bench_cpu_percent{plugin="p${s}"}` } },
      });
    }
    // Virtual time inside the backfilled range: each round is the next 15 s scrape.
    let now = first + 3600_000;
    t0 = process.hrtime.bigint();
    const warm = await pollPrometheus(db, now);
    const warmMs = ms(t0);
    const rows: (string | number)[][] = [['first poll (detectors created, warmed on the stored hour)', warm.series, warm.points, round(warmMs), '', '']];
    const wall: number[] = [];
    const cpu: number[] = [];
    let points = 0;
    for (let r = 0; r < 5; r++) {
      now += STEP;
      const c0 = process.cpuUsage();
      t0 = process.hrtime.bigint();
      const run = await pollPrometheus(db, now);
      wall.push(ms(t0));
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      points = run.points;
      if (run.unreachable || run.failed) throw new Error(`poll failed: ${run.unreachable ?? `${run.failed} series`}`);
    }
    rows.push(['steady poll round (median of 5)', SERIES, points, round(median(wall)), round(median(cpu)), '< 15 000']);
    printTable(
      `Detection on ${SERIES} series polled from Prometheus every 15 s (hybrid detector, embedded database; backfill of ${SERIES} × ${HOURS} h took ${round(backfillMs / 1000)} s; load average ${loadavg()[0].toFixed(1)})`,
      ['round', 'series', 'points', 'wall ms', 'console CPU ms', 'target ms'],
      rows,
    );
  });
}

const only = process.env.BENCH_PROM_ONLY;
if (!only || only === 'chart') await chartBench();
if (!only || only === 'detection') await detectionBench();
process.exit(0);
