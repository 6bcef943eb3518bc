// GET /api/v1/metrics/stack: every protocol metric of a plugin in one answer, each exactly as
// GET /api/v1/metrics answers for it; and the errors a careless or hostile client meets.
import { beforeAll, describe, expect, it } from 'vitest';
import { AIOpsMetricSchema } from '@/schemas';
import { useTestDb } from '../../testing/test-db';
import { call, userWithRole } from '../../testing/http';
import { systemActor } from '../../auth/actor';
import { createPlugin } from '../../plugins/create-plugin';
import { createToken } from '../../tokens/create-token';
import * as metricsRoute from '@/app/api/v1/metrics/route';
import * as stackRoute from '@/app/api/v1/metrics/stack/route';

const { handle } = useTestDb();
const start = Math.floor((Date.now() - 3 * 3600_000) / 60_000) * 60_000;

describe('the metric stack', () => {
  let viewer: string;

  beforeAll(async () => {
    const db = handle().db;
    await createPlugin(db, systemActor(), { id: 'stacked', name: 'Stacked' });
    const token = (await createToken(db, systemActor(), { name: 'agent', scopes: ['metrics:write'] })).token;
    const points = ['latency', 'error-rate'].flatMap((metric) =>
      Array.from({ length: 180 }, (_, i) => ({ pluginId: 'stacked', metric, timestamp: start + i * 60_000, value: 10 + (i % 7) })),
    );
    const res = await call(metricsRoute.POST, { method: 'POST', token, body: { points } });
    expect(res.status).toBe(200);
    viewer = (await userWithRole('viewer')).cookie;
  });

  const get = (query: string) => call(stackRoute.GET, { cookie: viewer, path: `/api/v1/metrics/stack?${query}` });

  it('answers every protocol metric in order, each as the one-metric route answers it', async () => {
    const res = await get('plugin=stacked&from=now-4h&to=now&width=60');
    expect(res.status).toBe(200);
    expect(res.body.pluginId).toBe('stacked');
    expect(res.body.series.map((s: { metric: string }) => s.metric)).toEqual(AIOpsMetricSchema.options);
    const latency = res.body.series.find((s: { metric: string }) => s.metric === 'latency');
    expect(latency.buckets.length).toBeGreaterThan(0);
    expect(latency.buckets.length).toBeLessThanOrEqual(60);
    expect(res.body.series.find((s: { metric: string }) => s.metric === 'cpu-usage').buckets).toEqual([]);
    // The same range as absolute times, so both routes read exactly the same buckets.
    const [from, to] = [new Date(latency.from).toISOString(), new Date(latency.to).toISOString()];
    const stack = await get(`plugin=stacked&from=${from}&to=${to}&width=60`);
    const one = await call(metricsRoute.GET, { cookie: viewer, path: `/api/v1/metrics?plugin=stacked&metric=latency&from=${from}&to=${to}&width=60` });
    expect(stack.body.series.find((s: { metric: string }) => s.metric === 'latency')).toEqual(one.body);
  });

  it('names the field of a bad query, and 404s a plugin that does not exist', async () => {
    const narrow = await get('plugin=stacked&width=9');
    expect(narrow.status).toBe(400);
    expect(narrow.body.error.issues[0]).toMatchObject({ path: 'width', message: 'width must be at least 10 pixels' });
    expect((await get('plugin=stacked&width=4001')).body.error.issues[0].path).toBe('width');
    expect((await get('plugin=stacked&from=now&to=now-1h')).body.error.issues[0].path).toBe('from');
    expect((await get('from=now-1h')).body.error.issues[0].path).toBe('plugin');
    for (const plugin of ['%00', '..%2F..%2Fetc', '%F0%28%8C%BC', 'a'.repeat(5000)]) {
      const res = await get(`plugin=${plugin}`);
      expect(res.status).toBe(400);
      expect(res.body.error.issues[0].path).toBe('plugin');
    }
    const ghost = await get('plugin=ghost');
    expect(ghost.status).toBe(404);
  });

  it('is for signed-in users only', async () => {
    expect((await call(stackRoute.GET, { path: '/api/v1/metrics/stack?plugin=stacked' })).status).toBe(401);
  });
});
