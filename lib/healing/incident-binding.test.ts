// Healing bound to incidents (issue 17, item 3; issue 14, item 4), fed through the public API:
// health reports and log lines from an agent token, the engine's pass, the grouping job, the
// agent pull API executing the actions, the incident page's data and the token API.
//  - a proposal made before its incident opened is linked to it and counts toward maxAttempts;
//  - without an incident, maxAttempts counts per trigger episode: a success does not reset it;
//  - evidence older than the action's last completed execution does not trigger it again;
//  - a token restricted to plugins claims and reports only their actions.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '../db/client';
import { anomaly } from '../db/schema';
import { useTestDb } from '../testing/test-db';
import { call, userWithRole } from '../testing/http';
import { systemActor } from '../auth/actor';
import { createToken } from '../tokens/create-token';
import { runHealingEngine } from './run-healing-engine';
import { insertProposal, pluginWithHealing } from './testing/fixtures';
import { incidentJobs } from '../aiops/incidents/jobs';
import * as healthRoute from '@/app/api/v1/health/route';
import * as eventsRoute from '@/app/api/v1/events/route';
import * as claimRoute from '@/app/api/v1/agent/actions/claim/route';
import * as resultRoute from '@/app/api/v1/agent/actions/[actionId]/result/route';
import * as incidentRoute from '@/app/api/v1/incidents/[incidentId]/route';
import * as tokensRoute from '@/app/api/v1/tokens/route';

useTestDb();

let db: Db;
let agent: string;
let executor: string;
let viewer: string;
let admin: string;

const restart = (trigger: Record<string, unknown>) => ({
  strategy: 'moderate' as const,
  actions: [{ id: 'restart', type: 'restart' as const, trigger, requireApproval: false, timeout: 300, cooldown: 0, maxAttempts: 2, priority: 1 }],
});

async function health(pluginId: string, status: string, at = Date.now()) {
  const res = await call(healthRoute.POST, { method: 'POST', token: agent, body: { reports: [{ pluginId, report: { status, timestamp: new Date(at).toISOString() } }] } });
  expect(res.status).toBe(200);
}

async function logLine(pluginId: string, message: string, at = Date.now()) {
  const res = await call(eventsRoute.POST, { method: 'POST', token: agent, body: { events: [{ pluginId, timestamp: at, kind: 'log', level: 'error', message }] } });
  expect(res.status).toBe(200);
}

/** One engine pass now; the actions it proposed for the plugin. */
async function engine(pluginId: string) {
  await new Promise((r) => setTimeout(r, 5)); // a pass after the last report, as on a real clock
  return (await runHealingEngine(db, { now: Date.now(), demoMode: false, pluginId })).created;
}

/** The agent claims the plugin's approved action and reports it done. */
async function execute(pluginId: string, token = executor) {
  const claim = await call(claimRoute.POST, { method: 'POST', token, body: { pluginIds: [pluginId] } });
  expect(claim.status).toBe(200);
  expect(claim.body.actions).toHaveLength(1);
  const id = claim.body.actions[0].id as string;
  const done = await call(resultRoute.POST, { method: 'POST', token, params: { actionId: id }, body: { success: true, message: 'Restarted' } });
  expect(done.body).toMatchObject({ status: 'succeeded' });
  await new Promise((r) => setTimeout(r, 5));
  return id;
}

beforeAll(async () => {
  db = await getDb();
  viewer = (await userWithRole('viewer')).cookie;
  admin = (await userWithRole('admin')).cookie;
  agent = (await createToken(db, systemActor(), { name: 'agent', scopes: ['health:write', 'events:write', 'metrics:write'] })).token;
  executor = (await createToken(db, systemActor(), { name: 'executor', scopes: ['actions:execute'] })).token;
  await pluginWithHealing(db, 'orders', restart({ healthStatus: ['unhealthy'] }));
  await pluginWithHealing(db, 'oom-loop', restart({ errorPatterns: ['OutOfMemoryError'] }));
  await pluginWithHealing(db, 'billing', restart({ healthStatus: ['failed'] }));
});

