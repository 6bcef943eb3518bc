// What a set of actions' triggers read, so the dry run loads only that: health reports for
// healthStatus, anomalies for anomalyTypes, log lines for errorPatterns, and for each name a
// customCondition mentions its longest FOR window (lookBackByName, as the live loader reads).
import type { SelfHealingAction } from '@/schemas';
import { parseCondition } from '@/schemas/condition-language';
import { lookBackByName } from '../evaluate-condition';

export interface TriggerNeeds {
  health: boolean;
  anomalies: boolean;
  logs: boolean;
  /** Condition name → longest FOR window (ms) over all actions. */
  names: Map<string, number>;
}

export function triggerNeeds(actions: readonly SelfHealingAction[]): TriggerNeeds {
  const needs: TriggerNeeds = { health: false, anomalies: false, logs: false, names: new Map() };
  for (const { trigger } of actions) {
    if (trigger.healthStatus?.some(Boolean)) needs.health = true;
    if (trigger.anomalyTypes?.some((t) => t.trim())) needs.anomalies = true;
    if (trigger.errorPatterns?.some((p) => p.trim())) needs.logs = true;
    const expression = trigger.customCondition?.trim();
    const parsed = expression ? parseCondition(expression) : null;
    if (parsed?.ok) for (const [name, forMs] of lookBackByName(parsed.ast)) needs.names.set(name, Math.max(needs.names.get(name) ?? 0, forMs));
  }
  return needs;
}
