// The remediation plan: what to do now (the leading cause's first step, and the second cause's
// when it is also likely), in the coming days (the causes' follow-ups) and for good (prevention).
import type { RootCauseAnalysisResult } from '@/schemas';
import type { RankedCause } from './rank-causes';

type Plan = NonNullable<RootCauseAnalysisResult['remediation']>;

export function planRemediation(causes: RankedCause[], thin: boolean): Plan {
  if (thin || causes.length === 0) {
    return {
      immediate: ['Watch the plugin: the symptoms may be load or noise rather than a fault'],
      shortTerm: ['Send logs, health reports (with dependencies) and change events for this plugin, so the next analysis has evidence to work from'],
      longTerm: ['Review the anomaly detector sensitivity for this plugin if such incidents keep coming without a cause'],
    };
  }
  const uniq = (xs: string[]) => [...new Set(xs)];
  const [first, ...rest] = causes;
  const likely = rest.filter((c) => c.confidence >= 50);
  const recs = (c: RankedCause) => c.finding.recommendations;
  return {
    immediate: uniq([recs(first)[0], ...likely.map((c) => recs(c)[0])].filter(Boolean)),
    shortTerm: uniq([recs(first)[1], ...rest.map((c) => recs(c)[likely.includes(c) ? 1 : 0])].filter(Boolean)),
    longTerm: uniq([...causes.map((c) => recs(c)[2]), 'Add what this incident taught to the runbook of the plugin'].filter(Boolean)),
  };
}
