import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useTestDb } from '../../testing/test-db';
import { call, userWithRole } from '../../testing/http';
import { systemActor } from '../../auth/actor';
import { getDb } from '../../db/client';
import { anomaly, metricPoint, metricRollup, pluginEvent } from '../../db/schema';
import { findSeriesId } from './series-ids';
import { createPlugin } from '../../plugins/create-plugin';
import { createToken } from '../../tokens/create-token';
import { saveDocument } from '../../config-store/save-document';
import { clearDetectorCache } from '../detect/detector-cache';
import { querySeries } from '../query/query-series';
import * as metricsRoute from '@/app/api/v1/metrics/route';
import * as eventsRoute from '@/app/api/v1/events/route';
import * as healthRoute from '@/app/api/v1/health/route';

useTestDb();

const STEP = 10_000;
// Minute-aligned, so roll-up bucket counts are exact.
const start = Math.floor((Date.now() - 6 * 3600_000) / 60_000) * 60_000;

function series(pluginId: string, metric: string, n: number, value: (i: number) => number) {
  return Array.from({ length: n }, (_, i) => ({ pluginId, metric, timestamp: start + i * STEP, value: value(i) }));
}
// Deterministic noise so tests are repeatable.
const noise = (i: number) => Math.sin(i * 12.9898) * 43758.5453 - Math.floor(Math.sin(i * 12.9898) * 43758.5453) - 0.5;

