// Query definitions for optimization suggestions and for the what-if previews of the AIOps
// settings page (the previews feed the same decisions: what a setting would have done).
import { apiFetch, pluginPath } from '../http/api-fetch';
import type { OptimizationView, OptimizationStatus } from '../optimization/optimization-view';
import type { DocumentChange } from '../config-store/diff-documents';
import type { AnomalyPreview } from '../aiops/whatif/preview-anomalies';
import type { AutoScalingPreview } from '../aiops/whatif/preview-autoscaling';
import type { HealingPreview, HealingActionPreview } from '../aiops/whatif/preview-healing';
import type { PreviewRange } from '@/schemas/whatif-api';

export type { OptimizationView, OptimizationStatus, AnomalyPreview, AutoScalingPreview, HealingPreview, HealingActionPreview, PreviewRange };

export interface ProposedChangeDto {
  documentKind: 'sandbox' | 'aiops';
  baseVersion: number;
  stale: boolean;
  changes: DocumentChange[];
}

export type StatusFilter = OptimizationStatus | 'all';

export const optimizationQueries = {
  all: () => ['optimizations'] as const,
  list: (status: StatusFilter) => ({
    queryKey: [...optimizationQueries.all(), 'list', status] as const,
    queryFn: async () => (await apiFetch<{ optimizations: OptimizationView[] }>(`/api/v1/optimizations?status=${status}`)).optimizations,
  }),
  change: (id: string) => ({
    queryKey: [...optimizationQueries.all(), 'change', id] as const,
    queryFn: () => apiFetch<ProposedChangeDto>(`/api/v1/optimizations/${encodeURIComponent(id)}/change`),
  }),
};

interface PreviewCommon {
  range: PreviewRange;
  width: number;
  utcOffsetMinutes: number;
}

/** The draft is part of the key: each edit is its own preview, and repeating one is a cache hit. */
export const whatifQueries = {
  anomalies: (pluginId: string, q: PreviewCommon & { config: unknown }) => ({
    queryKey: ['whatif', pluginId, 'anomalies', q] as const,
    queryFn: ({ signal }: { signal?: AbortSignal }) =>
      apiFetch<AnomalyPreview>(pluginPath(pluginId, '/aiops/preview/anomalies'), { method: 'POST', body: q, signal }),
  }),
  autoScaling: (pluginId: string, q: PreviewCommon & { policies: unknown[] }) => ({
    queryKey: ['whatif', pluginId, 'autoscaling', q] as const,
    queryFn: ({ signal }: { signal?: AbortSignal }) =>
      apiFetch<AutoScalingPreview>(pluginPath(pluginId, '/aiops/preview/autoscaling'), { method: 'POST', body: q, signal }),
  }),
  healing: (pluginId: string, q: PreviewCommon & { selfHealing: unknown }) => ({
    queryKey: ['whatif', pluginId, 'healing', q] as const,
    queryFn: ({ signal }: { signal?: AbortSignal }) =>
      apiFetch<HealingPreview>(pluginPath(pluginId, '/aiops/preview/healing'), { method: 'POST', body: q, signal }),
  }),
};
