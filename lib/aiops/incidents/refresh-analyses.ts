// Living analysis: while an incident is open, the console re-analyses it when new evidence has
// arrived since its last automatic analysis — anomalies joining it, a change (deploy, config,
// restart, scaling), the plugin's health status turning, or a burst of warning/error lines —
// at most every REFRESH_MS per incident. Each run is a new analysis row, so the history of
// analyses is kept; compare-analyses.ts says what changed between them.
import { and, count, desc, eq, gt, inArray, lte, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { anomaly, healthReport, incident, pluginEvent, rcaAnalysis } from '../../db/schema';
import { runAnalysis, type AnalysisRow } from '../rca/run-analysis';
import { requestFromIncident } from '../rca/request-from-incident';
import { incidentResponseOf } from './agent-config';

export const REFRESH_MS = 5 * 60_000;
/** New warning/error lines that count as new evidence by themselves. */
export const NEW_LOG_LINES = 10;
export const LIVING_ANALYSIS_BY = 'console: living analysis';
const AUTOMATIC = ['console: autoRCA', LIVING_ANALYSIS_BY];

/** What is new for the incident since `since` (epoch ms), in words; empty when nothing is. */
async function newEvidence(db: Db, row: typeof incident.$inferSelect, since: number): Promise<string[]> {
  const after = new Date(since);
  const out: string[] = [];
  const [joined] = await db.select({ n: count() }).from(anomaly).where(and(eq(anomaly.incidentId, row.id), gt(anomaly.createdAt, after)));
  if (joined.n) out.push(`${joined.n} new anomal${joined.n === 1 ? 'y' : 'ies'}`);
  const [changes] = await db.select({ n: count() }).from(pluginEvent).where(and(eq(pluginEvent.pluginId, row.pluginId), ne(pluginEvent.kind, 'log'), gt(pluginEvent.ts, after)));
  if (changes.n) out.push(`${changes.n} change${changes.n === 1 ? '' : 's'}`);
  const [logs] = await db
    .select({ n: count() })
    .from(pluginEvent)
    .where(and(eq(pluginEvent.pluginId, row.pluginId), eq(pluginEvent.kind, 'log'), inArray(pluginEvent.level, ['warn', 'error', 'fatal']), gt(pluginEvent.ts, after)));
  if (logs.n >= NEW_LOG_LINES) out.push(`${logs.n} new warning or error lines`);
  const [before] = await db.select({ status: healthReport.status }).from(healthReport).where(and(eq(healthReport.pluginId, row.pluginId), lte(healthReport.ts, after))).orderBy(desc(healthReport.ts)).limit(1);
  const [turned] = await db
    .select({ status: healthReport.status })
    .from(healthReport)
    .where(and(eq(healthReport.pluginId, row.pluginId), gt(healthReport.ts, after), before ? ne(healthReport.status, before.status) : undefined))
    .orderBy(desc(healthReport.ts))
    .limit(1);
  if (turned) out.push(`health ${before ? `${before.status} → ` : ''}${turned.status}`);
  return out;
}

export async function refreshAnalyses(db: Db, opts: { now?: number } = {}): Promise<AnalysisRow[]> {
  const now = opts.now ?? Date.now();
  const open = await db.select().from(incident).where(ne(incident.status, 'resolved'));
  const done: AnalysisRow[] = [];
  for (const row of open) {
    const response = await incidentResponseOf(db, row.pluginId);
    if (!response || response.enabled === false || response.autoRCA === false) continue;
    const [last] = await db
      .select({ createdAt: rcaAnalysis.createdAt })
      .from(rcaAnalysis)
      .where(and(eq(rcaAnalysis.incidentId, row.id), inArray(rcaAnalysis.createdBy, AUTOMATIC)))
      .orderBy(desc(rcaAnalysis.createdAt))
      .limit(1);
    if (!last || now - last.createdAt.getTime() < REFRESH_MS) continue; // the first one is respondToIncident's
    const why = await newEvidence(db, row, last.createdAt.getTime());
    if (!why.length) continue;
    try {
      done.push(await runAnalysis(db, requestFromIncident(row), { createdBy: LIVING_ANALYSIS_BY, now }));
    } catch (err) {
      console.error(`[incidents] re-analysing incident ${row.id} (${why.join(', ')}) failed:`, err);
    }
  }
  return done;
}
