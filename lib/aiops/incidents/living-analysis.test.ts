// Living analysis (issue 17, item 4): an open incident is re-analysed when new evidence arrives
// (here its database dependency turns from degraded to unhealthy), at most every REFRESH_MS, and
// the incident keeps the history of its analyses, each saying what changed since the previous.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDb } from '../../testing/test-db';
import { call, userWithRole } from '../../testing/http';
import { getDb } from '../../db/client';
import { anomaly, rcaAnalysis } from '../../db/schema';
import { systemActor } from '../../auth/actor';
import { createPlugin } from '../../plugins/create-plugin';
import { createToken } from '../../tokens/create-token';
import { incidentJobs, runIncidentPass } from './jobs';
import { EARLY_MS, LIVING_ANALYSIS_BY, REFRESH_MS, SURE, refreshAnalyses } from './refresh-analyses';
import * as healthRoute from '@/app/api/v1/health/route';
import * as metricsRoute from '@/app/api/v1/metrics/route';
import * as docRoute from '@/app/api/v1/plugins/[pluginId]/[kind]/route';
import * as oneRoute from '@/app/api/v1/incidents/[incidentId]/route';

useTestDb();

const MIN = 60_000;
const NOW = Math.floor(Date.now() / MIN) * MIN;
let token: string;
let viewer: string;
let incidentId: number;

const report = (ts: number, status: string, dep: string) => ({
  pluginId: 'orders-api',
  report: { status, timestamp: new Date(ts).toISOString(), message: `orders-db ${dep}`, dependencies: [{ pluginId: 'orders-db', status: dep, message: dep === 'healthy' ? undefined : 'connect ETIMEDOUT 10.0.4.7:5432' }] },
});

beforeAll(async () => {
  const db = await getDb();
  await createPlugin(db, systemActor(), { id: 'orders-api', name: 'orders-api' });
  token = (await createToken(db, systemActor(), { name: 'agent', scopes: ['metrics:write', 'health:write'] })).token;
  const operator = (await userWithRole('operator')).cookie;
  viewer = (await userWithRole('viewer')).cookie;
  const saved = await call(docRoute.PUT, { method: 'PUT', cookie: operator, params: { pluginId: 'orders-api', kind: 'aiops' }, body: { baseVersion: 0, body: { agentId: 'orders-agent', pluginId: 'orders-api', incidentResponse: { autoRCA: true } } } });
  expect(saved.status).toBe(200);
  // Older than EARLY_MS, so only new evidence re-analyses it (not an early, unsure analysis).
  const reports = Array.from({ length: 61 }, (_, i) => NOW - (60 - i) * MIN).map((t) => (t < NOW - 40 * MIN ? report(t, 'healthy', 'healthy') : report(t, 'degraded', 'degraded')));
  expect((await call(healthRoute.POST, { method: 'POST', token, body: { reports } })).status).toBe(200);
  const points = Array.from({ length: 61 }, (_, i) => ({ pluginId: 'orders-api', metric: 'throughput', timestamp: NOW - (60 - i) * MIN, value: 100 }));
  expect((await call(metricsRoute.POST, { method: 'POST', token, body: { points } })).status).toBe(200);
  for (const [metric, m] of [['error-rate', 38], ['latency', 37]] as const)
    await db.insert(anomaly).values({ pluginId: 'orders-api', metric, startedAt: new Date(NOW - m * MIN), endedAt: new Date(NOW - m * MIN + 30_000), peakAt: new Date(NOW - m * MIN), score: 90, peakValue: 9, expected: 1, lower: 0, upper: 2, type: 'level-shift' });
  await incidentJobs[0].run(db);
  const [row] = await db.select({ incidentId: anomaly.incidentId }).from(anomaly);
  incidentId = row.incidentId!;
});

