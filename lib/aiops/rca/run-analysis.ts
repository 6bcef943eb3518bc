// Runs one root-cause analysis and stores it: a `running` row first (so the UI can show it in
// progress), then the result that passed RootCauseAnalysisResultSchema, or the error. The
// optional language-model narrative is written afterwards and never holds the result back.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { RootCauseAnalysisRequestSchema, type RootCauseAnalysisRequestInput } from '@/schemas';
import type { Db } from '../../db/client';
import type { Tx } from '../../audit/append-event';
import { incident, rcaAnalysis } from '../../db/schema';
import { badRequest, zodIssues } from '../../errors';
import { getPlugin } from '../../plugins/get-plugin';
import { parseIncidentId } from '../incidents/incident-id';
import { loadEvidence } from './load-evidence';
import { analyze } from './analyze';
import { writeNarrative } from './write-narrative';

export type AnalysisRow = typeof rcaAnalysis.$inferSelect;

export interface RunOptions {
  createdBy: string;
  /** Write the narrative in the background when a language model is configured (default true). */
  narrative?: boolean;
  now?: number;
  /** Runs in the transaction that stores the outcome (done or failed): the caller's audit event. */
  onFinish?: (tx: Tx, row: AnalysisRow) => Promise<void>;
}

/** The incident the request names, when it is one of this plugin's incidents. */
async function linkedIncident(db: Db, incidentId: string, pluginId: string): Promise<number | null> {
  const id = parseIncidentId(incidentId);
  if (id === null) return null;
  const [row] = await db.select({ id: incident.id }).from(incident).where(and(eq(incident.id, id), eq(incident.pluginId, pluginId)));
  return row?.id ?? null;
}

export async function runAnalysis(db: Db, input: RootCauseAnalysisRequestInput, opts: RunOptions): Promise<AnalysisRow> {
  const parsed = RootCauseAnalysisRequestSchema.safeParse(input);
  if (!parsed.success) throw badRequest('The analysis request is invalid', zodIssues(parsed.error));
  const request = parsed.data;
  if (Date.parse(request.timeRange.start) >= Date.parse(request.timeRange.end)) {
    throw badRequest('The time range is empty', [{ path: 'timeRange.start', message: 'start must be before end' }]);
  }
  await getPlugin(db, request.pluginId);
  const id = `rca_${randomUUID()}`;
  const [row] = await db
    .insert(rcaAnalysis)
    .values({ id, incidentId: await linkedIncident(db, request.incidentId, request.pluginId), pluginId: request.pluginId, status: 'running', request, createdBy: opts.createdBy })
    .returning();
  const finish = (set: Partial<AnalysisRow>) =>
    db.transaction(async (tx) => {
      const [stored] = await tx.update(rcaAnalysis).set(set).where(eq(rcaAnalysis.id, id)).returning();
      if (stored && opts.onFinish) await opts.onFinish(tx, stored);
      return stored;
    });
  try {
    const data = await loadEvidence(db, request);
    const result = analyze(data, request, id, opts.now);
    const done = await finish({ status: 'done', result, finishedAt: new Date() });
    if (opts.narrative !== false) void writeNarrative(db, id, result);
    return done;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const failed = await finish({ status: 'failed', error: message, finishedAt: new Date() });
    console.error(`[rca] analysis ${id} failed:`, err);
    return failed ?? { ...row, status: 'failed', error: message };
  }
}
