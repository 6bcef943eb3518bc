// What a set of actions' triggers read (evaluate-trigger.ts), so the live pass
// (propose-actions.ts) and the dry run (dry-run/load-history.ts) load only that: health reports
// for healthStatus, anomalies for anomalyTypes, log lines for errorPatterns, and for each name a
// customCondition mentions its longest FOR window (conditionLookBacks).
import type { SelfHealingAction } from '@/schemas';
import { conditionLookBacks } from './condition-windows';

export interface TriggerNeeds {
  health: boolean;
  anomalies: boolean;
  logs: boolean;
  /** Condition name → longest FOR window (ms) over all actions. */
  names: Map<string, number>;
}

export function triggerNeeds(actions: readonly SelfHealingAction[]): TriggerNeeds {
  const needs: TriggerNeeds = { health: false, anomalies: false, logs: false, names: conditionLookBacks(actions) };
  for (const { trigger } of actions) {
    if (trigger.healthStatus?.some(Boolean)) needs.health = true;
    if (trigger.anomalyTypes?.some((t) => t.trim())) needs.anomalies = true;
    if (trigger.errorPatterns?.some((p) => p.trim())) needs.logs = true;
  }
  return needs;
}
