// Causes operators meet (issue 17, items 5 and 7), each a scenario pushed through the API (30
// hours of one plugin with a daily cycle, then the fault): a load surge with a scaling suggestion
// that follows the plugin's auto-scaling policy, a deploy shown as a deploy, an expired
// certificate, an exhausted PostgreSQL connection limit, and a crash loop whose connection
// resets are not read as a network (DNS) issue; and the same surge made by a leaked key scraping
// records, which is a security breach, not a load surge.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '../../testing/test-db';
import { call, userWithRole } from '../../testing/http';
import { getDb } from '../../db/client';
import { systemActor } from '../../auth/actor';
import { createPlugin } from '../../plugins/create-plugin';
import { createToken } from '../../tokens/create-token';
import * as metricsRoute from '@/app/api/v1/metrics/route';
import * as eventsRoute from '@/app/api/v1/events/route';
import * as healthRoute from '@/app/api/v1/health/route';
import * as rcaRoute from '@/app/api/v1/rca/route';
import * as docRoute from '@/app/api/v1/plugins/[pluginId]/[kind]/route';
import { STEP, buildScenario, logBurst, type Scenario } from './testing/build-scenario';
import type { AnalysisView } from './analysis-view';

useTestDb();

const MIN = 60_000;
let token: string;
let operator: string;

async function send(s: Scenario) {
  for (let i = 0; i < s.points.length; i += 10_000) expect((await call(metricsRoute.POST, { method: 'POST', token, body: { points: s.points.slice(i, i + 10_000) } })).status).toBe(200);
  const events = [...s.events].sort((a, b) => Number(a.timestamp) - Number(b.timestamp));
  for (let i = 0; i < events.length; i += 5000) expect((await call(eventsRoute.POST, { method: 'POST', token, body: { events: events.slice(i, i + 5000) } })).status).toBe(200);
  for (let i = 0; i < s.health.length; i += 1000) expect((await call(healthRoute.POST, { method: 'POST', token, body: { reports: s.health.slice(i, i + 1000) } })).status).toBe(200);
}

async function analyse(pluginId: string, start: number, end: number, symptom: string): Promise<AnalysisView> {
  const body = { incidentId: `manual-${pluginId}`, pluginId, symptoms: [{ type: symptom, description: symptom, severity: 'high', timestamp: new Date(start + MIN).toISOString() }], timeRange: { start: new Date(start).toISOString(), end: new Date(end).toISOString() } };
  const res = await call(rcaRoute.POST, { method: 'POST', cookie: operator, body });
  expect(res.status).toBe(201);
  return res.body.analysis as AnalysisView;
}

const top = (a: AnalysisView) => {
  const c = a.result!.rootCauses[0];
  return { ...c, kind: a.extras!.causeKinds?.[c.id], all: a.result!.rootCauses.map((r) => `${r.category} ${r.confidence}`).join(', ') };
};
const advice = (a: AnalysisView) => a.result!.rootCauses.flatMap((c) => c.recommendations).join('\n');

/** A scenario ending 20 min ago whose fault starts 30 min before its end. */
function scenario(pluginId: string, seed: number, metric: (m: string, t: number, v: number, start: number) => number | undefined) {
  const end = Math.floor(Date.now() / STEP) * STEP - 20 * MIN;
  const start = end - 30 * MIN;
  return { s: buildScenario(pluginId, end, seed, { metric: (m, t, v) => (t < start ? undefined : metric(m, t, v, start)) }), start, end };
}

beforeAll(async () => {
  const db = await getDb();
  for (const id of ['oc-surge', 'oc-attack', 'oc-deploy', 'oc-cert', 'oc-pool', 'oc-crash']) await createPlugin(db, systemActor(), { id, name: id });
  token = (await createToken(db, systemActor(), { name: 'agent', scopes: ['metrics:write', 'events:write', 'health:write'] })).token;
  operator = (await userWithRole('operator')).cookie;
});

