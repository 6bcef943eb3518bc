// The engine's decision for one plugin: which of the actions whose trigger holds get a new
// proposal now. Pure, so every rule is unit-tested on its own:
// - `enabled: false` proposes nothing;
// - one live (pending/approved/running) proposal per action, no new one inside `cooldown`
//   seconds after the last one ended, at most `maxAttempts` per episode (summarize-history.ts);
// - proposals come out ordered by priority (lower first); with learning and its feedback loop,
//   each failure since the action's last success for the same trigger adds 1 to the priority
//   number (at most +5), so an action that keeps failing sinks below its alternatives;
// - the strategy and `requireApproval` decide whether an approver must say yes (action-policy.ts).
// `maxConcurrentHealing` limits how many run at once; it applies when executors claim work.
import type { SelfHealingAction, SelfHealingConfig } from '@/schemas';
import { approvalFor } from './action-policy';
import type { TriggerEvaluation } from './evaluate-trigger';
import type { ActionHistory, OutcomeStats } from './summarize-history';

export const MAX_FEEDBACK_PENALTY = 5;

export interface PlannedProposal {
  action: SelfHealingAction;
  evaluation: TriggerEvaluation;
  priority: number;
  feedback: { basePriority: number; penalty: number; recentFailures: number; recentTotal: number } | null;
  requiresApproval: boolean;
  approval: string;
  attempt: number;
  stats: OutcomeStats | null;
}

/** What held a triggered action back: a live proposal, its cooldown, or its maxAttempts. */
export type SkipKind = 'live' | 'cooldown' | 'maxAttempts';

export interface SkippedAction {
  actionId: string;
  kind: SkipKind;
  reason: string;
}

export interface Plan {
  proposals: PlannedProposal[];
  skipped: SkippedAction[];
}

export function planProposals(
  config: SelfHealingConfig,
  evaluations: Map<string, TriggerEvaluation>,
  histories: Map<string, ActionHistory>,
  now: number,
): Plan {
  const plan: Plan = { proposals: [], skipped: [] };
  if (!config.enabled) return plan;
  const learning = config.learning?.enabled ?? false;
  const feedbackLoop = learning && (config.learning?.feedbackLoop ?? false);
  for (const action of config.actions) {
    const evaluation = evaluations.get(action.id);
    if (!evaluation?.holds) continue;
    const skip = (kind: SkipKind, reason: string) => plan.skipped.push({ actionId: action.id, kind, reason });
    const h = histories.get(action.id) ?? { live: false, lastEndedAt: null, attempts: 0, lastExecutedAt: null, outcomesByTrigger: new Map() };
    if (h.live) {
      skip('live', 'a proposal for this action is already waiting or running');
      continue;
    }
    if (h.lastEndedAt !== null && now - h.lastEndedAt < action.cooldown * 1000) {
      skip('cooldown', `cooling down until ${new Date(h.lastEndedAt + action.cooldown * 1000).toISOString()}`);
      continue;
    }
    if (h.attempts >= action.maxAttempts) {
      skip('maxAttempts', `reached maxAttempts (${action.maxAttempts}) for this episode`);
      continue;
    }
    const stats = learning ? (h.outcomesByTrigger.get(evaluation.triggerKey) ?? null) : null;
    const penalty = feedbackLoop && stats ? Math.min(MAX_FEEDBACK_PENALTY, stats.failureStreak) : 0;
    const approval = approvalFor(action, config.strategy);
    plan.proposals.push({
      action,
      evaluation,
      priority: action.priority + penalty,
      feedback: penalty > 0 && stats ? { basePriority: action.priority, penalty, recentFailures: stats.failureStreak, recentTotal: stats.total } : null,
      requiresApproval: approval.requiresApproval,
      approval: approval.why,
      attempt: h.attempts + 1,
      stats,
    });
  }
  // Stable sort: equal priorities keep the document's order.
  plan.proposals.sort((a, b) => a.priority - b.priority);
  return plan;
}