describe('living analysis', () => {
  it('re-analyses an open incident on new evidence, not before REFRESH_MS, and keeps the history', async () => {
    const db = await getDb();
    const first = await db.select().from(rcaAnalysis);
    expect(first.map((a) => a.createdBy)).toEqual(['console: autoRCA']);
    // An analysis is as of the data time it analysed (its result's timestamp), not when it was stored.
    const last = Date.parse((first[0].result as { timestamp: string }).timestamp);

    // Nothing new yet: no re-analysis however long it has been.
    expect(await refreshAnalyses(db, { now: last + 2 * REFRESH_MS })).toEqual([]);

    // The dependency turns unhealthy: new evidence.
    // After what the analysis saw (its time is the clock's, which may be a minute past NOW by now).
    const worse = [report(last + MIN, 'unhealthy', 'unhealthy'), report(last + 2 * MIN, 'unhealthy', 'unhealthy')];
    expect((await call(healthRoute.POST, { method: 'POST', token, body: { reports: worse } })).status).toBe(200);
    expect(await refreshAnalyses(db, { now: last + REFRESH_MS - 1 })).toEqual([]);
    const again = await refreshAnalyses(db, { now: last + REFRESH_MS });
    expect(again.map((a) => [a.incidentId, a.status, a.createdBy])).toEqual([[incidentId, 'done', LIVING_ANALYSIS_BY]]);

    const page = await call(oneRoute.GET, { cookie: viewer, params: { incidentId: String(incidentId) } });
    const analyses = page.body.analyses as { createdBy: string; sincePrevious?: string | null }[];
    expect(analyses.map((a) => a.createdBy)).toEqual([LIVING_ANALYSIS_BY, 'console: autoRCA']);
    expect(analyses[0].sincePrevious).toEqual(expect.any(String));
    expect(analyses[1].sincePrevious).toBeUndefined();
  });
});

describe('living analysis in data time', () => {
  // A replay or late data: the incident is hours old on the server's clock; passes run at the data's time.
  const T = NOW - 3 * 60 * MIN;
  async function incidentAt(pluginId: string, firstAnomaly: number) {
    const db = await getDb();
    await createPlugin(db, systemActor(), { id: pluginId, name: pluginId });
    const operator = (await userWithRole('operator')).cookie;
    const body = { agentId: `${pluginId}-agent`, pluginId, incidentResponse: { autoRCA: true } };
    expect((await call(docRoute.PUT, { method: 'PUT', cookie: operator, params: { pluginId, kind: 'aiops' }, body: { baseVersion: 0, body } })).status).toBe(200);
    const reports = Array.from({ length: 61 }, (_, i) => T - (60 - i) * MIN).map((ts) => ({ pluginId, report: { status: ts < firstAnomaly - 2 * MIN ? 'healthy' : 'degraded', timestamp: new Date(ts).toISOString() } }));
    expect((await call(healthRoute.POST, { method: 'POST', token, body: { reports } })).status).toBe(200);
    for (const [metric, lag] of [['error-rate', 0], ['latency', MIN]] as const) {
      const at = firstAnomaly + lag;
      await db.insert(anomaly).values({ pluginId, metric, startedAt: new Date(at), endedAt: new Date(at + 30_000), peakAt: new Date(at), score: 90, peakValue: 9, expected: 1, lower: 0, upper: 2, type: 'level-shift' });
    }
    await runIncidentPass(db, T);
  }
  const livingFor = async (pluginId: string) => (await (await getDb()).select().from(rcaAnalysis)).filter((a) => a.pluginId === pluginId && a.createdBy === LIVING_ANALYSIS_BY);

  it(`early in an incident (under ${EARLY_MS / MIN} min), an unsure analysis (under ${SURE} %) is refreshed with more data alone`, async () => {
    const db = await getDb();
    await incidentAt('pay-api', T - 8 * MIN);
    const [opening] = await db.select().from(rcaAnalysis).where(eq(rcaAnalysis.pluginId, 'pay-api'));
    expect((opening.result as { rootCauses: { confidence: number }[] }).rootCauses[0].confidence).toBeLessThan(SURE);
    expect(await refreshAnalyses(db, { now: T + REFRESH_MS - 1 })).toEqual([]);
    expect((await refreshAnalyses(db, { now: T + REFRESH_MS })).map((a) => a.pluginId)).toEqual(['pay-api']);
    // Every REFRESH_MS while it is early and unsure; once past EARLY_MS, not without evidence.
    let now = T + REFRESH_MS;
    while (now - (T - 8 * MIN) < EARLY_MS) {
      now += REFRESH_MS;
      await refreshAnalyses(db, { now });
    }
    const count = (await livingFor('pay-api')).length;
    expect(count).toBe(Math.ceil((EARLY_MS - 8 * MIN) / REFRESH_MS));
    expect(await refreshAnalyses(db, { now: now + REFRESH_MS })).toEqual([]);
  });

  it('past its first minutes, more data alone does not re-analyse it', async () => {
    const db = await getDb();
    await incidentAt('ship-api', T - EARLY_MS);
    const done = await refreshAnalyses(db, { now: T + REFRESH_MS });
    expect(done.filter((a) => a.pluginId === 'ship-api')).toEqual([]);
  });
});
