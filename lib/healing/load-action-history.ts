// Reads a plugin's recent proposals and outcomes for the planner (summarize-history.ts).
import { and, desc, eq, gte, inArray, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { healingOutcome, healingProposal } from '../db/schema';
import { NO_INCIDENT_EPISODE_MS, OUTCOME_WINDOW, type HistoryRow, type OutcomeRow } from './summarize-history';
import type { ProposalStatus } from './types';

/** Incidents can stay open for days: their proposals are looked up by id, not by age. */
export async function loadActionHistory(db: Db, pluginId: string, incidentId: number | null, now: number): Promise<{ rows: HistoryRow[]; outcomes: OutcomeRow[] }> {
  const recent = gte(healingProposal.createdAt, new Date(now - NO_INCIDENT_EPISODE_MS));
  const rows = await db
    .select()
    .from(healingProposal)
    .where(
      and(
        eq(healingProposal.pluginId, pluginId),
        or(recent, inArray(healingProposal.status, ['pending', 'approved', 'running']), incidentId === null ? undefined : eq(healingProposal.incidentId, incidentId)),
      ),
    )
    .orderBy(desc(healingProposal.createdAt))
    .limit(1000);
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
