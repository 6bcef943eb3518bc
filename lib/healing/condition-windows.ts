// The condition series the engine evaluates an action's customCondition with at an instant: for
// each name it mentions, the points of the action's longest FOR window for that name plus the
// staleness margin (fact-windows.ts), up to the instant. Each name's points are loaded once,
// over the longest window any action needs (conditionLookBacks), and sliced here per action: by
// the live engine (propose-actions.ts, one pass) and the dry run (dry-run/simulate.ts, every step).
import type { SelfHealingAction } from '@/schemas';
import { lookBackByName, type ConditionSeries, type SeriesPoint } from './evaluate-condition';
import { parsedCondition } from './evaluate-trigger';
import { conditionWindowStart } from './fact-windows';

/** The loaded points of one customCondition name, already scaled (heapUsedPercent), or why there are none. */
export type ConditionHistory = { metric: string; points: SeriesPoint[] } | { metric: string; note: string };

/** Condition name → its longest FOR window (ms) in one trigger; empty without a customCondition that parses. */
export function conditionLookBack(trigger: SelfHealingAction['trigger']): Map<string, number> {
  const expression = trigger.customCondition?.trim();
  const parsed = expression ? parsedCondition(expression) : null;
  return parsed?.ok ? lookBackByName(parsed.ast) : new Map();
}

/** Condition name → the longest FOR window (ms) any of the actions needs: what to load. */
export function conditionLookBacks(actions: readonly SelfHealingAction[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const { trigger } of actions) for (const [name, forMs] of conditionLookBack(trigger)) out.set(name, Math.max(out.get(name) ?? 0, forMs));
  return out;
}

/** Index of the first point at or after `t`, or (`after`) after `t`. Specialised (no accessor callback): it runs for every step of a week. */
function pointIndex(points: readonly SeriesPoint[], t: number, after: boolean): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid].ts < t || (after && points[mid].ts === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NONE = new Map<string, ConditionSeries>();

export class ConditionWindows {
  /** Per action: condition name → its FOR window (ms). */
  private readonly lookBack: Map<string, number>[];

  constructor(
    private readonly conditions: Map<string, ConditionHistory>,
    actions: readonly SelfHealingAction[],
  ) {
    this.lookBack = actions.map((a) => conditionLookBack(a.trigger));
  }

  seriesFor(index: number, now: number): Map<string, ConditionSeries> {
    const names = this.lookBack[index];
    if (!names.size) return NONE;
    const out = new Map<string, ConditionSeries>();
    for (const [name, forMs] of names) {
      const h = this.conditions.get(name);
      if (!h) throw new Error(`ConditionWindows: ${name} was not loaded`);
      if ('note' in h) {
        out.set(name, { metric: h.metric, points: [], note: h.note });
        continue;
      }
      const p = h.points;
      out.set(name, { metric: h.metric, points: p.slice(pointIndex(p, conditionWindowStart(forMs, now), false), pointIndex(p, now, true)) });
    }
    return out;
  }
}
