// The same bad deploy delivered twice through the API (issue 17, "backfilled and out-of-order
// data produce the incidents they would have produced live"): to one plugin live, five minutes
// at a time with a grouping pass after each, to its twin as one late batch after a network cut.
// Both open one incident starting at the same minute; only the late one is marked opened late.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '../../testing/test-db';
import { call, userWithRole } from '../../testing/http';
import { getDb } from '../../db/client';
import { systemActor } from '../../auth/actor';
import { createPlugin } from '../../plugins/create-plugin';
import { createToken } from '../../tokens/create-token';
import { buildScenario, logBurst, type Scenario } from '../rca/testing/build-scenario';
import { groupAnomalies } from './group-anomalies';
import * as metricsRoute from '@/app/api/v1/metrics/route';
import * as eventsRoute from '@/app/api/v1/events/route';
import * as healthRoute from '@/app/api/v1/health/route';
import * as listRoute from '@/app/api/v1/incidents/route';

useTestDb();

const MIN = 60_000;
const NOW = Math.floor(Date.now() / MIN) * MIN;
const DEPLOY = NOW - 40 * MIN;
let token: string;
let viewer: string;

function deploy(pluginId: string): Scenario {
  const s = buildScenario(pluginId, NOW, 31, {
    metric: (metric, t, v) => (t < DEPLOY + 2 * MIN ? undefined : metric === 'error-rate' ? 0.3 : metric === 'latency' ? v * 9 : metric === 'response-time' ? v * 8 : undefined),
  });
  s.events.push({ pluginId, timestamp: DEPLOY, kind: 'deploy', level: 'info', message: 'Deployed version 3.4.0' });
  s.events.push(...logBurst(pluginId, DEPLOY + 2 * MIN, NOW, 6, 'error', (i) => `TypeError: cannot read properties of undefined (reading 'total') in order ${i}`));
  for (const h of s.health) if (Date.parse(h.report.timestamp) >= DEPLOY + 3 * MIN) Object.assign(h.report, { status: 'unhealthy', message: 'checkout failing' });
  return s;
}

/** Sends the part of a scenario in [from, to). */
async function send(s: Scenario, from: number, to: number) {
  const inRange = (t: number | string) => Number(typeof t === 'string' ? Date.parse(t) : t) >= from && Number(typeof t === 'string' ? Date.parse(t) : t) < to;
  const points = s.points.filter((p) => inRange(p.timestamp));
  for (let i = 0; i < points.length; i += 10_000) expect((await call(metricsRoute.POST, { method: 'POST', token, body: { points: points.slice(i, i + 10_000) } })).status).toBe(200);
  const events = s.events.filter((e) => inRange(e.timestamp as number)).sort((a, b) => Number(a.timestamp) - Number(b.timestamp));
  for (let i = 0; i < events.length; i += 5000) expect((await call(eventsRoute.POST, { method: 'POST', token, body: { events: events.slice(i, i + 5000) } })).status).toBe(200);
  const health = s.health.filter((h) => inRange(h.report.timestamp));
  for (let i = 0; i < health.length; i += 1000) expect((await call(healthRoute.POST, { method: 'POST', token, body: { reports: health.slice(i, i + 1000) } })).status).toBe(200);
}

const incidentsOf = async (pluginId: string) =>
  (await call(listRoute.GET, { cookie: viewer, path: `/api/v1/incidents?from=now-2d&plugin=${pluginId}` })).body.incidents as { startedAt: string; openedLate: boolean; createdAt: string }[];

beforeAll(async () => {
  const db = await getDb();
  for (const id of ['deploy-live', 'deploy-late']) await createPlugin(db, systemActor(), { id, name: id });
  token = (await createToken(db, systemActor(), { name: 'agent', scopes: ['metrics:write', 'health:write', 'events:write'] })).token;
  viewer = (await userWithRole('viewer')).cookie;
});

describe('live and late delivery of the same fault', () => {
  it('opens the same incident either way; only the late one is marked opened late', async () => {
    const db = await getDb();
    const live = deploy('deploy-live');
    const FIRST = live.from;
    // Live: the history, then five minutes at a time, each followed by a pass at that time.
    await send(live, FIRST, DEPLOY);
    await groupAnomalies(db, { now: DEPLOY });
    let openedAt: number | null = null;
    for (let t = DEPLOY; t <= NOW; t += 5 * MIN) {
      await send(live, t, t + 5 * MIN);
      const pass = await groupAnomalies(db, { now: Math.min(NOW, t + 5 * MIN) });
      if (pass.opened.length && openedAt === null) openedAt = t + 5 * MIN;
    }
    // Late: everything at once, one pass.
    const late = deploy('deploy-late');
    await send(late, late.from, NOW + MIN);
    await groupAnomalies(db, { now: NOW + MIN });

    const [a, ...moreLive] = await incidentsOf('deploy-live');
    const [b, ...moreLate] = await incidentsOf('deploy-late');
    expect([moreLive, moreLate]).toEqual([[], []]);
    expect(openedAt).not.toBeNull();
    // Live, it opened within ten minutes of the deploy's data arriving.
    expect(openedAt! - DEPLOY).toBeLessThanOrEqual(10 * MIN);
    expect(a.openedLate).toBe(false);
    expect(b.openedLate).toBe(true);
    expect(Math.abs(Date.parse(a.startedAt) - Date.parse(b.startedAt))).toBeLessThanOrEqual(MIN);
  }, 600_000);
});
