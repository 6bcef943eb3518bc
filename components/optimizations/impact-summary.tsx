import type { PerformanceOptimization } from '@/schemas';

export interface ImpactSummaryProps {
  impact: PerformanceOptimization['expectedImpact'];
}

const signed = (v: number) => (v > 0 ? `−${v} %` : `+${-v} %`);

/** Expected impact in one line: performance gain, resource savings, cost change. */
export function ImpactSummary({ impact }: ImpactSummaryProps) {
  const parts: string[] = [];
  if (impact.performanceGain) parts.push(`~${impact.performanceGain} % faster`);
  const s = impact.resourceSavings;
  if (s?.cpu) parts.push(`CPU ${signed(s.cpu)}`);
  if (s?.memory) parts.push(`memory ${signed(s.memory)}`);
  if (s?.network) parts.push(`network ${signed(s.network)}`);
  if (impact.costReduction) parts.push(`cost ${signed(impact.costReduction)}`);
  return <span>{parts.length ? parts.join(' · ') : 'No performance change expected; tighter limits'}</span>;
}
