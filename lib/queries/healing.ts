// Query definitions for self-healing: proposals (queue, history, per incident), the number
// waiting for approval, and action annotations for metric charts. One key and fetcher each.
import { apiFetch } from '../http/api-fetch';
import { queryString } from './query-string';
import type { ProposalView } from '../healing/list-proposals';
import type { ActionAnnotation } from '../healing/list-action-annotations';
import type { ProposalStatus } from '../healing/types';

export type { ActionAnnotation, ProposalStatus };
export type { ConditionMatch, ComparisonResult, ExecutionOutcome, ProposalReason } from '../healing/types';

type Dates = 'decidedAt' | 'expiresAt' | 'startedAt' | 'finishedAt' | 'createdAt';
export type ProposalDto = Omit<ProposalView, Dates> & {
  decidedAt: string | null;
  expiresAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  createdAt: string;
};

export interface ProposalFilterDto {
  status?: ProposalStatus[];
  plugin?: string;
  type?: string;
  incident?: number;
  limit?: number;
}

export const healingQueries = {
  all: () => ['healing'] as const,
  proposals: (f: ProposalFilterDto) => ({
    queryKey: [...healingQueries.all(), 'proposals', f.status?.join(',') ?? null, f.plugin ?? null, f.type ?? null, f.incident ?? null, f.limit ?? null] as const,
    queryFn: async ({ signal }: { signal?: AbortSignal }) => (await apiFetch<{ proposals: ProposalDto[] }>(`/api/v1/healing/proposals?${queryString({ ...f })}`, { signal })).proposals,
  }),
  pendingCount: () => ({
    queryKey: [...healingQueries.all(), 'pending-count'] as const,
    queryFn: async ({ signal }: { signal?: AbortSignal }) => (await apiFetch<{ pending: number }>('/api/v1/healing/pending-count', { signal })).pending,
  }),
  annotations: (q: { plugin: string; from: string; to: string }) => ({
    queryKey: [...healingQueries.all(), 'annotations', q.plugin, q.from, q.to] as const,
    queryFn: async ({ signal }: { signal?: AbortSignal }) => (await apiFetch<{ annotations: ActionAnnotation[] }>(`/api/v1/healing/annotations?${queryString(q)}`, { signal })).annotations,
  }),
};

export const QUEUE_STATUSES: ProposalStatus[] = ['pending'];
export const HISTORY_STATUSES: ProposalStatus[] = ['approved', 'running', 'succeeded', 'failed', 'unknown', 'rejected', 'expired'];
