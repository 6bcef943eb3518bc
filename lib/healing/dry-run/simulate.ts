// The dry run: the live engine's pass (propose-actions.ts) replayed at every step of a time
// range over preloaded history. Each step builds the facts and condition series the live
// loaders would have returned then, calls the live evaluateTrigger, summarizeHistory and
// planProposals, and applies the assumed lifecycle (simulated-proposals.ts). Pure: nothing is
// read or written here.
import type { SelfHealingConfig } from '@/schemas';
import { evidenceAfter, evaluateTrigger, type TriggerEvaluation } from '../evaluate-trigger';
import { planProposals, type SkipKind } from '../plan-proposals';
import { createdAtInPass } from '../propose-actions';
import { nextStreak, summarizeHistory, type ActionHistory, type TriggerStreak } from '../summarize-history';
import { ConditionWindows } from '../condition-windows';
import { FactsCursor } from './facts-cursor';
import type { DryRunHistory } from './history';
import { LogWindows } from './log-windows';
import { SimulatedProposals } from './simulated-proposals';

/** The live engine's cadence (jobs.ts: healing-engine every 15 s). */
export const ENGINE_STEP_MS = 15_000;
const PRUNE_EVERY = 240;

export interface DryRunProposal {
  /** When the row would have been created (the step, plus its place in the pass in ms). */
  at: number;
  step: number;
  actionId: string;
  requiresApproval: boolean;
  /** The trigger conditions that held, e.g. `customCondition+healthStatus`. */
  triggerKey: string;
  priority: number;
  attempt: number;
  incidentId: number | null;
}

export interface ActionDryRun {
  actionId: string;
  proposals: DryRunProposal[];
  /** Steps at which the trigger held but the planner held the action back, by reason. */
  heldBack: Record<SkipKind, number>;
  /** Steps at which the trigger held. */
  holdSteps: number;
  /** Runs of consecutive steps at which the trigger held: [start, end) in ms. */
  holds: { start: number; end: number }[];
}

export interface DryRunResult {
  from: number;
  to: number;
  stepMs: number;
  steps: number;
  /** Every proposal, in the order the engine would have made them. */
  proposals: DryRunProposal[];
  actions: ActionDryRun[];
}

/** Step times: multiples of stepMs within [from, to], so moving `to` keeps earlier steps. */
export function stepTimes(from: number, to: number, stepMs: number): { first: number; count: number } {
  const first = Math.ceil(from / stepMs) * stepMs;
  return { first, count: first > to ? 0 : Math.floor((to - first) / stepMs) + 1 };
}

export function simulateHealing(config: SelfHealingConfig, history: DryRunHistory, range: { from: number; to: number; stepMs?: number }): DryRunResult {
  const stepMs = range.stepMs ?? ENGINE_STEP_MS;
  const { first, count } = stepTimes(range.from, range.to, stepMs);
  const actions = config.actions.map((a): ActionDryRun => ({ actionId: a.id, proposals: [], heldBack: { live: 0, cooldown: 0, maxAttempts: 0 }, holdSteps: 0, holds: [] }));
  const result: DryRunResult = { from: range.from, to: range.to, stepMs, steps: count, proposals: [], actions };
  // propose-actions.ts: nothing to do when self-healing is off or has no actions.
  if (!config.enabled || config.actions.length === 0) return result;

  const byId = new Map(actions.map((a) => [a.actionId, a]));
  const cursor = new FactsCursor(history);
  const logs = new LogWindows(history.logs, config.actions);
  const conditions = new ConditionWindows(history.conditions, config.actions);
  const proposals = new SimulatedProposals();
  // Trigger streaks (trigger-streaks.ts), which the live engine keeps in the database.
  const streaks = new Map<string, TriggerStreak>();
  // An incident not yet resolved at `now` may still be (or become) the open one.
  const mayBeOpen = (id: number, now: number) => {
    const i = history.incidents.find((x) => x.id === id);
    return !i || i.resolvedAt === null || i.resolvedAt > now;
  };

  for (let k = 0; k < count; k++) {
    const now = first + k * stepMs;
    // run-healing-engine.ts: expiry first, then the pass.
    proposals.expire(now);
    if (k % PRUNE_EVERY === 0) proposals.prune(now, (id) => mayBeOpen(id, now));
    const facts = cursor.at(now);
    const evaluations = new Map<string, TriggerEvaluation>();
    let any = false;
    config.actions.forEach((action, i) => {
      const lines = logs.linesFor(i, now);
      const own = lines.length ? { health: facts.health, anomalies: facts.anomalies, logs: lines, incidentId: facts.incidentId } : facts;
      const evaluation = evaluateTrigger(action.trigger, own, conditions.seriesFor(i, now), now);
      evaluations.set(action.id, evaluation);
      const tally = actions[i];
      if (!evaluation.holds) return;
      any = true;
      tally.holdSteps++;
      const last = tally.holds[tally.holds.length - 1];
      if (last && last.end === now) last.end = Math.min(range.to, now + stepMs);
      else tally.holds.push({ start: now, end: Math.min(range.to, now + stepMs) });
    });
    if (!any) continue;

    const rows = proposals.historyAt(facts.incidentId, now);
    for (const [id, e] of evaluations) if (e.holds) streaks.set(id, nextStreak(streaks.get(id), now));
    const histories = new Map<string, ActionHistory>(config.actions.map((a) => [a.id, summarizeHistory(a.id, rows, [], facts.incidentId, now, streaks.get(a.id)?.startedAt)]));
    // As propose-actions.ts: only evidence newer than the action's last run may trigger it again.
    config.actions.forEach((action, i) => {
      const since = histories.get(action.id)?.lastExecutedAt;
      if (since == null || !evaluations.get(action.id)?.holds) return;
      const lines = logs.linesFor(i, now);
      const cut = evidenceAfter(lines.length ? { ...facts, logs: lines } : facts, conditions.seriesFor(i, now), since);
      evaluations.set(action.id, evaluateTrigger(action.trigger, cut.facts, cut.series, now));
    });
    const plan = planProposals(config, evaluations, histories, now);
    for (const s of plan.skipped) byId.get(s.actionId)!.heldBack[s.kind]++;
    plan.proposals.forEach((p, i) => {
      const at = createdAtInPass(now, i);
      const proposal: DryRunProposal = {
        at,
        step: now,
        actionId: p.action.id,
        requiresApproval: p.requiresApproval,
        triggerKey: p.evaluation.triggerKey,
        priority: p.priority,
        attempt: p.attempt,
        incidentId: facts.incidentId,
      };
      result.proposals.push(proposal);
      byId.get(p.action.id)!.proposals.push(proposal);
      proposals.add({ actionId: p.action.id, requiresApproval: p.requiresApproval, incidentId: facts.incidentId, createdAt: at, expiresAt: now + p.action.timeout * 1000 });
    });
  }
  return result;
}
