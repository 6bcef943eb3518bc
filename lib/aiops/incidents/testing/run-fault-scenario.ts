// Drives one fault of fault-catalog.ts through the console as a plugin's agent would: its data
// pushed through the API (metrics, events, health), the incident job's steps run at simulated
// times, and the outcome read back through the incident routes as a viewer. Two deliveries:
//
// - live: the history up to 10 minutes before the onset in bulk, one job run at that time, then
//   one minute of data at a time, each followed by one job run at the end of that minute, up
//   to the end of the scenario (the job runs every 30 s, so a minute's data meets at most one
//   run late; one run per minute is the coarser, and so the conservative, choice);
// - late: everything in one batch after the end (an agent back after a 20-minute network cut),
//   then one job run.
//
// The job's steps are those of jobs.ts (group, merge by topology, respond to new and resolved
// incidents, living analysis), each given the simulated time where it takes one.
import { and, eq, gte, lte } from 'drizzle-orm';
import { RootCauseAnalysisRequestSchema, type RootCauseAnalysisResult } from '@/schemas';
import type { Db } from '../../../db/client';
import { getDb } from '../../../db/client';
import { anomaly, incident } from '../../../db/schema';
import { systemActor } from '../../../auth/actor';
import { createPlugin } from '../../../plugins/create-plugin';
import { createToken } from '../../../tokens/create-token';
import { call, userWithRole } from '../../../testing/http';
import type { Scenario } from '../../rca/testing/build-scenario';
import type { AnalysisView } from '../../rca/analysis-view';
import { loadEvidence } from '../../rca/load-evidence';
import { analyze } from '../../rca/analyze';
import { requestFromIncident } from '../../rca/request-from-incident';
import { runIncidentPass } from '../jobs';
import { clusters, HealthLine, qualifies } from '../grouping-rule';
import { healthBetween } from '../load-plugin-timeline';
import { type FaultScenario, HOUR, MIN } from './fault-catalog';
import * as metricsRoute from '@/app/api/v1/metrics/route';
import * as eventsRoute from '@/app/api/v1/events/route';
import * as healthRoute from '@/app/api/v1/health/route';
import * as docRoute from '@/app/api/v1/plugins/[pluginId]/[kind]/route';
import * as listRoute from '@/app/api/v1/incidents/route';
import * as oneRoute from '@/app/api/v1/incidents/[incidentId]/route';
import * as resolveRoute from '@/app/api/v1/incidents/[incidentId]/resolve/route';

export type Delivery = 'live' | 'late';

/** Live: data sent in bulk up to this long before the onset, then minute by minute. */
export const LIVE_LEAD_MS = 10 * MIN;
/** Late: the batch arrives, and the job runs, this long after the scenario's end. */
export const LATE_DELAY_MS = 20 * MIN;

export interface TopCause {
  category: string;
  confidence: number;
  description: string;
  /** The description and the evidence's contents, for checking what the cause mentions. */
  text: string;
}

export interface FaultRun {
  fault: string;
  delivery: Delivery;
  pluginId: string;
  onset: number;
  end: number;
  /** Incidents of the plugin that are not merged into another (the incident list's). */
  incidents: { id: number; startedAt: number; openedLate: boolean; title: string; severity: string }[];
  /** The simulated time of the job run that opened the first incident from the live minutes (live only). */
  openedAt: number | null;
  /** openedAt − onset. */
  openedAfterOnsetMs: number | null;
  /** The data time at which the plugin's anomalies and health reports first met the grouping rule, from onset − 30 min. */
  ruleMetAt: number | null;
  /** openedAt − ruleMetAt. */
  openedAfterRuleMs: number | null;
  /** Late: the incident was opened by the one job run after the batch. */
  openedByThePass: boolean;
  /** Of the fault's incident (the one starting nearest the onset). */
  startedAt: number | null;
  openedLate: boolean | null;
  /** The top root cause of that incident's latest finished analysis. */
  topCause: TopCause | null;
  analyses: { createdBy: string; status: string }[];
  /** With `reanalyseAtEnd`: the top cause of the incident analysed as it stands at the end (not stored). */
  atEnd: TopCause | null;
  /** Wall-clock time the run took (ms). */
  tookMs: number;
}

