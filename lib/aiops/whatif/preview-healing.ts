// The self-healing what-if: the edited actions dry-run by the live engine's own trigger
// evaluation and planner over the plugin's history (lib/healing/dry-run), with what each would
// have proposed, what held it back, and when its trigger held, sized for the charts.
import type { SelfHealingAction, SelfHealingConfig } from '@/schemas';
import type { HealingPreviewRequest } from '@/schemas/whatif-api';
import type { Db } from '../../db/client';
import type { IssueItem } from '../../errors';
import { getPlugin } from '../../plugins/get-plugin';
import { approvalFor } from '../../healing/action-policy';
import { conditionLookBack } from '../../healing/condition-windows';
import type { SkipKind } from '../../healing/plan-proposals';
import { parseHealingDraft } from '../../healing/dry-run/parse-draft';
import { loadDryRunHistory } from '../../healing/dry-run/load-history';
import { ENGINE_STEP_MS, type ActionDryRun } from '../../healing/dry-run/simulate';
import { triggerNeeds } from '../../healing/trigger-needs';
import { runInWorker } from '../../workers';
import type { DryRunHistory } from '../../healing/dry-run/history';
import { previewWindow } from './preview-window';
import { bucketProposals, bucketSpans, type HoldSpan, type ProposalMark } from './healing-timeline';
import { countByPeriod, periodStarts, type PeriodCount } from './period-counts';

export type HealingActionPreview =
  | { index: number; ok: false; id: string | null; issues: IssueItem[] }
  | {
      index: number;
      ok: true;
      action: Pick<SelfHealingAction, 'id' | 'type' | 'priority' | 'requireApproval' | 'cooldown' | 'maxAttempts' | 'timeout'>;
      /** Whether its proposals wait for an approver (requireApproval or the strategy), and why. */
      approval: { requiresApproval: boolean; why: string };
      proposals: number;
      needApproval: number;
      /** Engine passes at which the trigger held but the planner held the action back. */
      heldBack: Record<SkipKind, number>;
      holdSteps: number;
      /** Proposals by the trigger conditions that held (the trigger key). */
      triggers: { key: string; count: number }[];
      /** When the trigger held, widened to whole chart buckets. */
      holds: HoldSpan[];
      marks: ProposalMark[];
      /** Per period: `draft` counts proposals the engine approves itself, `saved` those that wait for approval. */
      periods: PeriodCount[];
      /** What the history lacks for this trigger, in words. */
      notes: string[];
    };

export interface HealingPreview {
  pluginId: string;
  from: number;
  to: number;
  stepMs: number;
  steps: number;
  bucketMs: number;
  periodMs: number;
  enabled: boolean;
  strategy: SelfHealingConfig['strategy'];
  actions: HealingActionPreview[];
  /** What the dry run had to go on. */
  data: { healthReports: number; anomalies: number; logLines: number; logsTruncated: boolean; incidents: number };
  computeMs: number;
}

function notesFor(action: SelfHealingAction, history: DryRunHistory): string[] {
  const notes: string[] = [];
  const t = action.trigger;
  if (t.healthStatus?.some(Boolean) && history.health.at.length === 0) notes.push('No health reports in this range: healthStatus never held.');
  const types = new Set((t.anomalyTypes ?? []).map((x) => x.trim()).filter(Boolean));
  if (types.size && !history.anomalies.some((a) => types.has(a.type))) notes.push(`No ${[...types].join(' / ')} anomaly was recorded in this range.`);
  if (t.errorPatterns?.some((p) => p.trim())) {
    if (history.logs.at.length === 0) notes.push('No warning or error log lines in this range.');
    else if (history.logs.truncated) notes.push(`Only the newest ${history.logs.at.length.toLocaleString('en-US')} warning and error lines were replayed.`);
  }
  for (const name of conditionLookBack(t).keys()) {
    const h = history.conditions.get(name);
    if (!h) continue;
    if ('note' in h) notes.push(`${name}: ${h.note}, so comparisons on it are unknown.`);
    else if (h.points.length === 0) notes.push(`${name}: no ${h.metric} points in this range.`);
  }
  return notes;
}

function actionPreview(d: ActionDryRun, action: SelfHealingAction, index: number, ctx: { strategy: SelfHealingConfig['strategy']; history: DryRunHistory; from: number; to: number; bucketMs: number; periodMs: number; starts: number[] }): HealingActionPreview {
  const triggers = new Map<string, number>();
  for (const p of d.proposals) triggers.set(p.triggerKey, (triggers.get(p.triggerKey) ?? 0) + 1);
  const asStart = (ps: typeof d.proposals) => ps.map((p) => ({ start: p.at }));
  return {
    index,
    ok: true,
    action: { id: action.id, type: action.type, priority: action.priority, requireApproval: action.requireApproval, cooldown: action.cooldown, maxAttempts: action.maxAttempts, timeout: action.timeout },
    approval: approvalFor(action, ctx.strategy),
    proposals: d.proposals.length,
    needApproval: d.proposals.filter((p) => p.requiresApproval).length,
    heldBack: d.heldBack,
    holdSteps: d.holdSteps,
    triggers: [...triggers].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count),
    holds: bucketSpans(d.holds, ctx.from, ctx.to, ctx.bucketMs),
    marks: bucketProposals(d.proposals, ctx.from, ctx.bucketMs),
    periods: countByPeriod(
      ctx.starts,
      ctx.periodMs,
      asStart(d.proposals.filter((p) => !p.requiresApproval)),
      asStart(d.proposals.filter((p) => p.requiresApproval)),
    ),
    notes: notesFor(action, ctx.history),
  };
}

/** A preview past this is stopped (504); a 7-day dry run takes about a second. */
export const PREVIEW_DEADLINE_MS = 30_000;

/** `signal`: the request's, so a preview nobody waits for any more is stopped. */
export async function previewHealing(db: Db, pluginId: string, req: HealingPreviewRequest, now = Date.now(), signal?: AbortSignal): Promise<HealingPreview> {
  const started = performance.now();
  await getPlugin(db, pluginId);
  const { from, to, bucketMs, periodMs } = previewWindow(req, now);
  // Every engine pass replayed, as often as the live engine runs.
  const stepMs = ENGINE_STEP_MS;
  const { config, actions: drafts } = parseHealingDraft(req.selfHealing);
  // The history is read here; the replay of every engine pass (CPU only) runs on the worker pool.
  const history = await loadDryRunHistory(db, pluginId, triggerNeeds(config.enabled ? config.actions : []), from, to);
  const result = await runInWorker('simulate-healing', [config, history, { from, to, stepMs }], { what: 'The self-healing preview', deadlineMs: PREVIEW_DEADLINE_MS, signal });
  const ctx = { strategy: config.strategy, history, from, to, bucketMs, periodMs, starts: periodStarts(from, to, periodMs, req.utcOffsetMinutes) };
  const byId = new Map(result.actions.map((a) => [a.actionId, a]));
  const actions = drafts.map((d): HealingActionPreview => (d.ok ? actionPreview(byId.get(d.action.id)!, d.action, d.index, ctx) : d));
  return {
    pluginId,
    from,
    to,
    stepMs,
    steps: result.steps,
    bucketMs,
    periodMs,
    enabled: config.enabled,
    strategy: config.strategy,
    actions,
    data: {
      healthReports: history.health.at.length,
      anomalies: history.anomalies.length,
      logLines: history.logs.at.length,
      logsTruncated: history.logs.truncated,
      incidents: history.incidents.length,
    },
    computeMs: Math.round(performance.now() - started),
  };
}
