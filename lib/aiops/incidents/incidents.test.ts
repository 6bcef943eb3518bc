// The grouping job over anomalies and health reports sent through the API, the automatic
// analysis it starts, and the incident API (list, detail, acknowledge, comment, resolve,
// re-run analysis) with its error paths.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDb } from '../../testing/test-db';
import { call, userWithRole } from '../../testing/http';
import { getDb } from '../../db/client';
import { anomaly, auditEvent, notificationDelivery, rcaAnalysis } from '../../db/schema';
import { systemActor } from '../../auth/actor';
import { createPlugin } from '../../plugins/create-plugin';
import { createToken } from '../../tokens/create-token';
import { incidentJobs } from './jobs';
import * as healthRoute from '@/app/api/v1/health/route';
import * as metricsRoute from '@/app/api/v1/metrics/route';
import * as docRoute from '@/app/api/v1/plugins/[pluginId]/[kind]/route';
import * as listRoute from '@/app/api/v1/incidents/route';
import * as oneRoute from '@/app/api/v1/incidents/[incidentId]/route';
import * as ackRoute from '@/app/api/v1/incidents/[incidentId]/acknowledge/route';
import * as resolveRoute from '@/app/api/v1/incidents/[incidentId]/resolve/route';
import * as commentRoute from '@/app/api/v1/incidents/[incidentId]/comments/route';
import * as analysesRoute from '@/app/api/v1/incidents/[incidentId]/analyses/route';

useTestDb();

const MIN = 60_000;
const T0 = Math.floor((Date.now() - 150 * MIN) / MIN) * MIN;
const at = (m: number) => T0 + m * MIN;
let token: string;
let operator: string;
let viewer: string;

async function sendHealth(pluginId: string, status: (m: number) => string, minutes: number) {
  const reports = Array.from({ length: minutes + 1 }, (_, m) => ({ pluginId, report: { status: status(m), timestamp: new Date(at(m)).toISOString(), ...(status(m) !== 'healthy' && { message: 'orders-db unhealthy' }) } }));
  expect((await call(healthRoute.POST, { method: 'POST', token, body: { reports } })).status).toBe(200);
  // A few points, so the plugin's data reaches the end of the window (the job's "now").
  const points = Array.from({ length: minutes + 1 }, (_, m) => ({ pluginId, metric: 'throughput', timestamp: at(m), value: 100 }));
  expect((await call(metricsRoute.POST, { method: 'POST', token, body: { points } })).status).toBe(200);
}

async function addAnomaly(pluginId: string, metric: string, m: number, score = 85) {
  const db = await getDb();
  await db.insert(anomaly).values({ pluginId, metric, startedAt: new Date(at(m)), endedAt: new Date(at(m) + 20_000), peakAt: new Date(at(m)), score, peakValue: 9, expected: 1, lower: 0, upper: 2, type: 'level-shift' });
}

let shopIncident: number;
let cartIncident: number;

beforeAll(async () => {
  const db = await getDb();
  for (const id of ['shop', 'cart', 'quiet']) await createPlugin(db, systemActor(), { id, name: id });
  token = (await createToken(db, systemActor(), { name: 'agent', scopes: ['metrics:write', 'health:write', 'events:write'] })).token;
  operator = (await userWithRole('operator')).cookie;
  viewer = (await userWithRole('viewer')).cookie;
  const saved = await call(docRoute.PUT, {
    method: 'PUT',
    cookie: operator,
    params: { pluginId: 'cart', kind: 'aiops' },
    body: { baseVersion: 0, body: { agentId: 'cart-agent', pluginId: 'cart', incidentResponse: { autoRCA: true, notifications: [{ channel: 'email', config: { to: 'ops@example.com' } }] } } },
  });
  expect(saved.status).toBe(200);
  await sendHealth('shop', (m) => (m >= 30 && m <= 45 ? 'degraded' : 'healthy'), 140);
  await sendHealth('cart', (m) => (m >= 120 ? 'unhealthy' : 'healthy'), 140);
  await sendHealth('quiet', () => 'healthy', 140);
  await addAnomaly('shop', 'latency', 5); // alone: noise
  await addAnomaly('shop', 'error-rate', 31);
  await addAnomaly('shop', 'latency', 32);
  await addAnomaly('shop', 'cpu-usage', 40); // joins the open incident
  await addAnomaly('shop', 'latency', 100); // after the incident resolved, alone: noise
  await addAnomaly('cart', 'error-rate', 125, 99);
  await addAnomaly('cart', 'latency', 126);
  await addAnomaly('quiet', 'latency', 60); // two metrics while healthy: noise
  await addAnomaly('quiet', 'error-rate', 61);
  await incidentJobs[0].run(db);
  const rows = await db.select().from(anomaly);
  shopIncident = rows.find((r) => r.pluginId === 'shop' && r.metric === 'error-rate')!.incidentId!;
  cartIncident = rows.find((r) => r.pluginId === 'cart')!.incidentId!;
});

