// An analysis asked for by hand (any plugin and time range, with symptoms the operator lists),
// audited like every change. It links to an incident when the request names one of the plugin's.
import type { RootCauseAnalysisRequest } from '@/schemas';
import type { Db } from '../../db/client';
import { actorLabel, type Actor } from '../../auth/actor';
import { appendAuditEvent } from '../../audit/append-event';
import { runAnalysis } from './run-analysis';
import { analysisView, type AnalysisView } from './analysis-view';

export async function runManualAnalysis(db: Db, actor: Actor, request: RootCauseAnalysisRequest): Promise<AnalysisView> {
  const analysis = await runAnalysis(db, request, {
    createdBy: actorLabel(actor),
    onFinish: (tx, row) => appendAuditEvent(tx, actor, { kind: 'rca.run', target: `plugin:${request.pluginId}`, afterRef: row.id, details: { incidentId: request.incidentId, status: row.status } }),
  });
  return analysisView(analysis);
}
