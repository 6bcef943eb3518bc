// The grouping job: settles anomalies in the order they arrived, whatever their own times. The
// cursor is in the database (anomaly.grouped_at, null until settled), so it survives restarts,
// is shared by processes, and a backfill or an agent catching up is read like live data. For each
// plugin the unsettled anomalies touch, the pass re-reads its anomalies outside incidents around
// their times and its incidents there, and applies the rule of grouping-rule.ts in time order:
// joining incidents, opening new ones (starting at the data's time, marked opened late when the
// data came in late) and resolving those whose plugin is back to normal. An anomaly is settled
// once it is in an incident or its cluster can no longer grow; until then the next pass reads it
// again. One pass at a time, under a transaction-scoped advisory lock, so the work is idempotent.
import { and, asc, eq, gte, inArray, isNull, isNotNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { anomaly, incident } from '../../db/schema';
import { rowsOf } from '../../db/rows-of';
import { appendAuditEvent, type Tx } from '../../audit/append-event';
import { systemActor } from '../../auth/actor';
import { CLUSTER_GAP_MS, HEALTH_MARGIN_MS, HealthLine, mayQualify, qualifies, recoveredAt, resolvedAt } from './grouping-rule';
import { severityOf, symptomsOf, titleOf, type AnomalyFacts, type HealthFacts } from './describe-incident';
import { dataTimeOf, healthBetween } from './load-plugin-timeline';
import { incidentResponseOf } from './agent-config';
import { hasUnlinkedProposals, linkProposals } from '../../healing/link-proposals';

export type IncidentRow = typeof incident.$inferSelect;
type AnomalyRow = typeof anomaly.$inferSelect;

export interface GroupingResult {
  opened: IncidentRow[];
  joined: number;
  resolved: number[];
}

export interface GroupingOptions {
  now?: number;
  /** Unsettled anomalies read per pass (in arrival order); the rest wait for the next pass. */
  limit?: number;
}

/** How far around newly arrived anomalies their plugin's other loose anomalies are re-read. */
export const CONTEXT_MS = 6 * 3_600_000;
/** An incident opened this long after the anomaly that made it qualify started was opened late. */
export const LATE_MS = 15 * 60_000;

const actor = systemActor('incidents');
/** One array parameter, not one per id: a batch settles thousands of anomalies at once. */
const idIn = (ids: number[]) => sql`${anomaly.id} = any(${sql.param(ids)}::bigint[])`;
type Facts = AnomalyFacts & { id: number; endedAt: number };
const facts = (a: AnomalyRow): Facts => ({
  id: a.id,
  metric: a.metric,
  type: a.type,
  startedAt: a.startedAt.getTime(),
  endedAt: a.endedAt.getTime(),
  score: a.score,
  peakValue: a.peakValue,
  expected: a.expected,
});

/** An incident as the pass sees it: a stored one (row) or one it opens (row null). */
interface Working {
  row: IncidentRow | null;
  start: number;
  /** The end of a resolved incident; null while it is unresolved. */
  end: number | null;
  lastEnd: number;
  anomalies: Facts[];
  added: number[];
  /** Set when this pass resolves it: the data time at which rule 3 held. */
  resolveAt: number | null;
  late: boolean;
}

const endOf = (r: IncidentRow): number | null =>
  r.status !== 'resolved' ? null : (r.endedAt ?? r.resolvedAt ?? r.lastAnomalyAt).getTime();

/** What the pass loaded once per plugin: its health reports and the window they cover. */
interface LoadedHealth {
  facts: HealthFacts[];
  from: number;
  to: number;
  /** Whether the plugin has proposals not linked to an incident (else linking is skipped). */
  looseProposals: boolean;
}

/** Health reports in [from, to]: from the pass's window when it covers them (one query per plugin, not per incident). */
async function healthIn(db: Db, pluginId: string, loaded: LoadedHealth, from: number, to: number): Promise<HealthFacts[]> {
  if (from >= loaded.from && to <= loaded.to) return loaded.facts.filter((f) => f.ts >= from && f.ts <= to);
  return healthBetween(db, pluginId, from, to);
}

async function save(db: Db, tx: Tx, pluginId: string, w: Working, health: HealthLine, loaded: LoadedHealth, now: number): Promise<IncidentRow> {
  const lastAnomalyAt = Math.max(w.lastEnd, w.row?.lastAnomalyAt.getTime() ?? 0);
  const facts = await healthIn(db, pluginId, loaded, w.start - HEALTH_MARGIN_MS, lastAnomalyAt + HEALTH_MARGIN_MS);
  const symptoms = symptomsOf(w.anomalies, facts);
  const d = { symptoms, severity: severityOf(symptoms), title: titleOf(symptoms), startedAt: new Date(w.start), lastAnomalyAt: new Date(lastAnomalyAt) };
  const resolved =
    w.resolveAt !== null
      ? { status: 'resolved', endedAt: new Date(recoveredAt(lastAnomalyAt, w.resolveAt, health)), resolvedAt: new Date(now), resolvedBy: 'console: back to normal' }
      : {};
  // The incident, its anomalies, linked proposals and the audit events of opening and resolving
  // it commit with the pass's transaction (`db` is that transaction; no savepoint per incident:
  // a failure rolls the whole pass back, and the next pass reads the same rows again).
  let row: IncidentRow;
  if (!w.row) {
    [row] = await db.insert(incident).values({ pluginId, openedLate: w.late, ...d, ...resolved }).returning();
    await appendAuditEvent(tx, actor, {
      kind: 'incident.open',
      target: `incident:${row.id}`,
      details: { pluginId, anomalies: w.anomalies.length, severity: row.severity, ...(w.late && { openedLate: true }) },
    });
  } else {
    [row] = await db
      .update(incident)
      .set({ ...d, ...resolved, updatedAt: new Date(now) })
      .where(eq(incident.id, w.row.id))
      .returning();
  }
  if (w.added.length) await db.update(anomaly).set({ incidentId: row.id, groupedAt: new Date(now) }).where(idIn(w.added));
  if (loaded.looseProposals) await linkProposals(db, row);
  if (w.resolveAt !== null) {
    await appendAuditEvent(tx, actor, { kind: 'incident.auto-resolve', target: `incident:${row.id}`, details: { pluginId, endedAt: row.endedAt!.toISOString() } });
  }
  return row;
}

/** The plugin's anomalies outside incidents and its incidents in [lo, hi], and its unresolved ones. */
async function loadPlugin(db: Db, pluginId: string, range: { lo: number; hi: number } | null) {
  const loose = range
    ? await db
        .select()
        .from(anomaly)
        .where(and(eq(anomaly.pluginId, pluginId), isNull(anomaly.incidentId), gte(anomaly.startedAt, new Date(range.lo)), lte(anomaly.startedAt, new Date(range.hi))))
        .orderBy(asc(anomaly.startedAt), asc(anomaly.id))
    : [];
  const near = range
    ? or(
        ne(incident.status, 'resolved'),
        and(lte(incident.startedAt, new Date(range.hi + CLUSTER_GAP_MS)), or(isNull(incident.endedAt), gte(incident.endedAt, new Date(range.lo)))),
      )
    : ne(incident.status, 'resolved');
  const incidents = await db.select().from(incident).where(and(eq(incident.pluginId, pluginId), near)).orderBy(asc(incident.startedAt));
  const members = incidents.length ? await db.select().from(anomaly).where(inArray(anomaly.incidentId, incidents.map((i) => i.id))) : [];
  return { loose: loose.map(facts), incidents, members };
}

async function groupPlugin(db: Db, tx: Tx, pluginId: string, range: { lo: number; hi: number } | null, now: number, result: GroupingResult): Promise<void> {
  const response = await incidentResponseOf(db, pluginId);
  const horizon = Math.min(now, (await dataTimeOf(db, pluginId)) ?? now);
  const { loose, incidents, members } = await loadPlugin(db, pluginId, range);
  const work: Working[] = incidents.map((row) => {
    const anomalies = members.filter((m) => m.incidentId === row.id).map(facts);
    return { row, start: row.startedAt.getTime(), end: endOf(row), lastEnd: Math.max(row.lastAnomalyAt.getTime(), ...anomalies.map((a) => a.endedAt)), anomalies, added: [], resolveAt: null, late: false };
  });
  const healthFrom = Math.min(range?.lo ?? Infinity, ...work.filter((w) => w.end === null).map((w) => w.lastEnd)) - 2 * 3_600_000;
  const loaded: LoadedHealth = { from: healthFrom, to: horizon + HEALTH_MARGIN_MS, facts: [], looseProposals: await hasUnlinkedProposals(db, pluginId) };
  loaded.facts = await healthBetween(db, pluginId, loaded.from, loaded.to);
  const health = new HealthLine(loaded.facts);
  const touched = new Set<Working>();
  const settled: number[] = [];

  // The incident an anomaly starting at t belongs to, resolving on the way those that were
  // back to normal before t (rule 3); rule 1 for unresolved ones, their span for resolved ones.
  const ownerAt = (t: number): Working | null => {
    for (const w of work) {
      if (t < w.start - CLUSTER_GAP_MS) continue;
      if (w.end !== null) {
        if (t <= w.end) return w;
        continue;
      }
      const r = resolvedAt(w.lastEnd, t, health);
      if (r === null) return w;
      w.end = r;
      w.resolveAt = r;
      touched.add(w);
    }
    return null;
  };
  const join = (w: Working, list: Facts[]) => {
    for (const a of list) {
      w.anomalies.push(a);
      w.added.push(a.id);
      w.lastEnd = Math.max(w.lastEnd, a.endedAt);
      w.start = Math.min(w.start, a.startedAt);
    }
    touched.add(w);
  };

  // A candidate cluster (rule 2); once it can no longer grow by data still to come it is settled.
  let pending: Facts[] = [];
  let pendingEnd = -Infinity;
  const metrics = new Set<string>();
  const flush = () => {
    if (pending.length && horizon > pendingEnd + CLUSTER_GAP_MS + HEALTH_MARGIN_MS) settled.push(...pending.map((p) => p.id));
    pending = [];
    pendingEnd = -Infinity;
    metrics.clear();
  };
  for (const a of loose) {
    const close = pending.length > 0 && a.startedAt - pendingEnd <= CLUSTER_GAP_MS;
    const owner = ownerAt(a.startedAt);
    if (owner) {
      // A cluster leading up to an incident belongs to it, as it would have live.
      if (close) join(owner, pending);
      pending = close ? [] : pending;
      flush();
      join(owner, [a]);
      continue;
    }
    if (!close) flush();
    pending.push(a);
    pendingEnd = Math.max(pendingEnd, a.endedAt);
    metrics.add(a.metric);
    if (mayQualify(metrics.size, a.score) && response?.enabled !== false && qualifies(pending, health)) {
      const w: Working = { row: null, start: pending[0].startedAt, end: null, lastEnd: -Infinity, anomalies: [], added: [], resolveAt: null, late: now - a.startedAt > LATE_MS };
      join(w, pending);
      work.push(w);
      work.sort((x, y) => x.start - y.start);
      pending = [];
      flush();
    }
  }
  flush();
  for (const w of work) {
    if (w.end !== null) continue;
    const r = resolvedAt(w.lastEnd, horizon, health);
    if (r !== null) {
      w.resolveAt = r;
      touched.add(w);
    }
  }
  for (const w of work) {
    if (!touched.has(w)) continue;
    const row = await save(db, tx, pluginId, w, health, loaded, now);
    if (!w.row) result.opened.push(row);
    else result.joined += w.added.length;
    if (w.resolveAt !== null) result.resolved.push(row.id);
  }
  if (settled.length) await db.update(anomaly).set({ groupedAt: new Date(now) }).where(idIn(settled));
}

export async function groupAnomalies(db: Db, opts: GroupingOptions = {}): Promise<GroupingResult> {
  const now = opts.now ?? Date.now();
  const limit = opts.limit ?? 20_000;
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const result: GroupingResult = { opened: [], joined: 0, resolved: [] };
    const [lock] = rowsOf(await tx.execute(sql`select pg_try_advisory_xact_lock(hashtext('incident-grouping')) as locked`));
    if (!lock?.locked) return result; // another process is grouping right now; its pass covers these rows
    // Rows grouped before the cursor existed are settled as they are.
    await tx.update(anomaly).set({ groupedAt: new Date(now) }).where(and(isNull(anomaly.groupedAt), isNotNull(anomaly.incidentId)));
    const fresh = await tx
      .select({ pluginId: anomaly.pluginId, startedAt: anomaly.startedAt, endedAt: anomaly.endedAt })
      .from(anomaly)
      .where(isNull(anomaly.groupedAt))
      .orderBy(asc(anomaly.id))
      .limit(limit);
    const ranges = new Map<string, { lo: number; hi: number }>();
    for (const f of fresh) {
      const r = ranges.get(f.pluginId) ?? { lo: Infinity, hi: -Infinity };
      r.lo = Math.min(r.lo, f.startedAt.getTime() - CONTEXT_MS);
      r.hi = Math.max(r.hi, f.endedAt.getTime() + CONTEXT_MS);
      ranges.set(f.pluginId, r);
    }
    const unresolved = await tx.selectDistinct({ pluginId: incident.pluginId }).from(incident).where(ne(incident.status, 'resolved'));
    const plugins = [...new Set([...ranges.keys(), ...unresolved.map((u) => u.pluginId)])].sort();
    for (const pluginId of plugins) await groupPlugin(tx, t, pluginId, ranges.get(pluginId) ?? null, now, result);
    return result;
  });
}
