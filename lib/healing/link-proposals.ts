// Proposals belong to the incident of their plugin during which they were made, even when the
// incident opens after them (an agent's health report can trigger an action minutes before the
// anomalies make an incident, and late data opens incidents in the past). The grouping job calls
// this whenever it opens or extends an incident, so they count toward its maxAttempts and show
// on its page.
import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import type { Db } from '../db/client';
import { healingProposal } from '../db/schema';

/** A proposal made this long before an incident's first anomaly is part of it. */
export const LINK_BEFORE_MS = 10 * 60_000;

export async function linkProposals(db: Db, row: { id: number; pluginId: string; startedAt: Date; endedAt: Date | null }): Promise<number> {
  const linked = await db
    .update(healingProposal)
    .set({ incidentId: row.id })
    .where(
      and(
        eq(healingProposal.pluginId, row.pluginId),
        isNull(healingProposal.incidentId),
        gte(healingProposal.createdAt, new Date(row.startedAt.getTime() - LINK_BEFORE_MS)),
        row.endedAt ? lte(healingProposal.createdAt, row.endedAt) : undefined,
      ),
    )
    .returning({ id: healingProposal.id });
  return linked.length;
}

/** Whether any of the plugin's proposals is still without an incident (one query per plugin per grouping pass). */
export async function hasUnlinkedProposals(db: Db, pluginId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: healingProposal.id })
    .from(healingProposal)
    .where(and(eq(healingProposal.pluginId, pluginId), isNull(healingProposal.incidentId)))
    .limit(1);
  return row !== undefined;
}
