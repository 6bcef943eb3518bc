// One engine pass over one plugin: evaluate each action's trigger against what the console
// knows, plan (plan-proposals.ts) and store the new proposals. The partial unique index on
// healing_proposal (one live proposal per plugin and action) backs the planner up: a
// concurrent insert of the same proposal does nothing.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client';
import { healingProposal } from '../db/schema';
import { appendAuditEvent } from '../audit/append-event';
import { systemActor } from '../auth/actor';
import { chooseExecutor } from './choose-executor';
import { ConditionWindows } from './condition-windows';
import { evaluateTrigger, evidenceAfter, type TriggerEvaluation } from './evaluate-trigger';
import { loadActionHistory } from './load-action-history';
import { loadConditionData } from './load-condition-data';
import type { PluginHealingConfig } from './load-healing-configs';
import { loadPluginFacts } from './load-plugin-facts';
import { planProposals, type SkippedAction } from './plan-proposals';
import { summarizeHistory, type ActionHistory } from './summarize-history';
import { triggerNeeds } from './trigger-needs';
import { advanceStreaks } from './trigger-streaks';
import type { ProposalReason } from './types';

export const ENGINE_ACTOR = systemActor('healing-engine');

export type ProposalRow = typeof healingProposal.$inferSelect;

/** Rows created in one pass get increasing timestamps, so "oldest first" keeps priority order. */
export function createdAtInPass(now: number, index: number): number {
  return now + index;
}

export async function proposeActions(db: Db, pc: PluginHealingConfig, now: number, demoMode: boolean): Promise<{ created: ProposalRow[]; skipped: SkippedAction[] }> {
  const { config, pluginId } = pc;
  if (!config.enabled || config.actions.length === 0) return { created: [], skipped: [] };
  // Only what the triggers read; each condition name once per pass, however many actions mention it.
  const needs = triggerNeeds(config.actions);
  const facts = await loadPluginFacts(db, pluginId, now, needs);
  const conditions = new ConditionWindows(await loadConditionData(db, pluginId, needs.names, now), config.actions);
  const evaluations = new Map<string, TriggerEvaluation>();
  config.actions.forEach((action, i) => evaluations.set(action.id, evaluateTrigger(action.trigger, facts, conditions.seriesFor(i, now), now)));
  if (![...evaluations.values()].some((e) => e.holds)) return { created: [], skipped: [] };

  const history = await loadActionHistory(db, pluginId, facts.incidentId, now);
  const streaks = await advanceStreaks(db, pluginId, [...evaluations].filter(([, e]) => e.holds).map(([id]) => id), now);
  const histories = new Map<string, ActionHistory>(
    config.actions.map((a) => [a.id, summarizeHistory(a.id, history.rows, history.outcomes, facts.incidentId, now, streaks.get(a.id)?.startedAt)]),
  );
  // Only evidence newer than the action's last run may trigger it again.
  config.actions.forEach((action, i) => {
    const since = histories.get(action.id)?.lastExecutedAt;
    if (since == null || !evaluations.get(action.id)?.holds) return;
    const cut = evidenceAfter(facts, conditions.seriesFor(i, now), since);
    evaluations.set(action.id, evaluateTrigger(action.trigger, cut.facts, cut.series, now));
  });
  const plan = planProposals(config, evaluations, histories, now);

  const created: ProposalRow[] = [];
  for (const p of plan.proposals) {
    const reason: ProposalReason = {
      matches: p.evaluation.matches,
      triggerKey: p.evaluation.triggerKey,
      metric: p.evaluation.metric,
      strategy: config.strategy,
      approval: p.approval,
      learning: { enabled: config.learning?.enabled ?? false, feedbackLoop: config.learning?.feedbackLoop ?? false },
      feedback: p.feedback,
      timeoutSeconds: p.action.timeout,
    };
    const at = new Date(createdAtInPass(now, created.length));
    // The proposal and, when the engine approves it itself, the audit event of that approval.
    const row = await db.transaction(async (tx) => {
      const [inserted] = await tx
        .insert(healingProposal)
        .values({
          id: randomUUID(),
          pluginId,
          actionId: p.action.id,
          actionType: p.action.type,
          parameters: p.action.parameters ?? {},
          priority: p.priority,
          status: p.requiresApproval ? 'pending' : 'approved',
          reason,
          incidentId: facts.incidentId,
          attempt: p.attempt,
          requiresApproval: p.requiresApproval,
          decidedBy: p.requiresApproval ? null : ENGINE_ACTOR.name,
          decidedAt: p.requiresApproval ? null : at,
          decisionComment: p.requiresApproval ? null : p.approval,
          expiresAt: new Date(now + p.action.timeout * 1000),
          executor: chooseExecutor(pc, p.action.parameters, demoMode),
          createdAt: at,
        })
        .onConflictDoNothing()
        .returning();
      if (inserted && !p.requiresApproval) {
        await appendAuditEvent(tx, ENGINE_ACTOR, {
          kind: 'healing.auto-approve',
          target: `plugin:${pluginId}`,
          afterRef: `healing:${inserted.id}`,
          details: { actionId: inserted.actionId, actionType: inserted.actionType, why: p.approval, trigger: p.evaluation.triggerKey },
        });
      }
      return inserted;
    });
    if (!row) continue;
    created.push(row);
  }
  return { created, skipped: plan.skipped };
}
