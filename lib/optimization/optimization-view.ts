// What the API returns for a stored suggestion.
import type { PerformanceOptimization } from '@/schemas';
import { optimization } from '../db/schema';
import type { Evidence, ProposedChange } from './types';

export type OptimizationRow = typeof optimization.$inferSelect;
export type OptimizationStatus = 'open' | 'applied' | 'dismissed';

export interface OptimizationView {
  id: string;
  pluginId: string;
  record: PerformanceOptimization;
  evidence: Evidence;
  change: ProposedChange | null;
  status: OptimizationStatus;
  dismissedReason: string | null;
  appliedVersion: number | null;
  autoApplied: boolean;
  createdAt: string;
  updatedAt: string;
}

export function viewOf(row: OptimizationRow): OptimizationView {
  return {
    id: row.id,
    pluginId: row.pluginId,
    record: row.record as PerformanceOptimization,
    evidence: row.evidence as Evidence,
    change: (row.change as ProposedChange | null) ?? null,
    status: row.status as OptimizationStatus,
    dismissedReason: row.dismissedReason,
    appliedVersion: row.appliedVersion,
    autoApplied: row.autoApplied,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
