// A token restricted to plugins (its pluginIds) writes metrics, health reports and events only
// for those plugins, through the JSON API and through Prometheus remote write: points for any
// other plugin are refused with the field named, and nothing of the other plugin is stored.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDb } from '../../testing/test-db';
import { call, ORIGIN } from '../../testing/http';
import { systemActor } from '../../auth/actor';
import { getDb } from '../../db/client';
import { healthReport, pluginEvent } from '../../db/schema';
import { createPlugin } from '../../plugins/create-plugin';
import { createToken } from '../../tokens/create-token';
import { findSeriesId } from './series-ids';
import { REMOTE_WRITE_HEADERS, writeRequestBody } from '../../telemetry/prometheus/testing/write-request';
import * as metricsRoute from '@/app/api/v1/metrics/route';
import * as eventsRoute from '@/app/api/v1/events/route';
import * as healthRoute from '@/app/api/v1/health/route';
import * as writeRoute from '@/app/api/v1/prom/write/route';

useTestDb();

let own: string;
let any: string;
const now = () => Math.floor(Date.now() / 1000) * 1000 - 60_000;

beforeAll(async () => {
  const db = await getDb();
  for (const id of ['wp-mine', 'wp-other']) await createPlugin(db, systemActor(), { id, name: id });
  const scopes = ['metrics:write', 'events:write', 'health:write'] as const;
  own = (await createToken(db, systemActor(), { name: 'mine only', scopes: [...scopes], pluginIds: ['wp-mine'] })).token;
  any = (await createToken(db, systemActor(), { name: 'fleet agent', scopes: [...scopes] })).token;
});

const point = (pluginId: string, value = 1) => ({ pluginId, metric: 'cpu-usage', timestamp: now(), value });

describe('a token restricted to plugins', () => {
  it('writes metrics for its own plugin, and is refused for another one, naming the point', async () => {
    expect((await call(metricsRoute.POST, { method: 'POST', token: own, body: { points: [point('wp-mine')] } })).status).toBe(200);
    const refused = await call(metricsRoute.POST, { method: 'POST', token: own, body: { points: [point('wp-mine', 2), point('wp-other')] } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues).toEqual([{ path: 'points.1.pluginId', message: 'This token may not write for plugin wp-other: it is restricted to wp-mine' }]);
    // The batch is refused whole: the other plugin has no series at all.
    expect(await findSeriesId(await getDb(), 'wp-other', 'cpu-usage')).toBeUndefined();
    // An unrestricted token writes for any registered plugin.
    expect((await call(metricsRoute.POST, { method: 'POST', token: any, body: { points: [point('wp-other')] } })).status).toBe(200);
  });

  it('sends health reports and events only for its own plugin', async () => {
    const report = (pluginId: string) => ({ pluginId, report: { status: 'unhealthy', timestamp: new Date(now()).toISOString() } });
    const health = await call(healthRoute.POST, { method: 'POST', token: own, body: { reports: [report('wp-other')] } });
    expect(health.status).toBe(400);
    expect(health.body.error.issues[0]).toMatchObject({ path: 'reports.0.pluginId', message: expect.stringMatching(/may not write for plugin wp-other/) });
    const event = (pluginId: string) => ({ pluginId, timestamp: now(), kind: 'deploy', level: 'info', message: 'Deployed 9.9.9' });
    const events = await call(eventsRoute.POST, { method: 'POST', token: own, body: { events: [event('wp-mine'), event('wp-other')] } });
    expect(events.status).toBe(400);
    expect(events.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['events.1.pluginId']);
    const db = await getDb();
    expect(await db.select().from(healthReport).where(eq(healthReport.pluginId, 'wp-other'))).toHaveLength(0);
    expect(await db.select().from(pluginEvent).where(eq(pluginEvent.pluginId, 'wp-other'))).toHaveLength(0);
    expect((await call(healthRoute.POST, { method: 'POST', token: own, body: { reports: [report('wp-mine')] } })).status).toBe(200);
  });

  it('remote-writes only its own plugin\'s series; the others are skipped, not stored', async () => {
    const body = writeRequestBody([
      { labels: { __name__: 'queue_depth', plugin: 'wp-mine' }, samples: [[now(), 3]] },
      { labels: { __name__: 'queue_depth', plugin: 'wp-other' }, samples: [[now(), 4]] },
    ]);
    const headers = new Headers(REMOTE_WRITE_HEADERS);
    headers.set('authorization', `Bearer ${own}`);
    const res = await writeRoute.POST(new Request(`${ORIGIN}/api/v1/prom/write`, { method: 'POST', headers, body: body as BodyInit }), { params: Promise.resolve({}) });
    expect(res.status).toBe(204);
    const db = await getDb();
    expect(await findSeriesId(db, 'wp-mine', 'queue_depth')).toBeDefined();
    expect(await findSeriesId(db, 'wp-other', 'queue_depth')).toBeUndefined();
  });
});
