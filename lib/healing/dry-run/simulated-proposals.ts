// The proposals the dry run pretends the engine made, and what happened to them. Nobody acts in
// a dry run, so it assumes:
// - a proposal the engine approves by itself runs at once and ends when it was made, with an
//   unknown outcome (status `unknown`: no success, so it never ends an episode);
// - a proposal that needs approval waits undecided for the action's `timeout` and then expires,
//   as expire-proposals.ts expires it (the cooldown starts then; it is not an attempt);
// - the range starts with no proposals and no recorded outcomes.
// Rows have the shape load-action-history.ts gives the planner (HistoryRow).
import { selectHistoryRows } from '../load-action-history';
import type { HistoryRow } from '../summarize-history';
import { LIVE_STATUSES } from '../types';

/** Ended proposals older than this, outside any open incident, are never read again. */
const PRUNE_AFTER_MS = 25 * 3_600_000;

export class SimulatedProposals {
  private rows: HistoryRow[] = [];
  private pending: HistoryRow[] = [];

  /** Pending proposals past their timeout expire (expire-proposals.ts: `expires_at <= now`). */
  expire(now: number): void {
    if (!this.pending.length) return;
    for (const r of this.pending) if (r.expiresAt <= now) r.status = 'expired';
    this.pending = this.pending.filter((r) => r.status === 'pending');
  }

  add(p: { actionId: string; requiresApproval: boolean; incidentId: number | null; createdAt: number; expiresAt: number }): void {
    const row: HistoryRow = p.requiresApproval
      ? { actionId: p.actionId, status: 'pending', incidentId: p.incidentId, createdAt: p.createdAt, decidedAt: null, finishedAt: null, expiresAt: p.expiresAt }
      : { actionId: p.actionId, status: 'unknown', incidentId: p.incidentId, createdAt: p.createdAt, decidedAt: p.createdAt, finishedAt: p.createdAt, expiresAt: p.expiresAt };
    this.rows.push(row);
    if (row.status === 'pending') this.pending.push(row);
  }

  /** What loadActionHistory would read at `now`. */
  historyAt(incidentId: number | null, now: number): HistoryRow[] {
    return selectHistoryRows(this.rows, incidentId, now);
  }

  /** Drops rows no later read can select: ended, old, and of no incident that is still open. */
  prune(now: number, stillOpen: (incidentId: number) => boolean): void {
    this.rows = this.rows.filter((r) => r.createdAt >= now - PRUNE_AFTER_MS || LIVE_STATUSES.includes(r.status) || (r.incidentId !== null && stillOpen(r.incidentId)));
  }
}
