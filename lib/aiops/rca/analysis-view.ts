// What the API returns for an analysis: the protocol result (parsed by its schema, so only
// protocol fields), the console's extras for the UI beside it, and the request it answered.
import { RootCauseAnalysisResultSchema, type RootCauseAnalysisRequest, type RootCauseAnalysisResult } from '@/schemas';
import type { AnalysisExtras, StoredResult } from './types';
import type { AnalysisRow } from './run-analysis';

export interface AnalysisView {
  id: string;
  incidentId: number | null;
  pluginId: string;
  status: 'running' | 'done' | 'failed';
  request: RootCauseAnalysisRequest;
  result: RootCauseAnalysisResult | null;
  extras: AnalysisExtras | null;
  narrative: string | null;
  error: string | null;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
  /** In an incident's history: what changed since its previous finished analysis. */
  sincePrevious?: string | null;
}

export function analysisView(row: AnalysisRow): AnalysisView {
  const stored = row.result as StoredResult | null;
  const parsed = stored ? RootCauseAnalysisResultSchema.safeParse(stored) : null;
  return {
    id: row.id,
    incidentId: row.incidentId,
    pluginId: row.pluginId,
    status: row.status as AnalysisView['status'],
    request: row.request as RootCauseAnalysisRequest,
    result: parsed?.success ? parsed.data : null,
    extras: stored?.extras ?? null,
    narrative: row.narrative,
    error: row.error,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
