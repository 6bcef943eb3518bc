// A real Prometheus (Debian's) with the README's config: it scrapes a small exporter the test
// starts (prom-client metrics, labelled with the plugin) and the console's own GET /metrics, and
// remote-writes to the console served on loopback. What Prometheus holds arrives mapped, once.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { asc, eq } from 'drizzle-orm';
import { useTestDb } from '../../testing/test-db';
import { serveRoutes, type ServedRoutes } from '../../testing/serve-routes';
import { needsPrometheus, startPrometheus, type PrometheusServer } from '../../testing/prometheus-server';
import { getDb } from '../../db/client';
import { metricPoint } from '../../db/schema';
import { systemActor } from '../../auth/actor';
import { createPlugin } from '../../plugins/create-plugin';
import { createToken } from '../../tokens/create-token';
import { findSeriesId } from '../../aiops/ingest/series-ids';
import * as writeRoute from '@/app/api/v1/prom/write/route';
import * as metricsPage from '@/app/metrics/route';

useTestDb();

const [title, skip] = needsPrometheus('Prometheus remote-writes to the console and scrapes its /metrics (real prometheus)');

type PromConfig = {
  remote_write: { url: string; authorization: { credentials: string } }[];
  scrape_configs: { job_name: string; authorization: { credentials: string }; static_configs: { targets: string[] }[] }[];
};

/** The two yaml blocks of the README's Prometheus section: remote_write, then the scrape of /metrics. */
function readmeConfigs(): [PromConfig, PromConfig] {
  const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Prometheus in and out'));
  const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].slice(0, 2).map((m) => parse(m[1]) as PromConfig);
  if (blocks.length < 2) throw new Error('README: the Prometheus section needs its remote_write and scrape yaml blocks');
  return [blocks[0], blocks[1]];
}

async function storedPoints(pluginId: string, metric: string): Promise<[number, number][]> {
  const db = await getDb();
  const id = await findSeriesId(db, pluginId, metric);
  if (id === undefined) return [];
  const rows = await db.select({ ts: metricPoint.ts, value: metricPoint.value }).from(metricPoint).where(eq(metricPoint.seriesId, id)).orderBy(asc(metricPoint.ts));
  return rows.map((r) => [r.ts.getTime(), r.value]);
}

/** Raw samples Prometheus holds for a selector over the last 10 minutes, as [ms, value]. */
async function promSamples(url: string, selector: string): Promise<[number, number][]> {
  const res = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(`${selector}[10m]`)}`);
  const body = (await res.json()) as { data: { result: { values: [number, string][] }[] } };
  return (body.data.result[0]?.values ?? []).map(([t, v]) => [Math.round(t * 1000), Number(v)]);
}

async function promValue(url: string, query: string): Promise<number | undefined> {
  const res = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(query)}`);
  const body = (await res.json()) as { data: { result: { value: [number, string] }[] } };
  return body.data.result[0] ? Number(body.data.result[0].value[1]) : undefined;
}

describe.skipIf(skip)(title, () => {
  let exporter: Server;
  let exporterTimer: NodeJS.Timeout;
  let console_: ServedRoutes;
  let prom: PrometheusServer;

  beforeAll(async () => {
    const db = await getDb();
    await createPlugin(db, systemActor(), { id: 'shop', name: 'Shop' });
    const writer = (await createToken(db, systemActor(), { name: 'prometheus', scopes: ['metrics:write'] })).token;
    const scraper = (await createToken(db, systemActor(), { name: 'scraper', scopes: ['metrics:read'] })).token;

    // The plugin's exporter: its own registry, a gauge and a counter that move every 300 ms.
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    const depth = new Gauge({ name: 'queue_depth', help: 'Jobs waiting', registers: [registry] });
    const done = new Counter({ name: 'jobs_processed_total', help: 'Jobs done', registers: [registry] });
    let tick = 0;
    exporterTimer = setInterval(() => {
      depth.set(++tick % 17);
      done.inc(3);
    }, 300);
    exporter = createServer((_req, res) => {
      void registry.metrics().then((text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text));
    });
    await new Promise<void>((r) => exporter.listen(0, '127.0.0.1', r));

    console_ = await serveRoutes({ '/api/v1/prom/write': writeRoute.POST, '/metrics': metricsPage.GET });
    const consoleHost = new URL(console_.url).host;
    const [write, scrape] = readmeConfigs();
    write.remote_write[0].url = `${console_.url}/api/v1/prom/write`;
    write.remote_write[0].authorization.credentials = writer;
    scrape.scrape_configs[0].authorization.credentials = scraper;
    scrape.scrape_configs[0].static_configs[0].targets = [consoleHost];
    prom = await startPrometheus({
      config: {
        global: { scrape_interval: '1s', evaluation_interval: '1s' },
        scrape_configs: [
          { job_name: 'shop-exporter', static_configs: [{ targets: [`127.0.0.1:${(exporter.address() as AddressInfo).port}`], labels: { plugin: 'shop' } }] },
          ...scrape.scrape_configs,
        ],
        remote_write: write.remote_write,
      },
    });
  }, 120_000);

  afterAll(async () => {
    clearInterval(exporterTimer);
    await prom?.stop();
    await console_?.close();
    await new Promise<void>((r) => (exporter ? exporter.close(() => r()) : r()));
  });

  it('stores what Prometheus scraped, mapped, each sample once', async () => {
    await expect
      .poll(async () => (await storedPoints('shop', 'queue_depth')).length, { timeout: 90_000, interval: 1000 })
      .toBeGreaterThanOrEqual(5);
    const stored = await storedPoints('shop', 'queue_depth');
    const until = stored[stored.length - 1][0];
    // Every sample Prometheus holds up to the last one the console has, no more and no less.
    const held = (await promSamples(prom.url, 'queue_depth{plugin="shop"}')).filter(([t]) => t <= until);
    expect(stored).toEqual(held);

    // The counter arrives as a rate per second between consecutive samples.
    await expect.poll(async () => (await storedPoints('shop', 'jobs_processed_total')).length, { timeout: 30_000, interval: 1000 }).toBeGreaterThanOrEqual(3);
    const rates = await storedPoints('shop', 'jobs_processed_total');
    const counts = (await promSamples(prom.url, 'jobs_processed_total{plugin="shop"}')).filter(([t]) => t <= rates[rates.length - 1][0]);
    const expected = counts.slice(1).map(([t, v], i) => [t, (v - counts[i][1]) / ((t - counts[i][0]) / 1000)]);
    expect(rates.map(([t]) => t)).toEqual(expected.map(([t]) => t));
    rates.forEach(([, v], i) => expect(v).toBeCloseTo(expected[i][1], 6));
    // prom-client's process metrics are mapped by the default rules.
    expect((await storedPoints('shop', 'memory-usage')).length).toBeGreaterThan(0);
    expect((await storedPoints('shop', 'cpu-usage')).length).toBeGreaterThan(0);
  }, 150_000);

  it('scrapes the console’s /metrics with the metrics:read token of the README config', async () => {
    await expect.poll(() => promValue(prom.url, 'up{job="objectstack-console"}'), { timeout: 30_000, interval: 1000 }).toBe(1);
    await expect
      .poll(() => promValue(prom.url, 'sum(console_http_requests_total{route="/api/v1/prom/write",status="204"})'), { timeout: 30_000, interval: 1000 })
      .toBeGreaterThan(0);
    expect(await promValue(prom.url, 'console_ingest_points_total{outcome="stored"}')).toBeGreaterThan(0);
  }, 60_000);
});
