// Root-cause scenarios built through the public API (metrics, events, health reports and a
// configuration save), one plugin each, over 30 hours with a daily cycle, noise, routine errors
// and unrelated changes before and after. Each checks the top-ranked category, that the
// evidence points at the right thing, and — for the noise-only case — a low confidence.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RootCauseAnalysisRequestInput } from '@/schemas';
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
import { MiB, STEP, buildScenario, logBurst, ramp, type Scenario } from './testing/build-scenario';
import type { AnalysisView } from './analysis-view';

useTestDb();

const MIN = 60_000;
const HOUR = 3_600_000;
let token: string;
let operator: string;

async function send(s: Scenario) {
  for (let i = 0; i < s.points.length; i += 10_000) {
    const res = await call(metricsRoute.POST, { method: 'POST', token, body: { points: s.points.slice(i, i + 10_000) } });
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
  }
  const events = [...s.events].sort((a, b) => Number(a.timestamp) - Number(b.timestamp));
  for (let i = 0; i < events.length; i += 5000) expect((await call(eventsRoute.POST, { method: 'POST', token, body: { events: events.slice(i, i + 5000) } })).status).toBe(200);
  for (let i = 0; i < s.health.length; i += 1000) expect((await call(healthRoute.POST, { method: 'POST', token, body: { reports: s.health.slice(i, i + 1000) } })).status).toBe(200);
}

async function analyse(pluginId: string, start: number, end: number, symptoms: RootCauseAnalysisRequestInput['symptoms']): Promise<AnalysisView> {
  const body = { incidentId: `manual-${pluginId}`, pluginId, symptoms, timeRange: { start: new Date(start).toISOString(), end: new Date(end).toISOString() } };
  const res = await call(rcaRoute.POST, { method: 'POST', cookie: operator, body });
  expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(201);
  expect(res.body.analysis.status).toBe('done');
  return res.body.analysis as AnalysisView;
}

const symptom = (type: string, t: number, severity: 'low' | 'medium' | 'high' = 'high') => ({ type, description: `${type} observed`, severity, timestamp: new Date(t).toISOString() });
const text = (a: AnalysisView) => a.result!.rootCauses[0].evidence.map((e) => e.content).join('\n');

beforeAll(async () => {
  const db = await getDb();
  for (const id of ['sc-config', 'sc-memory', 'sc-dependency', 'sc-network', 'sc-code', 'sc-noise']) await createPlugin(db, systemActor(), { id, name: id });
  token = (await createToken(db, systemActor(), { name: 'agent', scopes: ['metrics:write', 'events:write', 'health:write'] })).token;
  operator = (await userWithRole('operator')).cookie;
});