describe('healing bound to incidents', () => {
  it('links a proposal made before the incident opened, shows it on the incident, and counts it toward maxAttempts', async () => {
    await health('orders', 'unhealthy');
    const [first] = await engine('orders');
    expect(first).toMatchObject({ actionId: 'restart', incidentId: null, attempt: 1 });
    await execute('orders');

    // The anomalies arrive; the grouping job opens the incident after the proposal was made.
    const t = Date.now() - 30_000;
    for (const metric of ['error-rate', 'latency'])
      await db.insert(anomaly).values({ pluginId: 'orders', metric, startedAt: new Date(t), endedAt: new Date(t + 20_000), peakAt: new Date(t), score: 92, peakValue: 9, expected: 1, lower: 0, upper: 2, type: 'level-shift' });
    await incidentJobs[0].run(db);
    const [{ incidentId }] = await db.select({ incidentId: anomaly.incidentId }).from(anomaly);
    expect(incidentId).not.toBeNull();
    const page = await call(incidentRoute.GET, { cookie: viewer, params: { incidentId: String(incidentId) } });
    expect(page.body.proposals.map((p: { id: string }) => p.id)).toEqual([first.id]);

    // Still unhealthy: the second attempt of the incident (maxAttempts 2) runs, a third does not.
    await health('orders', 'unhealthy');
    const [second] = await engine('orders');
    expect(second).toMatchObject({ incidentId, attempt: 2 });
    await execute('orders');
    await health('orders', 'unhealthy');
    expect(await engine('orders')).toEqual([]);
  });

  it('without an incident, counts attempts per trigger episode: a success does not start a new count', async () => {
    for (const attempt of [1, 2]) {
      await logLine('oom-loop', `java.lang.OutOfMemoryError: Java heap space (${attempt})`);
      const [p] = await engine('oom-loop');
      expect(p).toMatchObject({ incidentId: null, attempt });
      await execute('oom-loop');
    }
    await logLine('oom-loop', 'java.lang.OutOfMemoryError: Java heap space (3)');
    expect(await engine('oom-loop')).toEqual([]);
  });
});

describe('evidence already acted on', () => {
  it('does not trigger the action again; evidence after its execution does', async () => {
    const config = restart({ errorPatterns: ['OutOfMemoryError'] });
    await pluginWithHealing(db, 'leaky', { ...config, actions: [{ ...config.actions[0], maxAttempts: 5 }] });
    await logLine('leaky', 'java.lang.OutOfMemoryError: Java heap space', Date.now() - 60_000);
    expect((await engine('leaky')).map((p) => p.attempt)).toEqual([1]);
    await execute('leaky');
    // The log line is still inside the 5-minute window and the cooldown (0 s) is over.
    expect(await engine('leaky')).toEqual([]);
    await logLine('leaky', 'java.lang.OutOfMemoryError: Java heap space, again');
    const [again] = await engine('leaky');
    expect(again.attempt).toBe(2);
    expect(again.reason).toMatchObject({ triggerKey: 'errorPatterns', matches: [{ count: 1, text: '1 log line matches /OutOfMemoryError/' }] });
  });
});

describe('agent tokens restricted to plugins', () => {
  it('are created with their plugins, refuse an empty list, and claim and report only their plugins’ actions', async () => {
    const empty = await call(tokensRoute.POST, { method: 'POST', cookie: admin, body: { name: 'x', scopes: ['actions:execute'], pluginIds: [] } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.issues[0].path).toBe('pluginIds');
    const created = await call(tokensRoute.POST, { method: 'POST', cookie: admin, body: { name: 'billing agent', scopes: ['actions:execute'], pluginIds: ['billing'] } });
    expect(created.status).toBe(201);
    expect(created.body.pluginIds).toEqual(['billing']);
    const billingAgent = created.body.token as string;

    await health('billing', 'failed');
    expect(await engine('billing')).toHaveLength(1);
    const foreign = await insertProposal(db, { pluginId: 'oom-loop', executor: 'agent' });
    const refused = await call(claimRoute.POST, { method: 'POST', token: billingAgent, body: { pluginIds: ['billing', 'oom-loop'] } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/oom-loop/);

    // Asking for any plugin hands out only its own plugin's actions.
    const claimed = await call(claimRoute.POST, { method: 'POST', token: billingAgent, body: { max: 10 } });
    expect(claimed.body.actions.map((a: { pluginId: string }) => a.pluginId)).toEqual(['billing']);
    const ok = await call(resultRoute.POST, { method: 'POST', token: billingAgent, params: { actionId: claimed.body.actions[0].id }, body: { success: true, message: 'Restarted' } });
    expect(ok.status).toBe(200);

    // Reporting another plugin's action is refused; an unrestricted agent still gets it.
    const report = await call(resultRoute.POST, { method: 'POST', token: billingAgent, params: { actionId: foreign.id }, body: { success: true, message: 'x' } });
    expect(report.status).toBe(403);
    const other = await call(claimRoute.POST, { method: 'POST', token: executor, body: { pluginIds: ['oom-loop'] } });
    expect(other.body.actions.map((a: { id: string }) => a.id)).toEqual([foreign.id]);
  });
});
