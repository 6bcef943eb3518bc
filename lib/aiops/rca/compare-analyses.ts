// What changed from one analysis of an incident to the next, in one line for the history:
// the top cause, its confidence, and causes that appeared or dropped out.
import type { AnalysisView } from './analysis-view';

const label = (a: AnalysisView, i: number) => {
  const c = a.result?.rootCauses[i];
  return c ? (a.extras?.causeKinds?.[c.id] ?? c.category) : null;
};

export function compareAnalyses(previous: AnalysisView, current: AnalysisView): string | null {
  if (!previous.result || !current.result) return null;
  const before = label(previous, 0);
  const after = label(current, 0);
  const was = previous.result.rootCauses[0].confidence;
  const now = current.result.rootCauses[0].confidence;
  const parts: string[] = [];
  if (before !== after) parts.push(`top cause ${before} (${was} %) → ${after} (${now} %)`);
  else if (was !== now) parts.push(`${after}: ${was} % → ${now} %`);
  const kinds = (a: AnalysisView) => new Set(a.result!.rootCauses.map((_, i) => label(a, i)));
  const prev = kinds(previous);
  const cur = kinds(current);
  const added = [...cur].filter((k) => !prev.has(k) && k !== after);
  const dropped = [...prev].filter((k) => !cur.has(k) && k !== before);
  if (added.length) parts.push(`new: ${added.join(', ')}`);
  if (dropped.length) parts.push(`no longer: ${dropped.join(', ')}`);
  return parts.join('; ') || 'no change';
}
