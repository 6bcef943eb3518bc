// Condenses a plugin's past proposals and outcomes into what the planner needs per action:
// is one live, when did the last one end (cooldown), how many attempts this episode has had
// (maxAttempts), and the recent outcomes per trigger (success rate, feedback loop).
//
// An episode is the plugin's open incident. Without an incident it is the time since the
// action last succeeded on the plugin, at most 24 hours. Every proposal of the episode counts
// as an attempt except those that expired undecided (nobody looked at them).
import type { ProposalStatus } from './types';

export const NO_INCIDENT_EPISODE_MS = 24 * 3_600_000;
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
  outcomesByTrigger: Map<string, OutcomeStats>;
}

const LIVE = new Set<ProposalStatus>(['pending', 'approved', 'running']);

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

export function summarizeHistory(actionId: string, rows: HistoryRow[], outcomes: OutcomeRow[], incidentId: number | null, now: number): ActionHistory {
  const mine = rows.filter((r) => r.actionId === actionId);
  const ended = mine.filter((r) => !LIVE.has(r.status));
  const lastEndedAt = ended.length ? Math.max(...ended.map(endOf)) : null;
  let episode: HistoryRow[];
  if (incidentId !== null) {
    episode = mine.filter((r) => r.incidentId === incidentId);
  } else {
    const lastSuccess = Math.max(0, ...mine.filter((r) => r.incidentId === null && r.status === 'succeeded').map((r) => r.finishedAt ?? r.createdAt));
    const since = Math.max(now - NO_INCIDENT_EPISODE_MS, lastSuccess);
    episode = mine.filter((r) => r.incidentId === null && r.createdAt > since);
  }
  const byTrigger = new Map<string, OutcomeRow[]>();
  for (const o of outcomes.filter((o) => o.actionId === actionId)) byTrigger.set(o.triggerKey, [...(byTrigger.get(o.triggerKey) ?? []), o]);
  return {
    live: mine.some((r) => LIVE.has(r.status)),
    lastEndedAt,
    attempts: episode.filter((r) => r.status !== 'expired').length,
    outcomesByTrigger: new Map([...byTrigger].map(([k, v]) => [k, outcomeStats(v)])),
  };
}
