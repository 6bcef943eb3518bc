// The grouping job: reads anomalies not yet in an incident, oldest first, and applies the rule
// of grouping-rule.ts per plugin — joining open incidents, opening new ones, and resolving those
// whose plugin is back to normal. Anomalies that stay alone are left without an incident; a
// per-process watermark keeps them from being re-read on every run.
import { and, asc, eq, gte, inArray, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { anomaly, incident } from '../../db/schema';
import { cacheFor } from '../../db/per-db-cache';
import { appendAuditEvent } from '../../audit/append-event';
import { systemActor } from '../../auth/actor';
import { CLUSTER_GAP_MS, HEALTH_MARGIN_MS, HealthLine, clusters, qualifies, resolvedAt } from './grouping-rule';
import { severityOf, symptomsOf, titleOf, type AnomalyFacts } from './describe-incident';
import { dataTimeOf, healthBetween } from './load-plugin-timeline';
import { incidentResponseOf } from './agent-config';

export type IncidentRow = typeof incident.$inferSelect;
type AnomalyRow = typeof anomaly.$inferSelect;

export interface GroupingResult {
  opened: IncidentRow[];
  joined: number;
  resolved: number[];
}

export interface GroupingOptions {
  now?: number;
  /** Anomalies read per run; the rest wait for the next run. */
  limit?: number;
}

const actor = systemActor('incidents');
const facts = (a: AnomalyRow): AnomalyFacts & { id: number; endedAt: number } => ({
  id: a.id,
  metric: a.metric,
  type: a.type,
  startedAt: a.startedAt.getTime(),
  endedAt: a.endedAt.getTime(),
  score: a.score,
  peakValue: a.peakValue,
  expected: a.expected,
});

interface Working {
  row: IncidentRow;
  anomalies: ReturnType<typeof facts>[];
  added: number[];
  isNew: boolean;
}

async function describe(db: Db, pluginId: string, w: Working, lastAnomalyAt: number) {
  const health = await healthBetween(db, pluginId, w.row.startedAt.getTime() - HEALTH_MARGIN_MS, lastAnomalyAt + HEALTH_MARGIN_MS);
  const symptoms = symptomsOf(w.anomalies, health);
  return { symptoms, severity: severityOf(symptoms), title: titleOf(symptoms) };
}

async function save(db: Db, pluginId: string, w: Working, resolveAt: number | null, now: number): Promise<IncidentRow> {
  const lastAnomalyAt = Math.max(...w.anomalies.map((a) => a.endedAt));
  const d = await describe(db, pluginId, w, lastAnomalyAt);
  const resolved = resolveAt !== null ? { status: 'resolved', endedAt: new Date(resolveAt), resolvedAt: new Date(now), resolvedBy: 'console: back to normal' } : {};
  // The incident, its anomalies and the audit events of opening and resolving it commit together.
  return db.transaction(async (tx) => {
    let row: IncidentRow;
    if (w.isNew) {
      [row] = await tx
        .insert(incident)
        .values({ pluginId, startedAt: w.row.startedAt, lastAnomalyAt: new Date(lastAnomalyAt), ...d, ...resolved })
        .returning();
      await appendAuditEvent(tx, actor, { kind: 'incident.open', target: `incident:${row.id}`, details: { pluginId, anomalies: w.anomalies.length, severity: row.severity } });
    } else {
      [row] = await tx
        .update(incident)
        .set({ lastAnomalyAt: new Date(lastAnomalyAt), ...d, ...resolved, updatedAt: new Date(now) })
        .where(eq(incident.id, w.row.id))
        .returning();
    }
    if (w.added.length) await tx.update(anomaly).set({ incidentId: row.id }).where(inArray(anomaly.id, w.added));
    if (resolveAt !== null) await appendAuditEvent(tx, actor, { kind: 'incident.auto-resolve', target: `incident:${row.id}`, details: { pluginId, endedAt: new Date(resolveAt).toISOString() } });
    return row;
  });
}

export async function groupAnomalies(db: Db, opts: GroupingOptions = {}): Promise<GroupingResult> {
  const now = opts.now ?? Date.now();
  const limit = opts.limit ?? 5000;
  const mark = cacheFor<number>(db, 'incident-grouping');
  const watermark = mark.get('watermark') ?? 0;
  const rows = await db
    .select()
    .from(anomaly)
    .where(and(isNull(anomaly.incidentId), gte(anomaly.startedAt, new Date(watermark))))
    .orderBy(asc(anomaly.startedAt), asc(anomaly.id))
    .limit(limit);
  const truncated = rows.length === limit;
  const unresolved = await db.select().from(incident).where(ne(incident.status, 'resolved')).orderBy(asc(incident.startedAt));
  const openAnomalies = unresolved.length
    ? await db.select().from(anomaly).where(inArray(anomaly.incidentId, unresolved.map((i) => i.id)))
    : [];
  const plugins = [...new Set([...rows.map((r) => r.pluginId), ...unresolved.map((i) => i.pluginId)])];
  const result: GroupingResult = { opened: [], joined: 0, resolved: [] };
  let nextMark = Infinity;

  for (const pluginId of plugins) {
    const response = await incidentResponseOf(db, pluginId);
    const mine = rows.filter((r) => r.pluginId === pluginId).map(facts);
    const dataTime = Math.min(now, (await dataTimeOf(db, pluginId)) ?? now);
    const horizon = truncated ? Math.min(dataTime, rows[rows.length - 1].startedAt.getTime()) : dataTime;
    const openRow = unresolved.filter((i) => i.pluginId === pluginId).at(-1);
    let current: Working | null = openRow
      ? { row: openRow, anomalies: openAnomalies.filter((a) => a.incidentId === openRow.id).map(facts), added: [], isNew: false }
      : null;
    const from = Math.min(mine[0]?.startedAt ?? Infinity, current?.row.lastAnomalyAt.getTime() ?? Infinity) - 2 * 3_600_000;
    const health = new HealthLine(await healthBetween(db, pluginId, from, horizon + HEALTH_MARGIN_MS));
    const finish = async (w: Working, resolveAt: number | null) => {
      const row = await save(db, pluginId, w, resolveAt, now);
      if (w.isNew) result.opened.push(row);
      if (resolveAt !== null) result.resolved.push(row.id);
      result.joined += w.isNew ? 0 : w.added.length;
    };
    let pending: typeof mine = [];
    for (const a of mine) {
      if (current) {
        const r = resolvedAt(Math.max(...current.anomalies.map((x) => x.endedAt)), a.startedAt, health);
        if (r === null) {
          current.anomalies.push(a);
          current.added.push(a.id);
          continue;
        }
        await finish(current, r);
        current = null;
      }
      pending.push(a);
      const cl = clusters(pending);
      const last = cl[cl.length - 1];
      if (response?.enabled !== false && qualifies(last, health)) {
        current = { row: { pluginId, startedAt: new Date(last[0].startedAt) } as IncidentRow, anomalies: [...last], added: last.map((x) => x.id), isNew: true };
        pending = [];
      } else {
        pending = last;
      }
    }
    if (current) await finish(current, resolvedAt(Math.max(...current.anomalies.map((x) => x.endedAt)), horizon, health));
    // A cluster still within reach of new anomalies (or of the health report for its minute) waits.
    const settled = pending.length && horizon > Math.max(...pending.map((p) => p.endedAt)) + CLUSTER_GAP_MS + HEALTH_MARGIN_MS;
    if (pending.length && !settled) nextMark = Math.min(nextMark, pending[0].startedAt);
  }
  if (truncated) nextMark = Math.min(nextMark, rows[rows.length - 1].startedAt.getTime());
  else if (nextMark === Infinity && rows.length) nextMark = rows[rows.length - 1].startedAt.getTime() + 1;
  if (nextMark !== Infinity) mark.set('watermark', nextMark);
  return result;
}
