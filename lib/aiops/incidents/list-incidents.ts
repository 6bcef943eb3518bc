// Incidents active in a time range, newest first, with the counts per status and severity of
// the same range and plugin (so the filters show what each choice would give).
import { and, desc, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { rowsOf } from '../../db/rows-of';
import type { Db } from '../../db/client';
import { incident } from '../../db/schema';
import { parseTimeRange } from '../query/time-range';
import type { IncidentsQuery } from '@/schemas/incidents-api';
import type { IncidentRow } from './group-anomalies';

export interface IncidentCounts {
  status: Record<string, number>;
  severity: Record<string, number>;
  total: number;
}

export interface TopCause {
  category: string;
  confidence: number;
}

export type ListedIncident = IncidentRow & { topCause: TopCause | null };

/** The leading cause of each incident's latest finished analysis. */
async function topCauses(db: Db, ids: number[]): Promise<Map<number, TopCause>> {
  if (ids.length === 0) return new Map();
  const rows = rowsOf(
    await db.execute(sql`
      select distinct on (incident_id) incident_id, result->'rootCauses'->0->>'category' as category, (result->'rootCauses'->0->>'confidence')::float8 as confidence
      from rca_analysis where status = 'done' and incident_id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})
      order by incident_id, created_at desc`),
  );
  return new Map(rows.filter((r) => r.category).map((r) => [Number(r.incident_id), { category: String(r.category), confidence: Number(r.confidence) }]));
}

export async function listIncidents(db: Db, q: IncidentsQuery, now = Date.now()): Promise<{ incidents: ListedIncident[]; counts: IncidentCounts }> {
  const { from, to } = parseTimeRange(q.from, q.to, now);
  const range: SQL[] = [lte(incident.startedAt, new Date(to)), or(isNull(incident.endedAt), gte(incident.endedAt, new Date(from)))!];
  if (q.plugin) range.push(eq(incident.pluginId, q.plugin));
  // Incidents merged into a dependency's (topology) are part of it: listed only per plugin.
  else range.push(isNull(incident.mergedInto));
  const filtered = [...range];
  if (q.status) filtered.push(eq(incident.status, q.status));
  if (q.severity) filtered.push(eq(incident.severity, q.severity));
  const [incidents, grouped] = await Promise.all([
    db.select().from(incident).where(and(...filtered)).orderBy(desc(incident.startedAt)).limit(q.limit),
    db
      .select({ status: incident.status, severity: incident.severity, n: sql<number>`count(*)::int` })
      .from(incident)
      .where(and(...range))
      .groupBy(incident.status, incident.severity),
  ]);
  const counts: IncidentCounts = { status: { open: 0, acknowledged: 0, resolved: 0 }, severity: { low: 0, medium: 0, high: 0, critical: 0 }, total: 0 };
  for (const g of grouped) {
    counts.status[g.status] = (counts.status[g.status] ?? 0) + Number(g.n);
    counts.severity[g.severity] = (counts.severity[g.severity] ?? 0) + Number(g.n);
    counts.total += Number(g.n);
  }
  const causes = await topCauses(db, incidents.map((i) => i.id));
  return { incidents: incidents.map((i) => ({ ...i, topCause: causes.get(i.id) ?? null })), counts };
}
