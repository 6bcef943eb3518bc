// Prometheus as the metrics store, against a real Prometheus whose history (three days of a
// plugin's CPU at one-minute steps, with a known spike and an injected fault) was backfilled with
// promtool: the chart reads the spike from it, polling feeds the detector and records the fault
// as an anomaly, a root-cause analysis reads the series per minute, nothing is copied into the
// console, and a store that is down is a stated degraded state from which polling resumes at
// its saved position.
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as documentRoute from '@/app/api/v1/plugins/[pluginId]/[kind]/route';
import * as metricsRoute from '@/app/api/v1/metrics/route';
import * as rcaRoute from '@/app/api/v1/rca/route';
import { RootCauseAnalysisRequestSchema } from '@/schemas';
import { loadEvidence } from '../aiops/rca/load-evidence';
import { systemActor } from '../auth/actor';
import { saveDocument } from '../config-store/save-document';
import { getDb } from '../db/client';
import { anomaly, metricPoint, metricSeries, prometheusPoll } from '../db/schema';
import { LOOPBACK_ALLOW } from '../egress/testing/allow-loopback';
import { resetEnvForTests } from '../env';
import { createPlugin } from '../plugins/create-plugin';
import { call, userWithRole } from '../testing/http';
import { needsPrometheus, startPrometheus, type BackfillSeries, type PrometheusServer } from '../testing/prometheus-server';
import { useTestDb } from '../testing/test-db';
import { getPollPosition } from './poll-position';
import { pollPrometheus } from './poll-prometheus';
import { pollEnd } from './poll-series';
import { prometheusConfig } from './prometheus-config';

const [title, skip] = needsPrometheus('Prometheus as the metrics store (real prometheus, history backfilled with promtool)');

useTestDb();

const STEP = 60_000;
const DAY = 24 * 3600_000;
/** The backfilled history ends ten minutes ago, on a minute. */
const end = Math.floor((Date.now() - 10 * 60_000) / STEP) * STEP;
const first = end - 3 * DAY;
const spikeAt = end - 2 * DAY;
const faultAt = end - 60 * STEP;
const noise = (i: number) => Math.sin(i * 12.9898) * 43758.5453 - Math.floor(Math.sin(i * 12.9898) * 43758.5453) - 0.5;

function cpu(plugin: string): BackfillSeries {
  const n = (end - first) / STEP + 1;
  return {
    name: 'plugin_cpu_percent',
    labels: { plugin },
    samples: Array.from({ length: n }, (_, i) => {
      const t = first + i * STEP;
      return [t, t === spikeAt || t === faultAt ? 400 : 40 + 2 * noise(i)] as const;
    }),
  };
}

const PLUGINS = ['chart', 'poll', 'outage', 'refused'];
const expr = (plugin: string) => `plugin_cpu_percent{plugin="${plugin}"}`;

async function readFromPrometheus(plugin: string, expression: string) {
  await saveDocument(await getDb(), systemActor(), 'metrics-source', plugin, { baseVersion: 0, body: { source: 'prometheus', step: 60, expressions: { 'cpu-usage': expression } } });
}

function setEnv(vars: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvForTests();
}