interface Harness {
  token: string;
  operator: string;
  viewer: string;
}

const harnesses = new WeakMap<Db, Promise<Harness>>();

/** The agent token and the operator's and viewer's sessions, made once per database. */
function harness(db: Db): Promise<Harness> {
  let h = harnesses.get(db);
  if (!h) {
    h = (async () => ({
      token: (await createToken(db, systemActor(), { name: 'fault-scenarios agent', scopes: ['metrics:write', 'events:write', 'health:write'] })).token,
      operator: (await userWithRole('operator')).cookie,
      viewer: (await userWithRole('viewer')).cookie,
    }))();
    harnesses.set(db, h);
  }
  return h;
}

async function ok(what: string, res: Promise<{ status: number; body: unknown }>, expected = 200) {
  const r = await res;
  if (r.status !== expected) throw new Error(`${what} answered ${r.status}: ${JSON.stringify(r.body).slice(0, 400)}`);
  return r;
}

const timeOf = (t: number | string) => (typeof t === 'string' ? Date.parse(t) : t);

/** Sends the part of a scenario in [from, to) through the ingest routes. */
export async function sendRange(token: string, s: Scenario, from: number, to: number): Promise<void> {
  const inRange = (t: number | string) => timeOf(t) >= from && timeOf(t) < to;
  const points = s.points.filter((p) => inRange(p.timestamp));
  for (let i = 0; i < points.length; i += 10_000) await ok('POST /api/v1/metrics', call(metricsRoute.POST, { method: 'POST', token, body: { points: points.slice(i, i + 10_000) } }));
  const events = s.events.filter((e) => inRange(e.timestamp as number | string)).sort((a, b) => timeOf(a.timestamp as number) - timeOf(b.timestamp as number));
  for (let i = 0; i < events.length; i += 5000) await ok('POST /api/v1/events', call(eventsRoute.POST, { method: 'POST', token, body: { events: events.slice(i, i + 5000) } }));
  const health = s.health.filter((h) => inRange(h.report.timestamp));
  for (let i = 0; i < health.length; i += 1000) await ok('POST /api/v1/health', call(healthRoute.POST, { method: 'POST', token, body: { reports: health.slice(i, i + 1000) } }));
}

/** One run of the incident job (jobs.ts) at simulated time `now`. */
export const runIncidentJobAt = (db: Db, now: number) => runIncidentPass(db, now);

/**
 * The first data time in [from, to] at which the plugin's anomalies and health reports, as they
 * stood then (anomalies started by then, cut at then; reports made by then), met rule 2 of
 * grouping-rule.ts. Read after the run, from the stored anomalies, so the ends of anomalies that
 * grew later are cut, not replayed: an approximation good to the minute.
 */
export async function ruleFirstMet(db: Db, pluginId: string, from: number, to: number): Promise<number | null> {
  const rows = await db
    .select()
    .from(anomaly)
    .where(and(eq(anomaly.pluginId, pluginId), gte(anomaly.startedAt, new Date(from - 2 * HOUR)), lte(anomaly.startedAt, new Date(to))))
    .orderBy(anomaly.startedAt);
  const health = await healthBetween(db, pluginId, from - 3 * HOUR, to + 10 * MIN);
  const times = [...new Set([...rows.map((a) => a.startedAt.getTime()), ...health.map((h) => h.ts)])].filter((t) => t >= from && t <= to).sort((a, b) => a - b);
  for (const t of times) {
    const known = rows
      .filter((a) => a.startedAt.getTime() <= t)
      .map((a) => ({ id: a.id, metric: a.metric, score: a.score, startedAt: a.startedAt.getTime(), endedAt: Math.min(a.endedAt.getTime(), t) }));
    const line = new HealthLine(health.filter((h) => h.ts <= t));
    if (clusters(known).some((c) => c.some((a) => a.startedAt >= from) && qualifies(c, line))) return t;
  }
  return null;
}

