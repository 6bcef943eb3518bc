// The RootCauseAnalysisRequest for an incident: its symptoms and its window, from its start
// to its end (or, while it is open, a quarter of an hour past its last anomaly).
import type { RootCauseAnalysisRequestInput } from '@/schemas';
import type { Symptom } from '../incidents/describe-incident';
import type { IncidentRow } from '../incidents/group-anomalies';

export interface StepSwitches {
  analyzeLogs?: boolean;
  analyzeMetrics?: boolean;
  analyzeDependencies?: boolean;
}

export function requestFromIncident(row: IncidentRow, steps: StepSwitches = {}): RootCauseAnalysisRequestInput {
  const end = row.endedAt ?? new Date(row.lastAnomalyAt.getTime() + 15 * 60_000);
  return {
    incidentId: String(row.id),
    pluginId: row.pluginId,
    symptoms: row.symptoms as Symptom[],
    timeRange: { start: row.startedAt.toISOString(), end: new Date(Math.max(end.getTime(), row.startedAt.getTime() + 60_000)).toISOString() },
    ...steps,
  };
}