describe.skipIf(skip)(title, () => {
  let prom: PrometheusServer;
  let operator: string;

  beforeAll(async () => {
    prom = await startPrometheus({ backfill: PLUGINS.map(cpu) });
    setEnv({ CONSOLE_PROMETHEUS_URL: prom.url, CONSOLE_EGRESS_ALLOW: LOOPBACK_ALLOW });
    const db = await getDb();
    for (const id of [...PLUGINS, 'several']) await createPlugin(db, systemActor(), { id, name: id });
    // The polling tests name their own plugins' source, so no other test's poll reads them first.
    for (const id of ['chart', 'refused']) await readFromPrometheus(id, expr(id));
    await readFromPrometheus('several', 'plugin_cpu_percent');
    operator = (await userWithRole('operator')).cookie;
  }, 180_000);
  afterAll(async () => {
    setEnv({ CONSOLE_PROMETHEUS_URL: undefined, CONSOLE_EGRESS_ALLOW: undefined });
    await prom?.stop();
  });

  const chart = (plugin: string, width = 200) =>
    call(metricsRoute.GET, { cookie: operator, path: `/api/v1/metrics?plugin=${plugin}&metric=cpu-usage&from=${first}&to=${end + STEP}&width=${width}` });

  it('draws three days from Prometheus in at most `width` buckets, keeping the spike, and copies nothing', async () => {
    const res = await chart('chart');
    expect(res.status).toBe(200);
    expect(res.body.source).toBe('prometheus');
    expect(res.body.degraded).toBeUndefined();
    const buckets = res.body.buckets as { t: number; min: number; max: number; mean: number; count: number }[];
    expect(buckets.length).toBeGreaterThan(150);
    expect(buckets.length).toBeLessThanOrEqual(200);
    const peak = buckets.find((b) => b.max === 400 && b.t <= spikeAt && spikeAt < b.t + res.body.bucketMs);
    expect(peak).toBeDefined();
    // Each bucket is exact over its raw samples: the spike raises the max, not the min.
    expect(peak!.min).toBeLessThan(42);
    expect(buckets.reduce((s, b) => s + b.count, 0)).toBe((end - first) / STEP + 1);
    const db = await getDb();
    const [copied] = await db.select({ n: count() }).from(metricPoint);
    expect(copied.n).toBe(0);
    expect(await db.select().from(metricSeries)).toEqual([]);
  });

  it('polls from the saved position, feeds the detector, records the injected fault once, and moves on', async () => {
    const db = await getDb();
    await readFromPrometheus('poll', expr('poll'));
    await db.insert(prometheusPoll).values({ pluginId: 'poll', metric: 'cpu-usage', lastTs: new Date(faultAt - 60 * STEP) });
    const now = Date.now();
    const run = await pollPrometheus(db, now);
    expect(run.unreachable).toBeUndefined();
    expect(run.points).toBeGreaterThanOrEqual(60);
    const found = await db.select().from(anomaly).where(and(eq(anomaly.pluginId, 'poll'), eq(anomaly.metric, 'cpu-usage')));
    const fault = found.find((a) => a.startedAt.getTime() <= faultAt && faultAt <= a.endedAt.getTime());
    expect(fault).toMatchObject({ peakValue: 400, type: 'spike' });
    expect(fault!.score).toBeGreaterThanOrEqual(80);
    expect((await getPollPosition(db, 'poll', 'cpu-usage'))!.lastTs.getTime()).toBe(pollEnd(now, STEP));
    // Polled again: nothing new to read, nothing recorded twice.
    await pollPrometheus(db, now);
    expect(await db.select().from(anomaly).where(eq(anomaly.pluginId, 'poll'))).toHaveLength(found.length);
  });

  it('says "Prometheus unreachable" when the store is down (no 500), keeps its position, and resumes after recovery', async () => {
    const db = await getDb();
    const position = faultAt - 30 * STEP;
    await readFromPrometheus('outage', expr('outage'));
    await db.insert(prometheusPoll).values({ pluginId: 'outage', metric: 'cpu-usage', lastTs: new Date(position) });
    await prom.halt();
    const now = Date.now();
    try {
      const res = await chart('outage');
      expect(res.status).toBe(200);
      expect(res.body.buckets).toEqual([]);
      expect(res.body.degraded).toMatch(/^Prometheus unreachable: .*ECONNREFUSED/);
      const down = await pollPrometheus(db, now);
      expect(down.unreachable).toMatch(/^Prometheus unreachable: /);
      const saved = (await getPollPosition(db, 'outage', 'cpu-usage'))!;
      expect(saved.lastTs.getTime()).toBe(position);
      expect(saved.lastError).toMatch(/^Prometheus unreachable: /);
      expect(saved.retryAt!.getTime()).toBeGreaterThan(now);
      // The job holds back while the store is failing.
      expect(await pollPrometheus(db, now + 1000)).toMatchObject({ series: 0, points: 0 });
    } finally {
      await prom.restart();
    }
    const later = now + 10 * 60_000;
    const up = await pollPrometheus(db, later);
    expect(up.unreachable).toBeUndefined();
    const recovered = (await getPollPosition(db, 'outage', 'cpu-usage'))!;
    expect(recovered).toMatchObject({ failures: 0, lastError: null });
    expect(recovered.lastTs.getTime()).toBe(pollEnd(later, STEP));
    const found = await db.select().from(anomaly).where(eq(anomaly.pluginId, 'outage'));
    expect(found.filter((a) => a.startedAt.getTime() <= faultAt && faultAt <= a.endedAt.getTime())).toHaveLength(1);
    const res = await chart('outage');
    expect(res.body.detectionError).toBeUndefined();
  });

  it('gives a root-cause analysis the series per minute from Prometheus, the fault at its minute, the day before included', async () => {
    const request = RootCauseAnalysisRequestSchema.parse({
      incidentId: 'manual-chart',
      pluginId: 'chart',
      symptoms: [{ type: 'cpu-usage spike', description: 'cpu', severity: 'high', timestamp: new Date(faultAt).toISOString() }],
      timeRange: { start: new Date(faultAt - 30 * STEP).toISOString(), end: new Date(faultAt + 30 * STEP).toISOString() },
    });
    const data = await loadEvidence(await getDb(), request);
    expect(data.unavailableMetrics).toBeUndefined();
    const cpu = data.metrics.get('cpu-usage')!;
    // From 26 hours before the start to its end, one mean a minute, on the minute.
    expect(cpu.t[0]).toBe(faultAt - 30 * STEP - 26 * 60 * STEP);
    expect(cpu.t.length).toBe(26 * 60 + 61);
    expect(cpu.t.every((t, i) => i === 0 || t - cpu.t[i - 1] === STEP)).toBe(true);
    expect(cpu.v[cpu.t.indexOf(faultAt)]).toBe(400);
    expect(cpu.v[cpu.t.indexOf(faultAt - STEP)]).toBeLessThan(42);
  });

  it('analyses without a metric the store refuses, and says which and why', async () => {
    const body = {
      incidentId: 'manual-several',
      pluginId: 'several',
      symptoms: [{ type: 'cpu-usage spike', description: 'cpu', severity: 'high', timestamp: new Date(faultAt).toISOString() }],
      timeRange: { start: new Date(faultAt - 30 * STEP).toISOString(), end: new Date(faultAt + 30 * STEP).toISOString() },
    };
    const res = await call(rcaRoute.POST, { method: 'POST', cookie: operator, body });
    expect(res.status).toBe(201);
    expect(res.body.analysis.status).toBe('done');
    expect(res.body.analysis.extras.unavailableMetrics).toEqual([`cpu-usage: PromQL error in expressions.cpu-usage: returns ${PLUGINS.length} series; a chart and its detector need one (aggregate it, e.g. max(…) or sum(…))`]);
  });

  it('refuses to save an expression Prometheus cannot parse, naming the field; the step at its bounds', async () => {
    const put = (body: unknown, baseVersion = 1) => call(documentRoute.PUT, { method: 'PUT', cookie: operator, params: { pluginId: 'refused', kind: 'metrics-source' }, body: { baseVersion, body } });
    const bad = await put({ source: 'prometheus', expressions: { 'cpu-usage': expr('refused'), latency: 'rate(http_seconds_sum[5m]' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues).toEqual([{ path: 'expressions.latency', message: expect.stringMatching(/^Prometheus cannot parse it: .*unclosed left parenthesis/) }]);
    expect((await put({ source: 'prometheus', step: 3601, expressions: { 'cpu-usage': expr('refused') } })).body.error.issues).toEqual([
      { path: 'step', message: 'Step must be at most 3600 seconds' },
    ]);
    expect((await put({ source: 'prometheus', step: 3600, expressions: { 'cpu-usage': expr('refused') } })).status).toBe(200);
    expect((await put({ source: 'prometheus', expressions: {} }, 2)).body.error.issues).toEqual([{ path: 'expressions', message: expect.stringMatching(/at least one metric/) }]);
  });

  it('names an expression that returns several series instead of drawing one of them', async () => {
    const res = await chart('several');
    expect(res.status).toBe(200);
    expect(res.body.degraded).toBe(`PromQL error in expressions.cpu-usage: returns ${PLUGINS.length} series; a chart and its detector need one (aggregate it, e.g. max(…) or sum(…))`);
  });

  it('reaches a loopback Prometheus only when CONSOLE_EGRESS_ALLOW allows it', async () => {
    // By name: a connection the other tests left open to 127.0.0.1 was checked when it opened.
    setEnv({ CONSOLE_EGRESS_ALLOW: undefined, CONSOLE_PROMETHEUS_URL: `http://localhost:${prom.port}` });
    try {
      const res = await chart('chart');
      expect(res.status).toBe(200);
      expect(res.body.degraded).toMatch(/^Prometheus unreachable: localhost is blocked by the egress policy/);
    } finally {
      setEnv({ CONSOLE_EGRESS_ALLOW: LOOPBACK_ALLOW, CONSOLE_PROMETHEUS_URL: prom.url });
    }
    expect(prometheusConfig()?.url).toBe(prom.url);
  });
});
