// Reads a plugin's recent proposals and outcomes for the planner (summarize-history.ts).
import { and, desc, eq, gte, inArray, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { healingOutcome, healingProposal } from '../db/schema';
import { NO_INCIDENT_EPISODE_MS, OUTCOME_WINDOW, type HistoryRow, type OutcomeRow } from './summarize-history';
import { LIVE_STATUSES, type ProposalStatus } from './types';

/** Proposals read per plugin, newest first. */
export const MAX_HISTORY_ROWS = 1000;

/**
 * The selection of the query below over rows held in memory (the dry run's simulated
 * proposals): the last day's, the live ones, and the open incident's, newest first.
 */
export function selectHistoryRows(rows: readonly HistoryRow[], incidentId: number | null, now: number): HistoryRow[] {
  const since = now - NO_INCIDENT_EPISODE_MS;
  const picked = rows.filter((r) => r.createdAt >= since || LIVE_STATUSES.includes(r.status) || (incidentId !== null && r.incidentId === incidentId));
  return picked.sort((a, b) => b.createdAt - a.createdAt).slice(0, MAX_HISTORY_ROWS);
}

/** Incidents can stay open for days: their proposals are looked up by id, not by age. */
export async function loadActionHistory(db: Db, pluginId: string, incidentId: number | null, now: number): Promise<{ rows: HistoryRow[]; outcomes: OutcomeRow[] }> {
  const recent = gte(healingProposal.createdAt, new Date(now - NO_INCIDENT_EPISODE_MS));
  const rows = await db
    .select()
    .from(healingProposal)
    .where(
      and(
        eq(healingProposal.pluginId, pluginId),
        or(recent, inArray(healingProposal.status, LIVE_STATUSES), incidentId === null ? undefined : eq(healingProposal.incidentId, incidentId)),
      ),
    )
    .orderBy(desc(healingProposal.createdAt))
    .limit(MAX_HISTORY_ROWS);
  const outcomes = await db
    .select()
    .from(healingOutcome)
    .where(eq(healingOutcome.pluginId, pluginId))
    .orderBy(desc(healingOutcome.at))
    .limit(OUTCOME_WINDOW * 20);
  return {
    rows: rows.map((r) => ({
      actionId: r.actionId,
      status: r.status as ProposalStatus,
      incidentId: r.incidentId,
      createdAt: r.createdAt.getTime(),
      decidedAt: r.decidedAt?.getTime() ?? null,
      finishedAt: r.finishedAt?.getTime() ?? null,
      expiresAt: r.expiresAt.getTime(),
    })),
    outcomes: outcomes.map((o) => ({ actionId: o.actionId, triggerKey: o.triggerKey, success: o.success, at: o.at.getTime() })),
  };
}
