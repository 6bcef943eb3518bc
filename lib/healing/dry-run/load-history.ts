// Reads what the dry run replays, once per preview: health reports, anomalies, warning and error
// log lines, incidents and the points of every customCondition name, over the range plus the
// look-back each window needs at the range's first step. Only what the triggers read is loaded.
import { and, asc, desc, eq, gte, inArray, isNull, lte, or, gt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { anomaly, healthReport, incident, pluginEvent } from '../../db/schema';
import { rawSeries } from '../../aiops/whatif/raw-series';
import { conditionSource } from '../load-condition-data';
import { ANOMALY_OPEN_MS, conditionWindowStart, HEALTH_FRESH_MS, LOG_LEVELS, logWindowStart } from '../fact-windows';
import type { SeriesPoint } from '../evaluate-condition';
import type { ConditionHistory } from '../condition-windows';
import { emptyLogs, type DryRunHistory, type HistoryLogs } from './history';
import type { TriggerNeeds } from '../trigger-needs';

/** Log lines read at most (the newest); beyond this the preview says the oldest were left out. */
export const MAX_DRY_RUN_LOG_LINES = 250_000;

async function loadLogs(db: Db, pluginId: string, from: number, to: number): Promise<HistoryLogs> {
  const rows = await db
    .select({ ts: pluginEvent.ts, level: pluginEvent.level, message: pluginEvent.message })
    .from(pluginEvent)
    .where(and(eq(pluginEvent.pluginId, pluginId), gte(pluginEvent.ts, new Date(logWindowStart(from))), lte(pluginEvent.ts, new Date(to)), inArray(pluginEvent.level, [...LOG_LEVELS])))
    .orderBy(desc(pluginEvent.ts))
    .limit(MAX_DRY_RUN_LOG_LINES + 1);
  const truncated = rows.length > MAX_DRY_RUN_LOG_LINES;
  const kept = rows.slice(0, MAX_DRY_RUN_LOG_LINES).reverse();
  return { at: Float64Array.from(kept, (r) => r.ts.getTime()), level: kept.map((r) => r.level), message: kept.map((r) => r.message), truncated };
}

async function loadCondition(db: Db, pluginId: string, name: string, forMs: number, from: number, to: number): Promise<ConditionHistory> {
  const source = await conditionSource(db, pluginId, name);
  if ('note' in source) return source;
  const raw = await rawSeries(db, pluginId, source.metric, to);
  if (!raw) return { metric: source.metric, note: `no ${source.metric} metric from this plugin` };
  const s = raw.series;
  const points: SeriesPoint[] = [];
  for (let i = s.lowerBound(conditionWindowStart(forMs, from)); i < s.n && s.t[i] <= to; i++) points.push({ ts: s.t[i], value: s.v[i] * source.scale });
  return { metric: source.metric, points };
}

export async function loadDryRunHistory(db: Db, pluginId: string, needs: TriggerNeeds, from: number, to: number): Promise<DryRunHistory> {
  const history: DryRunHistory = { health: { at: new Float64Array(0), status: [] }, anomalies: [], logs: emptyLogs(), incidents: [], conditions: new Map() };
  if (needs.health) {
    const rows = await db
      .select({ ts: healthReport.ts, status: healthReport.status })
      .from(healthReport)
      .where(and(eq(healthReport.pluginId, pluginId), gte(healthReport.ts, new Date(from - HEALTH_FRESH_MS)), lte(healthReport.ts, new Date(to))))
      .orderBy(asc(healthReport.ts));
    history.health = { at: Float64Array.from(rows, (r) => r.ts.getTime()), status: rows.map((r) => r.status) };
  }
  if (needs.anomalies) {
    const rows = await db
      .select({ id: anomaly.id, type: anomaly.type, metric: anomaly.metric, score: anomaly.score, startedAt: anomaly.startedAt, endedAt: anomaly.endedAt })
      .from(anomaly)
      .where(and(eq(anomaly.pluginId, pluginId), gte(anomaly.endedAt, new Date(from - ANOMALY_OPEN_MS)), lte(anomaly.startedAt, new Date(to))))
      .orderBy(asc(anomaly.startedAt), asc(anomaly.id));
    history.anomalies = rows.map((r) => ({ ...r, startedAt: r.startedAt.getTime(), endedAt: r.endedAt.getTime() }));
  }
  if (needs.logs) history.logs = await loadLogs(db, pluginId, from, to);
  // Incidents decide every action's episode (maxAttempts), whatever the triggers read.
  const incidents = await db
    .select({ id: incident.id, startedAt: incident.startedAt, createdAt: incident.createdAt, resolvedAt: incident.resolvedAt, status: incident.status, updatedAt: incident.updatedAt })
    .from(incident)
    .where(and(eq(incident.pluginId, pluginId), lte(incident.createdAt, new Date(to)), or(isNull(incident.resolvedAt), gt(incident.resolvedAt, new Date(from)))))
    .orderBy(asc(incident.startedAt));
  history.incidents = incidents.map((r) => ({
    id: r.id,
    startedAt: r.startedAt.getTime(),
    createdAt: r.createdAt.getTime(),
    resolvedAt: (r.resolvedAt ?? (r.status === 'resolved' ? r.updatedAt : null))?.getTime() ?? null,
  }));
  for (const [name, forMs] of needs.names) history.conditions.set(name, await loadCondition(db, pluginId, name, forMs, from, to));
  return history;
}
