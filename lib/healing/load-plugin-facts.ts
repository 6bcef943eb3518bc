// What the engine knows about one plugin when it evaluates triggers: the latest health report,
// the anomalies still going on, recent warning and error log lines, and the open incident. Only
// what some trigger reads (trigger-needs.ts) is queried; the open incident always is (it is the
// episode of maxAttempts).
import { and, desc, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { anomaly, healthReport, incident, pluginEvent } from '../db/schema';
import { ANOMALY_OPEN_MS, anomalyOpenAt, freshHealth, LOG_LEVELS, logWindowStart, MAX_LOG_LINES, OPEN_INCIDENT_STATUSES } from './fact-windows';
import type { TriggerNeeds } from './trigger-needs';

export interface PluginFacts {
  health: { status: string; at: number } | null;
  anomalies: { id: number; type: string; metric: string; score: number; startedAt: number; endedAt?: number }[];
  logs: { message: string; level: string; at: number }[];
  incidentId: number | null;
}

export async function loadPluginFacts(db: Db, pluginId: string, now: number, needs: Pick<TriggerNeeds, 'health' | 'anomalies' | 'logs'>): Promise<PluginFacts> {
  const [health] = needs.health
    ? await db
        .select({ status: healthReport.status, ts: healthReport.ts })
        .from(healthReport)
        .where(eq(healthReport.pluginId, pluginId))
        .orderBy(desc(healthReport.ts))
        .limit(1)
    : [];
  const open = needs.anomalies
    ? await db
        .select()
        .from(anomaly)
        .where(and(eq(anomaly.pluginId, pluginId), gte(anomaly.endedAt, new Date(now - ANOMALY_OPEN_MS))))
    : [];
  const logs = needs.logs
    ? await db
        .select({ message: pluginEvent.message, level: pluginEvent.level, ts: pluginEvent.ts })
        .from(pluginEvent)
        .where(and(eq(pluginEvent.pluginId, pluginId), gte(pluginEvent.ts, new Date(logWindowStart(now))), inArray(pluginEvent.level, [...LOG_LEVELS])))
        .orderBy(desc(pluginEvent.ts))
        .limit(MAX_LOG_LINES)
    : [];
  const [inc] = await db
    .select({ id: incident.id })
    .from(incident)
    .where(and(eq(incident.pluginId, pluginId), inArray(incident.status, [...OPEN_INCIDENT_STATUSES])))
    .orderBy(desc(incident.startedAt))
    .limit(1);
  return {
    health: freshHealth(health && { status: health.status, at: health.ts.getTime() }, now),
    anomalies: open.filter((a) => anomalyOpenAt({ startedAt: a.startedAt.getTime(), endedAt: a.endedAt.getTime() }, now)).map((a) => ({ id: a.id, type: a.type, metric: a.metric, score: a.score, startedAt: a.startedAt.getTime(), endedAt: a.endedAt.getTime() })),
    logs: logs.map((l) => ({ message: l.message, level: l.level, at: l.ts.getTime() })),
    incidentId: inc?.id ?? null,
  };
}