describe('metric ingest', () => {
  let token: string;
  let readOnly: string;
  let operator: string;

  beforeAll(async () => {
    const db = await getDb();
    for (const id of ['api', 'worker', 'resume-a', 'resume-b']) await createPlugin(db, systemActor(), { id, name: id });
    token = (await createToken(db, systemActor(), { name: 'agent', scopes: ['metrics:write', 'events:write', 'health:write'] })).token;
    readOnly = (await createToken(db, systemActor(), { name: 'reader', scopes: ['read'] })).token;
    operator = (await userWithRole('operator')).cookie;
  });

  const post = (body: unknown, t = token) => call(metricsRoute.POST, { method: 'POST', token: t, body });

  it('rejects a batch with bad points whole, naming the index and field of each', async () => {
    const res = await post({
      points: [
        { pluginId: 'api', metric: 'cpu-usage', timestamp: start, value: 1 },
        { pluginId: 'api', metric: 'cpu usage', timestamp: start, value: 1 },
        { pluginId: 'api', metric: 'cpu-usage', timestamp: 'yesterday', value: 1 },
        { pluginId: 'api', metric: 'cpu-usage', timestamp: start, value: 'high' },
        { pluginId: 'ghost', metric: 'cpu-usage', timestamp: start, value: 1 },
      ],
    });
    expect(res.status).toBe(400);
    const paths = res.body.error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['points.1.metric', 'points.2.timestamp', 'points.3.value']));
    const stored = await findSeriesId(await getDb(), 'api', 'cpu-usage');
    expect(stored).toBeUndefined();
    // Unknown plugins and clock skew are checked once the shapes are right.
    const second = await post({ points: [{ pluginId: 'ghost', metric: 'cpu-usage', timestamp: start, value: 1 }, { pluginId: 'api', metric: 'cpu-usage', timestamp: Date.now() + 3600_000, value: 1 }] });
    expect(second.status).toBe(400);
    expect(second.body.error.issues).toEqual([
      { path: 'points.0.pluginId', message: 'Plugin ghost is not registered' },
      { path: 'points.1.timestamp', message: expect.stringMatching(/future/) },
    ]);
  });

  it('limits the batch size and the body size, and needs the metrics:write scope', async () => {
    const big = series('api', 'cpu-usage', 10_001, () => 1);
    const res = await post({ points: big });
    expect([400, 413]).toContain(res.status);
    expect((await post({ points: series('api', 'cpu-usage', 1, () => 1) }, readOnly)).status).toBe(403);
    const viaSession = await call(metricsRoute.POST, { method: 'POST', cookie: operator, body: { points: series('api', 'x-custom', 1, () => 1) } });
    expect(viaSession.status).toBe(200);
  });

  it('stores points idempotently and keeps roll-ups exact', async () => {
    const points = series('api', 'latency', 360, (i) => 100 + (i % 60));
    const first = await post({ points });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ received: 360, stored: 360, duplicates: 0 });
    const again = await post({ points });
    expect(again.body).toMatchObject({ stored: 0, duplicates: 360 });
    const db = await getDb();
    const latency = (await findSeriesId(db, 'api', 'latency'))!;
    const minute = await db
      .select()
      .from(metricRollup)
      .where(and(eq(metricRollup.seriesId, latency), eq(metricRollup.resolution, 60)));
    expect(minute).toHaveLength(60);
    expect(minute.reduce((s, r) => s + r.count, 0)).toBe(360);
    const first6 = minute.sort((a, b) => a.bucket.getTime() - b.bucket.getTime())[0];
    expect(first6).toMatchObject({ min: 100, max: 105, count: 6 });
    expect(first6.sum / first6.count).toBeCloseTo(102.5);
    const hour = await db.select().from(metricRollup).where(and(eq(metricRollup.seriesId, latency), eq(metricRollup.resolution, 3600)));
    expect(hour.reduce((s, r) => s + r.count, 0)).toBe(360);
  });

  it('scores watched metrics, records an anomaly with its type, and keeps the spike when downsampled', async () => {
    const points = series('worker', 'cpu-usage', 1500, (i) => (i === 1200 ? 400 : 40 + 2 * noise(i)));
    await post({ points });
    const db = await getDb();
    const found = await db.select().from(anomaly).where(eq(anomaly.pluginId, 'worker'));
    const spike = found.find((a) => a.startedAt.getTime() <= start + 1200 * STEP && a.endedAt.getTime() >= start + 1200 * STEP);
    expect(spike).toBeDefined();
    expect(spike!.type).toBe('spike');
    expect(spike!.score).toBeGreaterThanOrEqual(80);
    expect(spike!.peakValue).toBe(400);
    const scored = await db.select().from(metricPoint).where(eq(metricPoint.seriesId, (await findSeriesId(db, 'worker', 'cpu-usage'))!));
    expect(scored.every((p) => p.score !== null && p.score >= 0 && p.score <= 1)).toBe(true);
    const down = await querySeries(db, 'worker', 'cpu-usage', start, start + 1500 * STEP, 50);
    expect(down.buckets.length).toBeLessThanOrEqual(50);
    expect(Math.max(...down.buckets.map((b) => b.max))).toBe(400);
    expect(Math.min(...down.buckets.map((b) => b.min))).toBeLessThan(39.5);
  });

  it('resumes a detector after a restart with the scores an uninterrupted one gives', async () => {
    const values = (i: number) => 50 + 10 * Math.sin(i / 30) + 3 * noise(i) + (i > 700 ? 25 : 0);
    await post({ points: series('resume-a', 'throughput', 1000, values) });
    const b = series('resume-b', 'throughput', 1000, values);
    await post({ points: b.slice(0, 400) });
    clearDetectorCache(await getDb()); // a new process: nothing in memory
    await post({ points: b.slice(400) });
    const db = await getDb();
    const scoresOf = async (id: string) =>
      (await db.select().from(metricPoint).where(eq(metricPoint.seriesId, (await findSeriesId(db, id, 'throughput'))!))).sort((x, y) => x.ts.getTime() - y.ts.getTime()).map((p) => p.score);
    expect(await scoresOf('resume-b')).toEqual(await scoresOf('resume-a'));
  });

  it('stores events and health reports, and turns console config saves into events', async () => {
    const ev = await call(eventsRoute.POST, {
      method: 'POST',
      token,
      body: { events: [{ pluginId: 'api', timestamp: new Date().toISOString(), kind: 'deploy', level: 'info', message: 'Deployed 1.4.2' }] },
    });
    expect(ev.status).toBe(200);
    // Epoch 1 (1970) is before the accepted range (2000..2100), so it is named too.
    const badEv = await call(eventsRoute.POST, { method: 'POST', token, body: { events: [{ pluginId: 'api', timestamp: 1, level: 'loud', message: '' }] } });
    expect(badEv.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['events.0.level', 'events.0.message', 'events.0.timestamp']);
    const health = await call(healthRoute.POST, {
      method: 'POST',
      token,
      body: { reports: [{ pluginId: 'api', report: { status: 'degraded', timestamp: new Date().toISOString(), dependencies: [{ pluginId: 'db', status: 'unhealthy' }] } }] },
    });
    expect(health.status).toBe(200);
    const fleet = await call(healthRoute.GET, { token: readOnly });
    expect(fleet.body.plugins.find((p: { pluginId: string }) => p.pluginId === 'api')).toMatchObject({ status: 'degraded', unhealthyDependencies: ['db'] });

    const db = await getDb();
    await saveDocument(db, systemActor(), 'sandbox', 'api', { baseVersion: 0, body: { level: 'strict' }, comment: 'lock down' });
    const events = await db.select().from(pluginEvent).where(and(eq(pluginEvent.pluginId, 'api'), eq(pluginEvent.kind, 'config-change')));
    expect(events).toHaveLength(1);
    expect(events[0].data).toMatchObject({ documentKind: 'sandbox', version: 1, paths: ['level'] });
  });

  it('answers chart queries with at most width buckets and 400 for a bad range', async () => {
    const res = await call(metricsRoute.GET, { cookie: operator, path: `/api/v1/metrics?plugin=api&metric=latency&from=now-7h&to=now&width=20` });
    expect(res.status).toBe(200);
    expect(res.body.buckets.length).toBeLessThanOrEqual(20);
    const bad = await call(metricsRoute.GET, { cookie: operator, path: `/api/v1/metrics?plugin=api&metric=latency&from=now&to=now-1h` });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('from');
  });
});
