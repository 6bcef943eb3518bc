// Which action types the engine may run without asking, per SelfHealingConfig.strategy.
// `requireApproval: true` on an action always asks, whatever the strategy.
import type { SelfHealingAction, SelfHealingConfig, SelfHealingActionType } from '@/schemas';

export const AUTO_RUN_BY_STRATEGY: Record<SelfHealingConfig['strategy'], readonly SelfHealingActionType[] | 'all'> = {
  conservative: ['notify', 'clear-cache'],
  moderate: ['notify', 'clear-cache', 'restart', 'scale'],
  aggressive: 'all',
};

export interface ApprovalDecision {
  requiresApproval: boolean;
  /** One sentence for the queue and the audit log. */
  why: string;
}

export function approvalFor(action: Pick<SelfHealingAction, 'type' | 'requireApproval'>, strategy: SelfHealingConfig['strategy']): ApprovalDecision {
  if (action.requireApproval) return { requiresApproval: true, why: 'The action sets requireApproval' };
  const allowed = AUTO_RUN_BY_STRATEGY[strategy];
  if (allowed === 'all' || allowed.includes(action.type)) {
    return { requiresApproval: false, why: `Approved by the healing engine: the ${strategy} strategy runs ${action.type} without approval` };
  }
  return { requiresApproval: true, why: `The ${strategy} strategy runs only ${allowed.join(', ')} without approval` };
}