export interface RunOptions {
  pluginId: string;
  delivery: Delivery;
  /** The database (default: the process database, getDb()). */
  db?: Db;
  /** Also analyse the incident as it stands at the end, without storing it (what a re-analysis would say). */
  reanalyseAtEnd?: boolean;
}

const topOf = (result: RootCauseAnalysisResult | null | undefined): TopCause | null => {
  const top = result?.rootCauses[0];
  return top ? { category: top.category, confidence: top.confidence, description: top.description, text: [top.description, ...top.evidence.map((e) => e.content)].join('\n') } : null;
};

export async function runFaultScenario(fault: FaultScenario, opts: RunOptions): Promise<FaultRun> {
  const started = performance.now();
  const db = opts.db ?? (await getDb());
  const { pluginId, delivery } = opts;
  const h = await harness(db);
  await createPlugin(db, systemActor(), { id: pluginId, name: `${fault.name} (${delivery})` });
  const saveDocument = async (kind: 'sandbox' | 'aiops', body: Record<string, unknown>, comment?: string) => {
    const current = await call(docRoute.GET, { cookie: h.operator, params: { pluginId, kind } });
    const baseVersion = current.status === 200 ? Number(current.body.version ?? 0) : 0;
    await ok(`PUT ${kind} document`, call(docRoute.PUT, { method: 'PUT', cookie: h.operator, params: { pluginId, kind }, body: { baseVersion, ...(comment && { comment }), body } }));
  };
  // The automatic analysis is off without an incidentResponse section (agent-config.ts): the agent's document asks for it.
  await saveDocument('aiops', { agentId: `${pluginId}-agent`, pluginId, incidentResponse: { autoRCA: true } }, 'Incident response: automatic analysis');
  await fault.action?.({ pluginId, saveDocument });
  const { onset, end } = fault.timeline(Date.now());
  const s = fault.build(pluginId, end);

  let openedAt: number | null = null;
  let openedByThePass = false;
  if (delivery === 'live') {
    const lead = onset - LIVE_LEAD_MS;
    await sendRange(h.token, s, s.from, lead);
    await runIncidentJobAt(db, lead);
    for (let t = lead; t <= end; t += MIN) {
      await sendRange(h.token, s, t, t + MIN);
      const run = await runIncidentJobAt(db, t + MIN);
      if (openedAt === null && run.opened.some((r) => r.pluginId === pluginId)) openedAt = t + MIN;
    }
  } else {
    await sendRange(h.token, s, s.from, end + MIN);
    const run = await runIncidentJobAt(db, end + LATE_DELAY_MS);
    openedByThePass = run.opened.some((r) => r.pluginId === pluginId);
  }

  const list = await ok('GET /api/v1/incidents', call(listRoute.GET, { cookie: h.viewer, path: `/api/v1/incidents?plugin=${pluginId}&from=${s.from}&to=${end + 2 * HOUR}` }));
  const incidents = (list.body as { incidents: { id: number; startedAt: string; openedLate: boolean; title: string; severity: string; mergedInto: number | null }[] }).incidents
    .filter((i) => i.mergedInto === null)
    .map((i) => ({ id: i.id, startedAt: Date.parse(i.startedAt), openedLate: i.openedLate, title: i.title, severity: i.severity }))
    .sort((a, b) => a.startedAt - b.startedAt);
  const main = [...incidents].sort((a, b) => Math.abs(a.startedAt - onset) - Math.abs(b.startedAt - onset))[0];
  let topCause: TopCause | null = null;
  let analyses: FaultRun['analyses'] = [];
  if (main) {
    const detail = await ok('GET /api/v1/incidents/{id}', call(oneRoute.GET, { cookie: h.viewer, params: { incidentId: String(main.id) } }));
    const views = (detail.body as { analyses: AnalysisView[] }).analyses;
    analyses = views.map((a) => ({ createdBy: a.createdBy, status: a.status }));
    topCause = topOf(views.find((a) => a.status === 'done' && a.result)?.result);
  }
  let atEnd: TopCause | null = null;
  if (main && opts.reanalyseAtEnd) {
    const [row] = await db.select().from(incident).where(eq(incident.id, main.id));
    const request = RootCauseAnalysisRequestSchema.parse(requestFromIncident(row));
    atEnd = topOf(analyze(await loadEvidence(db, request), request, 'fault-scenario-at-end', end));
  }
  const ruleMetAt = delivery === 'live' ? await ruleFirstMet(db, pluginId, onset - 30 * MIN, end) : null;
  // Read, the operator resolves what is still open: an open incident is re-read by every later
  // job run (its plugin regrouped, its analysis considered for a refresh), which would make each
  // scenario slower than the one before it and tie it to those that ran earlier.
  for (const i of incidents) {
    const r = await call(resolveRoute.POST, { method: 'POST', cookie: h.operator, params: { incidentId: String(i.id) }, body: { comment: 'fault scenario read' } });
    if (r.status !== 200 && r.status !== 409) throw new Error(`resolving incident ${i.id} answered ${r.status}: ${JSON.stringify(r.body).slice(0, 300)}`);
  }
  return {
    fault: fault.name,
    delivery,
    pluginId,
    onset,
    end,
    incidents,
    openedAt,
    openedAfterOnsetMs: openedAt === null ? null : openedAt - onset,
    ruleMetAt,
    openedAfterRuleMs: openedAt === null || ruleMetAt === null ? null : openedAt - ruleMetAt,
    openedByThePass,
    startedAt: main?.startedAt ?? null,
    openedLate: main?.openedLate ?? null,
    topCause,
    analyses,
    atEnd,
    tookMs: Math.round(performance.now() - started),
  };
}

