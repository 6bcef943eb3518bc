// Condenses a plugin's past proposals and outcomes into what the planner needs per action:
// is one live, when did the last one end (cooldown), how many attempts this episode has had
// (maxAttempts), and the recent outcomes per trigger (success rate, feedback loop).
//
// An episode is the plugin's open incident (proposals made before it opened are linked to it,
// link-proposals.ts). Without an incident it is the trigger's episode: since the trigger started
// holding after at least EPISODE_QUIET without holding (the streak, kept per action in
// healing_trigger_streak and advanced by nextStreak), at most 24 hours back. A success does not
// end it — the trigger kept holding, so the fault went on. Every proposal of the episode counts
// as an attempt except those that expired undecided (nobody looked at them).
//
// The last completed execution of the action (lastExecutedAt) bounds the evidence that may
// trigger it again (issue 14): what it already acted on does not count twice.
import type { ProposalStatus } from './types';

export const NO_INCIDENT_EPISODE_MS = 24 * 3_600_000;
/** A trigger episode ends when the trigger has not held for this long. */
export const EPISODE_QUIET_MS = 15 * 60_000;

export interface TriggerStreak {
  startedAt: number;
  lastHeldAt: number;
}

/** The streak after a pass at `now` in which the trigger held. */
export function nextStreak(prev: TriggerStreak | null | undefined, now: number): TriggerStreak {
  return !prev || now - prev.lastHeldAt > EPISODE_QUIET_MS ? { startedAt: now, lastHeldAt: now } : { startedAt: prev.startedAt, lastHeldAt: now };
}
/** Outcomes kept per action and trigger for the success rate. */
export const OUTCOME_WINDOW = 20;

export interface HistoryRow {
  actionId: string;
  status: ProposalStatus;
  incidentId: number | null;
  createdAt: number;
  decidedAt: number | null;
  finishedAt: number | null;
  expiresAt: number;
}

export interface OutcomeRow {
  actionId: string;
  triggerKey: string;
  success: boolean;
  at: number;
}

export interface OutcomeStats {
  total: number;
  successes: number;
  /** Failures since the last success, newest first. */
  failureStreak: number;
}

export interface ActionHistory {
  live: boolean;
  lastEndedAt: number | null;
  attempts: number;
  /** When the action last finished running (succeeded, failed or unknown), or null. */
  lastExecutedAt: number | null;
  outcomesByTrigger: Map<string, OutcomeStats>;
}

const LIVE = new Set<ProposalStatus>(['pending', 'approved', 'running']);
const EXECUTED = new Set<ProposalStatus>(['succeeded', 'failed', 'unknown']);

/** When a finished proposal stopped counting as current: for the cooldown. */
export function endOf(p: HistoryRow): number {
  if (p.finishedAt !== null) return p.finishedAt;
  if (p.status === 'expired') return Math.min(p.expiresAt, p.decidedAt ?? p.expiresAt);
  return p.decidedAt ?? p.createdAt;
}

export function outcomeStats(outcomes: OutcomeRow[]): OutcomeStats {
  const recent = [...outcomes].sort((a, b) => b.at - a.at).slice(0, OUTCOME_WINDOW);
  const firstSuccess = recent.findIndex((o) => o.success);
  return {
    total: recent.length,
    successes: recent.filter((o) => o.success).length,
    failureStreak: firstSuccess === -1 ? recent.length : firstSuccess,
  };
}

export function summarizeHistory(actionId: string, rows: HistoryRow[], outcomes: OutcomeRow[], incidentId: number | null, now: number, episodeStart?: number): ActionHistory {
  const mine = rows.filter((r) => r.actionId === actionId);
  const ended = mine.filter((r) => !LIVE.has(r.status));
  const lastEndedAt = ended.length ? Math.max(...ended.map(endOf)) : null;
  const executed = mine.filter((r) => EXECUTED.has(r.status) && r.finishedAt !== null);
  const lastExecutedAt = executed.length ? Math.max(...executed.map((r) => r.finishedAt!)) : null;
  const since = Math.max(now - NO_INCIDENT_EPISODE_MS, episodeStart ?? -Infinity);
  const episode = incidentId !== null ? mine.filter((r) => r.incidentId === incidentId) : mine.filter((r) => r.incidentId === null && r.createdAt >= since);
  const byTrigger = new Map<string, OutcomeRow[]>();
  for (const o of outcomes.filter((o) => o.actionId === actionId)) byTrigger.set(o.triggerKey, [...(byTrigger.get(o.triggerKey) ?? []), o]);
  return {
    live: mine.some((r) => LIVE.has(r.status)),
    lastEndedAt,
    attempts: episode.filter((r) => r.status !== 'expired').length,
    lastExecutedAt,
    outcomesByTrigger: new Map([...byTrigger].map(([k, v]) => [k, outcomeStats(v)])),
  };
}