describe('the grouping job', () => {
  it('groups close anomalies of an unhealthy plugin into one incident and leaves noise alone', async () => {
    const rows = await (await getDb()).select().from(anomaly);
    const shop = rows.filter((r) => r.pluginId === 'shop').sort((x, y) => x.startedAt.getTime() - y.startedAt.getTime());
    expect(shop.map((r) => r.incidentId === shopIncident)).toEqual([false, true, true, true, false]);
    expect(rows.filter((r) => r.pluginId === 'quiet').every((r) => r.incidentId === null)).toBe(true);
  });

  it('resolves an incident by itself once the plugin is back to normal, and keeps a sick one open', async () => {
    const shop = (await call(oneRoute.GET, { cookie: viewer, params: { incidentId: String(shopIncident) } })).body.incident;
    expect(shop.status).toBe('resolved');
    expect(shop.resolvedBy).toBe('console: back to normal');
    // Resolved once quiet 30 min after the last anomaly (minute 40) and healthy for 10 min; it
    // ended when the plugin recovered: its first healthy report after the degraded ones (minute 46).
    expect(Date.parse(shop.endedAt)).toBe(at(46));
    expect(shop.symptoms.map((s: { type: string }) => s.type)).toEqual(['health-status', 'error-rate level-shift', 'latency level-shift', 'cpu-usage level-shift']);
    const cart = (await call(oneRoute.GET, { cookie: viewer, params: { incidentId: String(cartIncident) } })).body.incident;
    expect(cart.status).toBe('open');
    // An error rate of 900 % is as bad as it gets.
    expect(cart.severity).toBe('critical');
  });

  it('runs the automatic analysis where the agent asks for it, and records email as not configured', async () => {
    const db = await getDb();
    const analyses = await db.select().from(rcaAnalysis);
    expect(analyses.map((a) => [a.incidentId, a.status, a.createdBy])).toEqual([[cartIncident, 'done', 'console: autoRCA']]);
    const sent = await db.select().from(notificationDelivery).where(eq(notificationDelivery.incidentId, cartIncident));
    expect(sent.map((n) => [n.channel, n.status, n.lastError])).toEqual([['email', 'not-configured', 'Email is not configured: this console has no SMTP transport']]);
    const audit = await db.select().from(auditEvent).where(eq(auditEvent.kind, 'incident.open'));
    expect(audit).toHaveLength(2);
  });

  it('does not group the same anomalies twice when it runs again', async () => {
    const db = await getDb();
    await incidentJobs[0].run(db);
    const list = await call(listRoute.GET, { cookie: viewer, path: '/api/v1/incidents?from=now-1d' });
    expect(list.body.incidents).toHaveLength(2);
  });
});

