// Chart benchmark: the Anomalies page of the production build showing 30 days of one metric at
// 10-second resolution (259 200 points), in headless Chromium. Reports, over 5 page loads:
//   - the metrics query as the browser sees it (resource timing of GET /api/v1/metrics/stack,
//     which answers the page's every metric at once);
//   - chart drawn: navigation start → the first animation frame in which the chart's line is
//     in the DOM (Recharts renders it in one pass once the data arrives);
//   - render only: chart drawn minus the end of the metrics response.
// Target: the chart under 500 ms. Asserts nothing.
import type { Db } from '@/lib/db/client';
import { median, percentile, printTable } from '../table';
import { startConsole } from '../browser/console-under-test';

const PLUGIN = 'chart-bench';
const LOADS = 5;

async function seed(db: Db) {
  const { createPlugin } = await import('@/lib/plugins/create-plugin');
  const { systemActor } = await import('@/lib/auth/actor');
  const { ingestPoints } = await import('@/lib/aiops/ingest/ingest-metrics');
  await createPlugin(db, systemActor(), { id: PLUGIN, name: 'Chart bench' });
  const start = Math.floor((Date.now() - 30 * 86_400_000) / 10_000) * 10_000 + 60_000;
  for (let off = 0; off < 259_200; off += 10_000) {
    const points = [];
    for (let i = off; i < Math.min(off + 10_000, 259_200); i++) {
      const daily = 20 * Math.sin((2 * Math.PI * i) / 8640);
      points.push({ pluginId: PLUGIN, metric: 'latency', ts: start + i * 10_000, value: 120 + daily + Math.random() * 8 + (i % 40_000 === 0 ? 600 : 0) });
    }
    await ingestPoints(db, points);
  }
}

// Given as a string: tsx would wrap inner functions in a `__name` helper the page lacks.
const WATCH_CHART = `if (location.pathname === '/anomalies') {
  const check = (now) => {
    if (document.querySelector('main .recharts-line path, main .recharts-line-curve')) window.__chartDrawn = now;
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}`;

const round = (x: number) => Math.round(x);
const rows: (string | number)[][] = [];
let failed = false;
let stop = async () => {};
try {
  console.log('Seeding 30 days of one metric (259 200 points)…');
  const c = await startConsole({ seed, initScript: WATCH_CHART });
  stop = c.stop;
  const samples = { query: [] as number[], drawn: [] as number[], render: [] as number[] };
  for (let i = 0; i < LOADS + 1; i++) {
    await c.page.goto(`${c.base}/anomalies?range=30d&plugin=${PLUGIN}`, { waitUntil: 'commit' });
    await c.page.waitForFunction(() => (window as unknown as { __chartDrawn?: number }).__chartDrawn !== undefined, null, { timeout: 60_000 });
    const t = await c.page.evaluate(() => {
      const q = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/v1/metrics/stack?')) as PerformanceResourceTiming[];
      const last = q[q.length - 1];
      const drawn = (window as unknown as { __chartDrawn: number }).__chartDrawn;
      return { query: last ? last.responseEnd - last.requestStart : NaN, responseEnd: last?.responseEnd ?? NaN, drawn };
    });
    if (i === 0) continue; // the first load warms the server's caches and the browser's
    samples.query.push(t.query);
    samples.drawn.push(t.drawn);
    samples.render.push(t.drawn - t.responseEnd);
  }
  const row = (name: string, xs: number[]) => [name, round(median(xs)), round(percentile(xs, 95))];
  rows.push(row('metrics query (browser: request → response)', samples.query), row('chart drawn (navigation → line in the DOM)', samples.drawn), row('render only (response → line in the DOM)', samples.render));
} catch (err) {
  console.error(err);
  failed = true;
} finally {
  await stop();
}

printTable('Anomalies chart, 30 days of one metric at 10 s (259 200 points); target: chart under 500 ms', ['case', 'median ms', 'p95 ms'], rows);
process.exit(failed ? 1 : 0);
