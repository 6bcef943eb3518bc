// The condition series the live loader (load-condition-data.ts) would have returned at each step
// of the dry run: per action, for each name its customCondition mentions, the points of the
// action's longest FOR window for that name plus the staleness margin, up to the step.
import type { SelfHealingAction } from '@/schemas';
import { parseCondition } from '@/schemas/condition-language';
import { lookBackByName, type ConditionSeries } from '../evaluate-condition';
import { conditionWindowStart } from '../fact-windows';
import { pointIndex } from './bounds';
import type { ConditionHistory } from './history';

const NONE = new Map<string, ConditionSeries>();

export class ConditionWindows {
  /** Per action: condition name → its FOR window (ms). */
  private readonly lookBack: Map<string, number>[];

  constructor(
    private readonly conditions: Map<string, ConditionHistory>,
    actions: readonly SelfHealingAction[],
  ) {
    this.lookBack = actions.map((a) => {
      const expression = a.trigger.customCondition?.trim();
      const parsed = expression ? parseCondition(expression) : null;
      return parsed?.ok ? lookBackByName(parsed.ast) : new Map();
    });
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