describe('the incident API', () => {
  const id = () => ({ incidentId: String(cartIncident) });

  it('lists incidents with filters and counts', async () => {
    const all = await call(listRoute.GET, { cookie: viewer, path: '/api/v1/incidents?from=now-1d' });
    expect(all.status).toBe(200);
    expect(all.body.counts).toMatchObject({ total: 2, status: { open: 1, resolved: 1, acknowledged: 0 } });
    const open = await call(listRoute.GET, { cookie: viewer, path: '/api/v1/incidents?from=now-1d&status=open&plugin=cart' });
    expect(open.body.incidents.map((i: { id: number }) => i.id)).toEqual([cartIncident]);
    const bad = await call(listRoute.GET, { cookie: viewer, path: '/api/v1/incidents?status=closed&severity=huge' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['severity', 'status']);
    expect((await call(listRoute.GET, { cookie: viewer, path: '/api/v1/incidents?from=now&to=now-1d' })).status).toBe(400);
  });

  it('shows one incident with its anomalies and analyses; unknown or malformed ids are 404', async () => {
    const one = await call(oneRoute.GET, { cookie: viewer, params: id() });
    expect(one.body.anomalies).toHaveLength(2);
    expect(one.body.analyses[0].result.rootCauses.length).toBeGreaterThan(0);
    expect(one.body.proposals).toEqual([]);
    expect((await call(oneRoute.GET, { cookie: viewer, params: { incidentId: '999999' } })).status).toBe(404);
    expect((await call(oneRoute.GET, { cookie: viewer, params: { incidentId: 'abc' } })).status).toBe(404);
  });

  it('lets operators acknowledge, comment and resolve, once each, and refuses viewers', async () => {
    expect((await call(ackRoute.POST, { method: 'POST', cookie: viewer, params: id() })).status).toBe(403);
    const ack = await call(ackRoute.POST, { method: 'POST', cookie: operator, params: id() });
    expect(ack.status).toBe(200);
    expect(ack.body.incident).toMatchObject({ status: 'acknowledged', acknowledgedBy: expect.stringMatching(/operator/) });
    expect((await call(ackRoute.POST, { method: 'POST', cookie: operator, params: id() })).status).toBe(409);

    const empty = await call(commentRoute.POST, { method: 'POST', cookie: operator, params: id(), body: { body: '   ' } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.issues[0].path).toBe('body');
    const comment = await call(commentRoute.POST, { method: 'POST', cookie: operator, params: id(), body: { body: 'Looking at orders-db' } });
    expect(comment.status).toBe(201);

    const resolved = await call(resolveRoute.POST, { method: 'POST', cookie: operator, params: id(), body: { comment: 'Failed over the database' } });
    expect(resolved.status).toBe(200);
    expect(resolved.body.incident.status).toBe('resolved');
    expect((await call(resolveRoute.POST, { method: 'POST', cookie: operator, params: id() })).status).toBe(409);
    expect((await call(ackRoute.POST, { method: 'POST', cookie: operator, params: id() })).status).toBe(409);
    const one = await call(oneRoute.GET, { cookie: viewer, params: id() });
    expect(one.body.comments.map((c: { body: string }) => c.body)).toEqual(['Looking at orders-db', 'Failed over the database']);
    expect((await call(resolveRoute.POST, { method: 'POST', cookie: operator, params: { incidentId: '424242' } })).status).toBe(404);
  });

  it('re-runs the analysis with the steps asked for', async () => {
    const res = await call(analysesRoute.POST, { method: 'POST', cookie: operator, params: id(), body: { analyzeLogs: false } });
    expect(res.status).toBe(201);
    expect(res.body.analysis).toMatchObject({ status: 'done', incidentId: cartIncident, request: { analyzeLogs: false, analyzeMetrics: true } });
    expect((await call(analysesRoute.POST, { method: 'POST', cookie: operator, params: id(), body: { analyzeLogs: 'no' } })).status).toBe(400);
    expect((await call(analysesRoute.POST, { method: 'POST', cookie: viewer, params: id() })).status).toBe(403);
    const one = await call(oneRoute.GET, { cookie: viewer, params: id() });
    expect(one.body.analyses).toHaveLength(2);
  });
});
