// The number of proposals waiting for an approver: the sidebar badge and the overview card.
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { healingProposal } from '../db/schema';

export async function countPending(db: Db, now = Date.now()): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(healingProposal)
    .where(and(eq(healingProposal.status, 'pending'), gt(healingProposal.expiresAt, new Date(now))));
  return Number(row?.n ?? 0);
}
