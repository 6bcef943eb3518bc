// Data that arrives late still becomes an incident (issue 17, item 1): a plugin's history plus
// the last 40 minutes of a bad deploy, uploaded through the API in one batch after another
// plugin's live data was already grouped, opens an incident on the next grouping pass, starting
// at the data's time and marked opened late; further passes change nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '../../testing/test-db';
import { call, userWithRole } from '../../testing/http';
import { getDb } from '../../db/client';
import { anomaly } from '../../db/schema';
import { systemActor } from '../../auth/actor';
import { createPlugin } from '../../plugins/create-plugin';
import { createToken } from '../../tokens/create-token';
import { buildScenario, logBurst, type Scenario } from '../rca/testing/build-scenario';
import { incidentJobs } from './jobs';
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

async function send(s: Scenario) {
  for (let i = 0; i < s.points.length; i += 10_000) expect((await call(metricsRoute.POST, { method: 'POST', token, body: { points: s.points.slice(i, i + 10_000) } })).status).toBe(200);
  const events = [...s.events].sort((a, b) => Number(a.timestamp) - Number(b.timestamp));
  for (let i = 0; i < events.length; i += 5000) expect((await call(eventsRoute.POST, { method: 'POST', token, body: { events: events.slice(i, i + 5000) } })).status).toBe(200);
  for (let i = 0; i < s.health.length; i += 1000) expect((await call(healthRoute.POST, { method: 'POST', token, body: { reports: s.health.slice(i, i + 1000) } })).status).toBe(200);
}

const incidentsOf = async (pluginId: string) =>
  (await call(listRoute.GET, { cookie: viewer, path: `/api/v1/incidents?from=now-2d&plugin=${pluginId}` })).body.incidents as { id: number; startedAt: string; openedLate: boolean; status: string }[];

beforeAll(async () => {
  const db = await getDb();
  for (const id of ['live-one', 'late-one']) await createPlugin(db, systemActor(), { id, name: id });
  token = (await createToken(db, systemActor(), { name: 'agent', scopes: ['metrics:write', 'health:write', 'events:write'] })).token;
  viewer = (await userWithRole('viewer')).cookie;
  // Another plugin's live anomaly, grouped first: the old in-memory watermark moved past it.
  await db.insert(anomaly).values({ pluginId: 'live-one', metric: 'latency', startedAt: new Date(NOW - MIN), endedAt: new Date(NOW - MIN), peakAt: new Date(NOW - MIN), score: 90, peakValue: 9, expected: 1, lower: 0, upper: 2, type: 'spike' });
  await incidentJobs[0].run(db);
}, 60_000);

describe('late data', () => {
  it('opens the incident the batch would have opened live, with its real start, marked opened late', async () => {
    const s = buildScenario('late-one', NOW, 17, {
      metric: (metric, t, v) => (t < DEPLOY + 2 * MIN ? undefined : metric === 'error-rate' ? 0.3 : metric === 'latency' ? v * 9 : metric === 'response-time' ? v * 8 : undefined),
    });
    s.events.push({ pluginId: 'late-one', timestamp: DEPLOY, kind: 'deploy', level: 'info', message: 'Deployed version 3.4.0' });
    s.events.push(...logBurst('late-one', DEPLOY + 2 * MIN, NOW, 6, 'error', (i) => `TypeError: cannot read properties of undefined (reading 'total') in order ${i}`));
    for (const h of s.health) if (Date.parse(h.report.timestamp) >= DEPLOY + 3 * MIN) Object.assign(h.report, { status: 'unhealthy', message: 'checkout failing' });
    await send(s);
    const db = await getDb();
    const detected = (await db.select().from(anomaly)).filter((a) => a.pluginId === 'late-one' && a.startedAt.getTime() >= DEPLOY);
    expect(detected.length).toBeGreaterThanOrEqual(2);

    await incidentJobs[0].run(db);
    const [opened, ...more] = await incidentsOf('late-one');
    expect(more).toEqual([]);
    expect(opened).toMatchObject({ status: 'open', openedLate: true });
    // It starts with the fault in the data, not when the batch came in.
    expect(Date.parse(opened.startedAt)).toBeGreaterThanOrEqual(DEPLOY);
    expect(Date.parse(opened.startedAt)).toBeLessThanOrEqual(DEPLOY + 10 * MIN);

    // Idempotent: passes after it (a restart has nothing to forget) change nothing.
    const again = await groupAnomalies(db);
    expect(again.opened).toEqual([]);
    expect(await incidentsOf('late-one')).toHaveLength(1);
  }, 300_000);

  it('settles every anomaly it read: none is left for the next pass', async () => {
    const db = await getDb();
    const left = (await db.select().from(anomaly)).filter((a) => a.groupedAt === null);
    // Only a cluster still within reach of data to come may wait (the live plugin's last minute).
    expect(left.every((a) => a.startedAt.getTime() >= NOW - 20 * MIN)).toBe(true);
  });
});
