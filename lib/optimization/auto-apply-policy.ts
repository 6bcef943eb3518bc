// Which suggestions optimization.autoApply may apply without a person: configuration changes
// the console can make and roll back, of trivial or easy difficulty only.
import type { PerformanceOptimization } from '@/schemas';
import type { ProposedChange } from './types';

export const AUTO_APPLY_DIFFICULTIES: ReadonlySet<PerformanceOptimization['difficulty']> = new Set(['trivial', 'easy']);

export function mayAutoApply(record: Pick<PerformanceOptimization, 'difficulty'>, change: ProposedChange | null): boolean {
  return change !== null && change.set.length > 0 && AUTO_APPLY_DIFFICULTIES.has(record.difficulty);
}
