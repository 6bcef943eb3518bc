// Records what an execution did. Only the claim's holder may finish it (compare-and-set on
// status and claimed_by). A result that arrives after the claim was reaped as "unknown" is
// still recorded, marked late, because knowing beats guessing; it never causes a re-run.
// With learning on, each success or failure is also kept per action and trigger.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { healingOutcome, healingProposal } from '../db/schema';
import { appendAuditEvent } from '../audit/append-event';
import type { Actor } from '../auth/actor';
import type { ProposalRow } from './propose-actions';
import type { ExecutionOutcome, ProposalReason } from './types';

const statusOf = (o: ExecutionOutcome) => (o.success === true ? 'succeeded' : o.success === false ? 'failed' : 'unknown');

export async function finishProposal(db: Db, actor: Actor, id: string, claimer: string, outcome: ExecutionOutcome, now = Date.now()): Promise<ProposalRow | null> {
  const set = (late: boolean) => ({ status: statusOf(outcome), finishedAt: new Date(now), outcome: late ? { ...outcome, late: true } : outcome });
  const mine = (status: string) => and(eq(healingProposal.id, id), eq(healingProposal.claimedBy, claimer), eq(healingProposal.status, status));
  // The result, the learning record and the audit event commit together.
  return db.transaction(async (tx) => {
    let [row] = await tx.update(healingProposal).set(set(false)).where(mine('running')).returning();
    if (!row && outcome.success !== null) [row] = await tx.update(healingProposal).set(set(true)).where(mine('unknown')).returning();
    if (!row) return null;
    const reason = row.reason as ProposalReason;
    if (outcome.success !== null && reason.learning?.enabled) {
      await tx.insert(healingOutcome).values({ pluginId: row.pluginId, actionId: row.actionId, triggerKey: reason.triggerKey, success: outcome.success, at: new Date(now) });
    }
    await appendAuditEvent(tx, actor, {
      kind: 'healing.execute',
      target: `plugin:${row.pluginId}`,
      afterRef: `healing:${row.id}`,
      details: {
        actionId: row.actionId,
        actionType: row.actionType,
        executor: row.executor,
        status: row.status,
        message: outcome.message,
        durationMs: row.startedAt ? now - row.startedAt.getTime() : null,
        late: Boolean((row.outcome as ExecutionOutcome | null)?.late),
      },
    });
    return row;
  });
}