describe('root-cause scenarios through the API', () => {
  it('configuration: a sandbox save right before errors step up is the top cause, with its diff', async () => {
    // The save happens now (the console stamps it), so this scenario ends a few minutes ahead.
    const saved = await call(docRoute.PUT, {
      method: 'PUT',
      cookie: operator,
      params: { pluginId: 'sc-config', kind: 'sandbox' },
      body: { baseVersion: 0, comment: 'Tighten the request timeout', body: { runtime: { engine: 'v8-isolate', resourceLimits: { timeout: 250 } } } },
    });
    expect(saved.status).toBe(200);
    const change = Math.ceil(Date.now() / STEP) * STEP;
    const end = change + 4 * MIN;
    const s = buildScenario('sc-config', end, 11, {
      metric: (m, t, v) => (t < change ? undefined : m === 'error-rate' ? 0.09 + v : m === 'response-time' ? v * 0.7 : m === 'latency' ? v + 60 : undefined),
    });
    s.events.push(
      { pluginId: 'sc-config', timestamp: change - 5 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 4.2.0', data: { version: '4.2.0' } },
      { pluginId: 'sc-config', timestamp: change - 9 * HOUR, kind: 'config-change', level: 'info', message: 'Agent applied feature flags', data: { changes: [{ path: 'featureFlags.fastCheckout', from: false, to: true }] } },
      ...logBurst('sc-config', change, end, 20, 'error', (i) => `Script timed out after 250ms in handler /v1/orders (req_${i.toString(36)}x)`),
    );
    await send(s);
    const a = await analyse('sc-config', change, end, [symptom('error-rate level-shift', change + MIN)]);
    const top = a.result!.rootCauses[0];
    expect(top.category, a.result!.rootCauses.map((c) => `${c.category} ${c.confidence}`).join(', ')).toBe('configuration');
    expect(top.confidence).toBeGreaterThanOrEqual(60);
    expect(text(a)).toMatch(/sandbox\.runtime/);
    expect(text(a)).not.toMatch(/featureFlags/);
  });

  it('resource-exhaustion: memory climbing toward memory.maxHeap, with the memory chart as evidence', async () => {
    // Limits are set well before the incident (the save is stamped now, after the window).
    await call(docRoute.PUT, { method: 'PUT', cookie: operator, params: { pluginId: 'sc-memory', kind: 'sandbox' }, body: { baseVersion: 0, body: { memory: { maxHeap: 256 * MiB } } } });
    const end = Math.floor(Date.now() / STEP) * STEP - 10 * MIN;
    const leak = end - 6 * HOUR;
    const start = end - 50 * MIN;
    const s = buildScenario('sc-memory', end, 12, {
      metric: (m, t, v) => {
        const grown = ramp(t, leak, 6 * HOUR);
        if (m === 'memory-usage') return v + grown * 100 * MiB;
        if (m === 'latency' || m === 'response-time') return v * (1 + 2.5 * Math.max(0, grown - 0.8));
        return undefined;
      },
    });
    s.events.push(
      { pluginId: 'sc-memory', timestamp: leak - 3 * HOUR, kind: 'restart', level: 'info', message: 'Restarted for node maintenance' },
      ...logBurst('sc-memory', start - 20 * MIN, end, 1, 'warn', (i) => `Heap usage ${220 + (i % 15)} MiB of 256 MiB after mark-compact, freed only 1.${i % 9} MiB`),
    );
    await send(s);
    const a = await analyse('sc-memory', start, end, [symptom('latency level-shift', start + 2 * MIN)]);
    const top = a.result!.rootCauses[0];
    expect(top.category, a.result!.rootCauses.map((c) => `${c.category} ${c.confidence}`).join(', ')).toBe('resource-exhaustion');
    expect(top.description).toMatch(/memory\.maxHeap/);
    expect(Object.values(a.extras!.details).some((d) => d.kind === 'metric' && d.metric === 'memory-usage')).toBe(true);
  });

  it('dependency-failure: the dependency health turned unhealthy first, and errors name it', async () => {
    const end = Math.floor(Date.now() / STEP) * STEP - 30 * MIN;
    const down = end - 40 * MIN;
    const s = buildScenario('sc-dependency', end, 13, {
      dependency: (d, t) =>
        d === 'orders-db' && t >= down ? { status: 'unhealthy', message: 'connect ETIMEDOUT 10.0.4.7:5432' } : d === 'session-cache' && Math.abs(t - (end - 14 * HOUR)) < 6 * MIN ? { status: 'degraded', message: 'slow PING' } : undefined,
      metric: (m, t, v) => (t < down + 4 * MIN ? undefined : m === 'error-rate' ? v + 0.12 : m === 'latency' ? v + 900 : m === 'connection-count' ? v + 60 : undefined),
    });
    s.events.push(
      { pluginId: 'sc-dependency', timestamp: down - 3 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 2.0.3' },
      ...logBurst('sc-dependency', down + 4 * MIN, end, 6, 'error', (i) => (i % 2 ? `Connection to orders-db.internal:5432 timed out after 5000ms (req_${i}a)` : `Query failed: Connection terminated unexpectedly (orders-db)`)),
    );
    await send(s);
    const a = await analyse('sc-dependency', down + 5 * MIN, end, [symptom('error-rate level-shift', down + 5 * MIN), symptom('latency level-shift', down + 5 * MIN)]);
    const top = a.result!.rootCauses[0];
    expect(top.category, a.result!.rootCauses.map((c) => `${c.category} ${c.confidence}`).join(', ')).toBe('dependency-failure');
    expect(top.description).toMatch(/orders-db/);
    expect(top.description).not.toMatch(/session-cache/);
    expect(Object.values(a.extras!.details).some((d) => d.kind === 'dependency' && d.dependency === 'orders-db')).toBe(true);
  });

  it('network-issue: DNS failures and connection resets appear while every dependency reports healthy', async () => {
    const end = Math.floor(Date.now() / STEP) * STEP - 45 * MIN;
    const start = end - 35 * MIN;
    const s = buildScenario('sc-network', end, 14, {
      metric: (m, t, v) => (t < start ? undefined : m === 'error-rate' ? v + 0.05 : m === 'latency' ? v + 400 : undefined),
    });
    s.events.push(
      { pluginId: 'sc-network', timestamp: start - 7 * HOUR, kind: 'config-change', level: 'info', message: 'Agent raised log level', data: { changes: [{ path: 'logLevel', from: 'info', to: 'debug' }] } },
      ...logBurst('sc-network', start, end, 5, 'error', (i) =>
        [`getaddrinfo ENOTFOUND api.payments.example`, `read ECONNRESET 10.2.${i % 9}.4:443 (req_${i}n)`, `socket hang up calling api.payments.example (req_${i}s)`][i % 3],
      ),
    );
    await send(s);
    const a = await analyse('sc-network', start, end, [symptom('error-rate level-shift', start + MIN)]);
    const top = a.result!.rootCauses[0];
    expect(top.category, a.result!.rootCauses.map((c) => `${c.category} ${c.confidence}`).join(', ')).toBe('network-issue');
    expect(text(a)).toMatch(/ENOTFOUND|ECONNRESET|socket hang up/);
  });

  it('code-defect: a new exception pattern multiplies at the start, grouped into one template with its count', async () => {
    const end = Math.floor(Date.now() / STEP) * STEP - 60 * MIN;
    const start = end - 30 * MIN;
    const s = buildScenario('sc-code', end, 15, {
      metric: (m, t, v) => (t < start ? undefined : m === 'error-rate' ? v + 0.04 : undefined),
    });
    s.events.push(
      { pluginId: 'sc-code', timestamp: start - 45 * MIN, kind: 'deploy', level: 'info', message: 'Deployed version 7.1.0 (new invoice export)' },
      { pluginId: 'sc-code', timestamp: start + 3 * HOUR, kind: 'restart', level: 'info', message: 'Restarted by on-call' },
      ...logBurst('sc-code', start, end, 8, 'error', (i) => `Unhandled error in request req_${(i * 7919).toString(36)}: TypeError: Cannot read properties of undefined (reading 'taxRate')`),
    );
    await send(s);
    const a = await analyse('sc-code', start, end, [symptom('error-rate level-shift', start + MIN)]);
    const top = a.result!.rootCauses[0];
    expect(top.category, a.result!.rootCauses.map((c) => `${c.category} ${c.confidence}`).join(', ')).toBe('code-defect');
    expect(text(a)).toMatch(/TypeError: Cannot read properties of undefined \(reading <str>\)/);
    const log = Object.values(a.extras!.details).find((d) => d.kind === 'log');
    expect(log && log.kind === 'log' && log.count).toBeGreaterThanOrEqual(200);
  });

  it('noise only: a lone latency spike in a normal day gives a low confidence instead of an invented cause', async () => {
    const end = Math.floor(Date.now() / STEP) * STEP - 90 * MIN;
    const spike = end - 30 * MIN;
    const s = buildScenario('sc-noise', end, 16, { metric: (m, t, v) => (m === 'latency' && t === spike ? v * 3 : undefined) });
    s.events.push(
      { pluginId: 'sc-noise', timestamp: spike - 6 * HOUR, kind: 'deploy', level: 'info', message: 'Deployed version 1.9.4' },
      { pluginId: 'sc-noise', timestamp: spike + 20 * MIN, kind: 'scale', level: 'info', message: 'Autoscaler added an instance' },
    );
    await send(s);
    const a = await analyse('sc-noise', spike, spike + 10 * MIN, [symptom('latency spike', spike, 'low')]);
    expect(a.result!.overallConfidence).toBeLessThan(30);
    expect(a.result!.rootCauses[0].category).toBe('other');
    expect(a.result!.rootCauses[0].description).toMatch(/does not point to a clear cause/);
  });

  it('honours the step switches: without logs and dependencies the dependency scenario cannot name the dependency', async () => {
    const end = Math.floor(Date.now() / STEP) * STEP - 30 * MIN;
    const res = await call(rcaRoute.POST, {
      method: 'POST',
      cookie: operator,
      body: {
        incidentId: 'manual',
        pluginId: 'sc-dependency',
        symptoms: [],
        timeRange: { start: new Date(end - 35 * MIN).toISOString(), end: new Date(end).toISOString() },
        analyzeLogs: false,
        analyzeDependencies: false,
      },
    });
    expect(res.status).toBe(201);
    const causes = res.body.analysis.result.rootCauses as { category: string }[];
    expect(causes.map((c) => c.category)).not.toContain('dependency-failure');
    expect(res.body.analysis.extras.steps).toEqual({ metrics: true, logs: false, dependencies: false });
  });

  it('rejects bad requests: empty ranges, unknown plugins, missing fields, viewers', async () => {
    const base = { incidentId: 'x', pluginId: 'sc-noise', symptoms: [], timeRange: { start: '2026-01-01T10:00:00Z', end: '2026-01-01T09:00:00Z' } };
    const empty = await call(rcaRoute.POST, { method: 'POST', cookie: operator, body: base });
    expect(empty.status).toBe(400);
    expect(empty.body.error.issues[0].path).toBe('timeRange.start');
    const ghost = await call(rcaRoute.POST, { method: 'POST', cookie: operator, body: { ...base, pluginId: 'ghost', timeRange: { start: '2026-01-01T08:00:00Z', end: '2026-01-01T09:00:00Z' } } });
    expect(ghost.status).toBe(404);
    const missing = await call(rcaRoute.POST, { method: 'POST', cookie: operator, body: { pluginId: 'sc-noise' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['incidentId', 'symptoms', 'timeRange']));
    const viewer = (await userWithRole('viewer')).cookie;
    expect((await call(rcaRoute.POST, { method: 'POST', cookie: viewer, body: base })).status).toBe(403);
    expect((await call(rcaRoute.GET, { cookie: viewer, path: '/api/v1/rca?plugin=sc-noise' })).status).toBe(200);
  });
});
