// GET /metrics: the scope that protects it, the Prometheus text format, and the counters and
// gauges moving with what the console does (ingest, requests, jobs, incidents).
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '../testing/test-db';
import { call, ORIGIN, userWithRole } from '../testing/http';
import { sampleValue } from '../testing/prometheus-text';
import { getDb } from '../db/client';
import { incident } from '../db/schema';
import { systemActor } from '../auth/actor';
import { createPlugin } from '../plugins/create-plugin';
import { createToken } from '../tokens/create-token';
import { scheduleJob, stopJobs } from '../jobs/scheduler';
import { renderConsoleMetrics } from './render-metrics';
import { OTHER_ROUTE, routeTemplate } from './route-template';
import * as metricsPage from '@/app/metrics/route';
import * as metricsRoute from '@/app/api/v1/metrics/route';

useTestDb();

let scraper: string;
let writer: string;

beforeAll(async () => {
  const db = await getDb();
  await createPlugin(db, systemActor(), { id: 'billing', name: 'Billing' });
  scraper = (await createToken(db, systemActor(), { name: 'prometheus', scopes: ['metrics:read'] })).token;
  writer = (await createToken(db, systemActor(), { name: 'agent', scopes: ['metrics:write', 'read'] })).token;
});

async function scrape(headers: Record<string, string> = { authorization: `Bearer ${scraper}` }) {
  const res = await metricsPage.GET(new Request(`${ORIGIN}/metrics`, { headers }), { params: Promise.resolve({}) });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

describe('GET /metrics', () => {
  it('needs credentials, and a token needs the metrics:read scope', async () => {
    expect((await scrape({})).status).toBe(401);
    expect((await scrape({ authorization: 'Bearer osc_unknown' })).status).toBe(401);
    const wrong = await scrape({ authorization: `Bearer ${writer}` });
    expect(wrong.status).toBe(403);
    expect(JSON.parse(wrong.text).error.message).toMatch(/metrics:read/);
  });

  it('answers the Prometheus text format with process and event-loop metrics', async () => {
    const res = await scrape();
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.text).toMatch(/^# HELP console_http_requests_total /m);
    expect(sampleValue(res.text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(sampleValue(res.text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('is open to a signed-in operator, not to a viewer', async () => {
    const { cookie } = await userWithRole('operator');
    expect((await scrape({ cookie })).status).toBe(200);
    expect((await scrape({ cookie: (await userWithRole('viewer')).cookie })).status).toBe(403);
  });

  it('counts ingested points and API requests by route template and status', async () => {
    const before = (await scrape()).text;
    const stored = () => sampleValue(before, 'console_ingest_points_total', { outcome: 'stored' }) ?? 0;
    const ok = { method: 'POST', route: '/api/v1/metrics', status: '200' };
    const points = [0, 1, 2].map((i) => ({ pluginId: 'billing', metric: 'cpu-usage', timestamp: Date.now() - 60_000 + i * 1000, value: 40 + i }));
    expect((await call(metricsRoute.POST, { method: 'POST', path: '/api/v1/metrics', token: writer, body: { points } })).status).toBe(200);
    expect((await call(metricsRoute.POST, { method: 'POST', path: '/api/v1/metrics', token: writer, body: { points } })).status).toBe(200);
    expect((await call(metricsRoute.POST, { method: 'POST', path: '/api/v1/metrics', token: writer, body: { points: [] } })).status).toBe(400);
    const after = (await scrape()).text;
    expect(sampleValue(after, 'console_ingest_points_total', { outcome: 'stored' })).toBe(stored() + 3);
    expect(sampleValue(after, 'console_ingest_points_total', { outcome: 'duplicate' })).toBe((sampleValue(before, 'console_ingest_points_total', { outcome: 'duplicate' }) ?? 0) + 3);
    expect(sampleValue(after, 'console_http_requests_total', ok)).toBe((sampleValue(before, 'console_http_requests_total', ok) ?? 0) + 2);
    expect(sampleValue(after, 'console_http_requests_total', { ...ok, status: '400' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(after, 'console_http_request_duration_seconds_count', { method: 'POST', route: '/api/v1/metrics' })).toBeGreaterThanOrEqual(3);
    // The scrapes themselves are counted, the failed ones under their status.
    expect(sampleValue(after, 'console_http_requests_total', { method: 'GET', route: '/metrics', status: '200' })).toBeGreaterThanOrEqual(1);
  });

  it('reads open incidents from the database at scrape time', async () => {
    const db = await getDb();
    const count = async () => sampleValue((await renderConsoleMetrics(db)).text, 'console_incidents_open', { status: 'open' });
    const before = await count();
    const at = new Date();
    await db.insert(incident).values({ pluginId: 'billing', severity: 'high', title: 't', startedAt: at, lastAnomalyAt: at, symptoms: [] });
    await db.insert(incident).values({ pluginId: 'billing', severity: 'high', title: 't', status: 'resolved', startedAt: at, lastAnomalyAt: at, symptoms: [] });
    expect(await count()).toBe((before ?? 0) + 1);
  });

  it('counts job runs and failures, and how late a job is past its interval', async () => {
    const db = await getDb();
    let runs = 0;
    scheduleJob(db, { name: 'metrics-test-job', everyMs: 3_600_000, perProcess: true, run: async () => { runs++; throw new Error('boom'); } });
    await expect.poll(() => runs).toBe(1);
    await expect.poll(async () => sampleValue((await renderConsoleMetrics(db)).text, 'console_job_failures_total', { job: 'metrics-test-job' })).toBe(1);
    const now = Date.now();
    const text = (at: number) => renderConsoleMetrics(db, at).then((r) => r.text);
    expect(sampleValue(await text(now), 'console_job_runs_total', { job: 'metrics-test-job' })).toBe(1);
    expect(sampleValue(await text(now), 'console_job_lag_seconds', { job: 'metrics-test-job' })).toBe(0);
    // One hour after the run it is due; ten seconds later it is ten seconds late.
    expect(sampleValue(await text(now + 3_600_000 + 10_000 + 1000), 'console_job_lag_seconds', { job: 'metrics-test-job' })).toBeGreaterThanOrEqual(10);
    stopJobs();
  });
});

describe('route templates', () => {
  it('puts path parameters back as their names, catch-alls and encoded ids included', () => {
    expect(routeTemplate('/api/v1/incidents/42', { incidentId: '42' })).toBe('/api/v1/incidents/[incidentId]');
    expect(routeTemplate('/api/v1/plugins/acme%2Fbilling/aiops', { pluginId: 'acme/billing' })).toBe('/api/v1/plugins/[pluginId]/aiops');
    expect(routeTemplate('/api/v1/plugins/a/b/c/history', { pluginId: 'a/b/c' })).toBe('/api/v1/plugins/[...pluginId]/history');
    expect(routeTemplate('/api/v1/plugins/p1/sandbox/history', { pluginId: 'p1', kind: 'sandbox' })).toBe('/api/v1/plugins/[pluginId]/[kind]/history');
    expect(routeTemplate('/api/v1/metrics', {})).toBe('/api/v1/metrics');
  });

  it('never returns a path whose parameters it cannot place', () => {
    expect(routeTemplate('/api/v1/incidents/42', { incidentId: '43' })).toBe(OTHER_ROUTE);
    expect(routeTemplate('/api/v1/incidents/%E0%A4%A', { incidentId: 'x' })).toBe(OTHER_ROUTE);
  });
});
