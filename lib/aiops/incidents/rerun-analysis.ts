// Runs a fresh root-cause analysis of an incident on the evidence stored now (an operator's
// "re-run analysis"), optionally with some steps switched off.
import type { Db } from '../../db/client';
import { actorLabel, type Actor } from '../../auth/actor';
import { appendAuditEvent } from '../../audit/append-event';
import { runAnalysis } from '../rca/run-analysis';
import { requestFromIncident, type StepSwitches } from '../rca/request-from-incident';
import { analysisView, type AnalysisView } from '../rca/analysis-view';
import { findIncident } from './incident-id';

export async function rerunAnalysis(db: Db, actor: Actor, id: string, steps: StepSwitches): Promise<AnalysisView> {
  const row = await findIncident(db, id);
  const analysis = await runAnalysis(db, requestFromIncident(row, steps), {
    createdBy: actorLabel(actor),
    onFinish: (tx, stored) => appendAuditEvent(tx, actor, { kind: 'rca.run', target: `incident:${row.id}`, afterRef: stored.id, details: { pluginId: row.pluginId, status: stored.status } }),
  });
  return analysisView(analysis);
}