describe('causes operators meet', () => {
  it('load surge: throughput ×2.4 with rising latency and no change, with advice that follows the auto-scaling policy', async () => {
    const saved = await call(docRoute.PUT, {
      method: 'PUT',
      cookie: operator,
      params: { pluginId: 'oc-surge', kind: 'aiops' },
      body: { baseVersion: 0, body: { agentId: 'surge-agent', pluginId: 'oc-surge', autoScaling: [{ enabled: true, metric: 'cpu-usage', targetValue: 70, bounds: { minInstances: 1, maxInstances: 4 }, scaleUp: { threshold: 80 }, scaleDown: { threshold: 30 } }] } },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const { s, start, end } = scenario('oc-surge', 21, (m, _t, v) => (m === 'throughput' ? v * 2.4 : m === 'latency' || m === 'response-time' ? v * 1.6 : undefined));
    await send(s);
    const a = await analyse('oc-surge', start, end, 'latency level-shift');
    const c = top(a);
    expect(c.category, c.all).toBe('resource-exhaustion');
    expect(c.kind).toBe('load-surge');
    expect(c.description).toMatch(/throughput rose to 2\.\d× .*no change shortly before/);
    expect(c.recommendations[0]).toMatch(/Auto-scaling is configured \(on cpu-usage, up to 4 instances\)/);
  }, 300_000);

  it('attack: the surge of a leaked key scraping records is a security breach, with the surge as its evidence', async () => {
    const { s, start, end } = scenario('oc-attack', 22, (m, _t, v) => (m === 'throughput' ? v * 2.4 : m === 'latency' || m === 'response-time' ? v * 1.6 : undefined));
    s.events.push(...logBurst('oc-attack', start + 20_000, end, 4, 'warn', (i) => `API key ak_live_${7731} used from new IP 185.${i % 250}.${(i * 7) % 250}.9; first seen`));
    await send(s);
    const a = await analyse('oc-attack', start, end, 'throughput level-shift');
    const c = top(a);
    expect(c.category, c.all).toBe('security-breach');
    expect(c.kind).toBe('security');
    expect(c.evidence.map((e) => e.content).join('\n')).toMatch(/throughput/i);
    expect(c.recommendations[0]).toMatch(/Revoke/);
    // The surge stays visible, well below: it is the attack's symptom.
    const surge = a.result!.rootCauses.find((r) => r.category === 'resource-exhaustion');
    if (surge) expect(surge.confidence).toBeLessThan(c.confidence - 20);
  }, 300_000);

  it('deploy: shown as a deploy, filed under code-defect, not configuration', async () => {
    const { s, start, end } = scenario('oc-deploy', 22, (m, _t, v) => (m === 'error-rate' ? v + 0.08 : m === 'latency' ? v * 1.3 : undefined));
    s.events.push({ pluginId: 'oc-deploy', timestamp: start - 2 * MIN, kind: 'deploy', level: 'info', message: 'Deployed version 5.0.0' });
    await send(s);
    const a = await analyse('oc-deploy', start, end, 'error-rate level-shift');
    const c = top(a);
    expect(c.category, c.all).toBe('code-defect');
    expect(c.kind).toBe('deploy');
    expect(c.description).toMatch(/A deploy .* Deployed version 5\.0\.0/);
    expect(a.result!.rootCauses.map((r) => r.category)).not.toContain('configuration');
  }, 300_000);

  it('expired certificate: a configuration fault with renewal advice, never DNS', async () => {
    const { s, start, end } = scenario('oc-cert', 23, (m, _t, v) => (m === 'error-rate' ? v + 0.2 : undefined));
    s.events.push(...logBurst('oc-cert', start, end, 10, 'error', (i) => `request to https://payments.internal/v1/charge failed (req_${i}x): certificate has expired`));
    await send(s);
    const a = await analyse('oc-cert', start, end, 'error-rate level-shift');
    const c = top(a);
    expect(c.category, c.all).toBe('configuration');
    expect(c.kind).toBe('certificate');
    expect(c.recommendations[0]).toMatch(/Renew/);
    expect(advice(a)).not.toMatch(/DNS/);
  }, 300_000);

  it('exhausted connections: PostgreSQL "sorry, too many clients already" is resource exhaustion of the pool', async () => {
    const { s, start, end } = scenario('oc-pool', 24, (m, _t, v) => (m === 'error-rate' ? v + 0.15 : m === 'latency' ? v * 1.5 : undefined));
    s.events.push(...logBurst('oc-pool', start, end, 10, 'error', () => 'error: sorry, too many clients already'));
    await send(s);
    const a = await analyse('oc-pool', start, end, 'error-rate level-shift');
    const c = top(a);
    expect(c.category, c.all).toBe('resource-exhaustion');
    expect(c.kind).toBe('connection-pool');
    expect(c.recommendations[0]).toMatch(/max_connections/);
  }, 300_000);

  it('crash loop: restarts and exits explain the ECONNRESET lines; no network cause, no DNS advice', async () => {
    const { s, start, end } = scenario('oc-crash', 25, (m, _t, v) => (m === 'error-rate' ? v + 0.1 : undefined));
    for (let t = start + MIN; t < end; t += 5 * MIN) {
      s.events.push({ pluginId: 'oc-crash', timestamp: t, kind: 'restart', level: 'warn', message: 'Restarted by the supervisor' });
      s.events.push({ pluginId: 'oc-crash', timestamp: t - 1000, kind: 'log', level: 'error', message: 'Process exited with code 1' });
    }
    s.events.push(...logBurst('oc-crash', start, end, 6, 'error', (i) => `read ECONNRESET while calling inventory-api (req_${i}x)`));
    await send(s);
    const a = await analyse('oc-crash', start, end, 'error-rate level-shift');
    const c = top(a);
    expect(c.kind, c.all).toBe('crash-loop');
    expect(c.category).toBe('code-defect');
    expect(a.result!.rootCauses.map((r) => r.category)).not.toContain('network-issue');
    expect(advice(a)).not.toMatch(/DNS/);
  }, 300_000);
});
