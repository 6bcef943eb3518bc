// Living analysis: while an incident is open, the console re-analyses it when new evidence has
// arrived since its last automatic analysis — anomalies joining it, a change (deploy, config,
// restart, scaling), the plugin's health status turning, a burst of warning/error lines, or, in
// the incident's first EARLY_MS, only more minutes of data when the last analysis was unsure
// (at opening it saw a few minutes of a surge or one restart of a crash loop) — at most every
// REFRESH_MS per incident. Times are the data's: an analysis is as of the time it analysed
// (its result's timestamp), so late data and replays refresh as live data does. Each run is a
// new analysis row, so the history of analyses is kept; compare-analyses.ts says what changed.
import { and, count, desc, eq, gt, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { anomaly, healthReport, incident, pluginEvent, rcaAnalysis } from '../../db/schema';
import { runAnalysis, type AnalysisRow } from '../rca/run-analysis';
import { requestFromIncident } from '../rca/request-from-incident';
import { incidentResponseOf } from './agent-config';

export const REFRESH_MS = 5 * 60_000;
/** In an incident's first EARLY_MS, an analysis whose top cause is under SURE is refreshed anyway. */
export const EARLY_MS = 30 * 60_000;
export const SURE = 80;
/** New warning/error lines that count as new evidence by themselves. */
export const NEW_LOG_LINES = 10;
export const LIVING_ANALYSIS_BY = 'console: living analysis';
const AUTOMATIC = ['console: autoRCA', LIVING_ANALYSIS_BY];

interface LastAnalysis {
  /** When the row was written (the server's clock): anomalies stored after it are new. */
  createdAt: Date;
  /** The data time it analysed as of. */
  asOf: number;
  /** Its top cause's confidence (0 when it found none). */
  confidence: number;
}

/** What is new for the incident since its last automatic analysis, in words; empty when nothing is. */
async function newEvidence(db: Db, row: typeof incident.$inferSelect, last: LastAnalysis): Promise<string[]> {
  const after = new Date(last.asOf);
  const out: string[] = [];
  const [joined] = await db.select({ n: count() }).from(anomaly).where(and(eq(anomaly.incidentId, row.id), gt(anomaly.createdAt, last.createdAt)));
  if (joined.n) out.push(`${joined.n} new anomal${joined.n === 1 ? 'y' : 'ies'}`);
  // Minutes into an incident an analysis sees the start of a surge or the first restart of a
  // crash loop; while it is unsure, more minutes of data are evidence enough.
  if (last.asOf - row.startedAt.getTime() < EARLY_MS && last.confidence < SURE) out.push(`an early, unsure analysis (${last.confidence} %)`);
  // A save of the console's own AIOps document changes nothing the plugin runs with (rca/analyze-changes.ts).
  const notAiopsSave = sql`coalesce(${pluginEvent.data}->>'documentKind', '') <> 'aiops'`;
  const [changes] = await db
    .select({ n: count() })
    .from(pluginEvent)
    .where(and(eq(pluginEvent.pluginId, row.pluginId), ne(pluginEvent.kind, 'log'), gt(pluginEvent.ts, after), notAiopsSave));
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
    const [stored] = await db
      .select({ createdAt: rcaAnalysis.createdAt, result: rcaAnalysis.result })
      .from(rcaAnalysis)
      .where(and(eq(rcaAnalysis.incidentId, row.id), inArray(rcaAnalysis.createdBy, AUTOMATIC)))
      .orderBy(desc(rcaAnalysis.createdAt))
      .limit(1);
    if (!stored) continue; // the first one is respondToIncident's
    const result = stored.result as { timestamp?: string; rootCauses?: { confidence?: number }[] } | null;
    const analysedAt = Date.parse(String(result?.timestamp ?? ''));
    const last = {
      createdAt: stored.createdAt,
      asOf: Number.isFinite(analysedAt) ? analysedAt : stored.createdAt.getTime(),
      confidence: Number(result?.rootCauses?.[0]?.confidence ?? 0),
    };
    if (now - last.asOf < REFRESH_MS) continue;
    const why = await newEvidence(db, row, last);
    if (!why.length) continue;
    try {
      done.push(await runAnalysis(db, requestFromIncident(row), { createdBy: LIVING_ANALYSIS_BY, now }));
    } catch (err) {
      console.error(`[incidents] re-analysing incident ${row.id} (${why.join(', ')}) failed:`, err);
    }
  }
  return done;
}
