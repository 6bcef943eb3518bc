// Evaluates a parsed customCondition against recent metric points. Pure: the caller loads the
// points (load-condition-data.ts). Missing data makes a comparison *unknown*, not false, so
// `NOT (errorRate > 0.1)` does not fire for a plugin that sends no error rate; a condition
// holds only when it is definitely true.
import type { CompareOp, ConditionNode } from '@/schemas/condition-language';
import type { ComparisonResult } from './types';

export interface SeriesPoint {
  ts: number;
  value: number;
}

export interface ConditionSeries {
  metric: string | null;
  /** Ascending by time. */
  points: SeriesPoint[];
  /** Why there are no points, when there are none for a reason worth telling. */
  note?: string;
}

/** A latest point older than this is stale: the comparison is unknown. */
export const STALE_AFTER_MS = 5 * 60_000;
/** Two points further apart than this break a FOR run (the plugin stopped reporting). */
const MAX_GAP_MS = 5 * 60_000;

type Truth = boolean | null;

export interface ConditionEvaluation {
  holds: boolean;
  comparisons: ComparisonResult[];
}

function compare(v: number, op: CompareOp, t: number): boolean {
  switch (op) {
    case '>':
      return v > t;
    case '>=':
      return v >= t;
    case '<':
      return v < t;
    case '<=':
      return v <= t;
    case '==':
      return v === t;
    case '!=':
      return v !== t;
  }
}

function comparisonResult(node: Extract<ConditionNode, { kind: 'compare' }>, s: ConditionSeries, value: number | null, heldForMs: number, holds: boolean, note?: string): ComparisonResult {
  // One object literal: spreading a shared base into each result is ~100× slower in V8, and
  // the dry run builds one per comparison for every 15 s of a week.
  const r: ComparisonResult = { name: node.name, metric: s.metric, op: node.op, threshold: node.value, forMs: node.forMs, value, heldForMs, holds };
  if (note !== undefined) r.note = note;
  return r;
}

function evaluateComparison(node: Extract<ConditionNode, { kind: 'compare' }>, s: ConditionSeries, now: number): ComparisonResult {
  // Points are ascending: the latest one at or before now, without copying the series.
  const pts = s.points;
  let last = pts.length - 1;
  while (last >= 0 && pts[last].ts > now) last--;
  const latest = last >= 0 ? pts[last] : undefined;
  if (!latest) return comparisonResult(node, s, null, 0, false, s.note ?? 'no data');
  if (now - latest.ts > STALE_AFTER_MS) return comparisonResult(node, s, latest.value, 0, false, 'no recent data');
  // Walk back over the unbroken run of points that satisfy the comparison.
  let since = latest.ts;
  for (let i = last; i >= 0; i--) {
    if (!compare(pts[i].value, node.op, node.value)) break;
    if (i < last && pts[i + 1].ts - pts[i].ts > MAX_GAP_MS) break;
    since = pts[i].ts;
  }
  const satisfied = compare(latest.value, node.op, node.value);
  const heldForMs = satisfied ? latest.ts - since : 0;
  return comparisonResult(node, s, latest.value, heldForMs, satisfied && heldForMs >= (node.forMs ?? 0));
}

export function evaluateCondition(ast: ConditionNode, seriesOf: (name: string) => ConditionSeries, now: number): ConditionEvaluation {
  const comparisons: ComparisonResult[] = [];
  const walk = (n: ConditionNode): Truth => {
    switch (n.kind) {
      case 'compare': {
        const r = evaluateComparison(n, seriesOf(n.name), now);
        comparisons.push(r);
        return r.note ? null : r.holds;
      }
      case 'not': {
        const v = walk(n.operand);
        return v === null ? null : !v;
      }
      case 'and': {
        const [l, r] = [walk(n.left), walk(n.right)];
        return l === false || r === false ? false : l === null || r === null ? null : true;
      }
      case 'or': {
        const [l, r] = [walk(n.left), walk(n.right)];
        return l === true || r === true ? true : l === null || r === null ? null : false;
      }
    }
  };
  return { holds: walk(ast) === true, comparisons };
}

/** The longest FOR window of each name, so the loader fetches just enough history. */
export function lookBackByName(ast: ConditionNode): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (n: ConditionNode): void => {
    if (n.kind === 'compare') out.set(n.name, Math.max(out.get(n.name) ?? 0, n.forMs ?? 0));
    else if (n.kind === 'not') walk(n.operand);
    else {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(ast);
  return out;
}
