// Query definitions for incidents and root-cause analyses: one key and fetcher each, used by
// server prefetch and client hooks, plus the DTO shapes the API sends.
import { apiFetch } from '../http/api-fetch';
import { queryString } from './query-string';
import type { AnalysisView } from '../aiops/rca/analysis-view';
import type { IncidentCounts } from '../aiops/incidents/list-incidents';
import type { Symptom } from '../aiops/incidents/describe-incident';
import type { AffectedGraph } from '../aiops/incidents/affected-graph';
import type { AnomalyDto } from './metrics';

export type AnalysisDto = AnalysisView;
export type { AffectedGraph, IncidentCounts, Symptom };

export interface IncidentDto {
  id: number;
  pluginId: string;
  status: 'open' | 'acknowledged' | 'resolved';
  severity: 'low' | 'medium' | 'high' | 'critical';
  title: string;
  startedAt: string;
  endedAt: string | null;
  lastAnomalyAt: string;
  symptoms: Symptom[];
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  /** Opened from data that arrived late: its start is the data's. */
  openedLate?: boolean;
  /** The dependency's incident this one is part of (topology). */
  mergedInto?: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface IncidentListDto {
  incidents: (IncidentDto & { topCause: { category: string; confidence: number } | null })[];
  counts: IncidentCounts;
}

export interface CommentDto {
  id: number;
  incidentId: number;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface ProposalDto {
  id: string;
  actionId: string;
  actionType: string;
  status: string;
  createdAt: string;
}

export interface NotificationDto {
  id: number;
  channel: string;
  target: string;
  status: 'pending' | 'sent' | 'failed' | 'not-configured';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
}

export interface IncidentDetailDto {
  incident: IncidentDto;
  anomalies: AnomalyDto[];
  comments: CommentDto[];
  analyses: AnalysisDto[];
  proposals: ProposalDto[];
  notifications: NotificationDto[];
  /** Dependants' incidents merged into this one (topology). */
  merged?: { id: number; pluginId: string; title: string; status: string; startedAt: string }[];
  /** The affected part of the dependency graph: the plugin, merged dependants, its dependencies. */
  topology?: AffectedGraph;
}

export type IncidentFilters = { plugin?: string; status?: string; severity?: string; from: string; to: string };

export const incidentQueries = {
  all: () => ['incidents'] as const,
  list: (f: IncidentFilters) => ({
    queryKey: [...incidentQueries.all(), 'list', f.plugin ?? null, f.status ?? null, f.severity ?? null, f.from, f.to] as const,
    queryFn: ({ signal }: { signal?: AbortSignal }) => apiFetch<IncidentListDto>(`/api/v1/incidents?${queryString(f)}`, { signal }),
  }),
  detail: (id: string) => ({
    queryKey: [...incidentQueries.all(), 'detail', id] as const,
    queryFn: ({ signal }: { signal?: AbortSignal }) => apiFetch<IncidentDetailDto>(`/api/v1/incidents/${encodeURIComponent(id)}`, { signal }),
  }),
};

export const incidentActions = {
  acknowledge: (id: number) => apiFetch<{ incident: IncidentDto }>(`/api/v1/incidents/${id}/acknowledge`, { method: 'POST' }),
  resolve: (id: number, comment?: string) => apiFetch<{ incident: IncidentDto }>(`/api/v1/incidents/${id}/resolve`, { method: 'POST', body: comment ? { comment } : {} }),
  comment: (id: number, body: string) => apiFetch<{ comment: CommentDto }>(`/api/v1/incidents/${id}/comments`, { method: 'POST', body: { body } }),
  rerun: (id: number, steps: { analyzeLogs?: boolean; analyzeMetrics?: boolean; analyzeDependencies?: boolean } = {}) =>
    apiFetch<{ analysis: AnalysisDto }>(`/api/v1/incidents/${id}/analyses`, { method: 'POST', body: steps }),
};