/** Live: an incident opened more than this after the onset is too late for an operator (see testing/fault-scenario-suite.ts). */
export const LIVE_OPEN_BOUND_MS = 10 * MIN;
/** Live: the target, after the data met the grouping rule. */
export const RULE_OPEN_BOUND_MS = 60_000;
/** Late: the incident starts at the data's time, within this window around the onset (before: precursors the detectors caught). */
export const LATE_START_WINDOW = { beforeMs: 10 * MIN, afterMs: 5 * MIN };

/** What is wrong with a run, in words; empty when it is what the fault expects. */
export function problemsOf(fault: FaultScenario, run: FaultRun): string[] {
  const out: string[] = [];
  if (!fault.expected) {
    if (run.incidents.length) out.push(`noise opened ${run.incidents.length} incident(s)`);
    return out;
  }
  if (run.incidents.length !== 1) out.push(`${run.incidents.length} incidents, expected 1`);
  if (run.delivery === 'live') {
    if (run.openedAfterOnsetMs === null) out.push('never opened live');
    else if (run.openedAfterOnsetMs > LIVE_OPEN_BOUND_MS) out.push(`opened ${mmss(run.openedAfterOnsetMs)} after onset (> ${mmss(LIVE_OPEN_BOUND_MS)})`);
    if (run.openedAfterRuleMs !== null && run.openedAfterRuleMs > RULE_OPEN_BOUND_MS) out.push(`opened ${mmss(run.openedAfterRuleMs)} after the rule was met`);
    if (run.openedLate) out.push('live incident marked opened late');
  } else if (run.incidents.length) {
    if (!run.openedByThePass) out.push('not opened by the single pass');
    if (!run.openedLate) out.push('late incident not marked opened late');
    if (run.startedAt !== null && (run.startedAt < run.onset - LATE_START_WINDOW.beforeMs || run.startedAt > run.onset + LATE_START_WINDOW.afterMs))
      out.push(`started ${signedMmss(run.startedAt - run.onset)} from onset`);
  }
  if (run.incidents.length) {
    if (!run.topCause) out.push('no finished analysis');
    else {
      if (run.topCause.category !== fault.expected.category) out.push(`top cause ${run.topCause.category}, expected ${fault.expected.category}`);
      else if (fault.expected.mentions && !fault.expected.mentions.test(run.topCause.text)) out.push(`top cause does not mention ${fault.expected.mentions}`);
    }
  }
  return out;
}

export function mmss(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export const signedMmss = (ms: number) => `${ms < 0 ? '−' : '+'}${mmss(ms)}`;
