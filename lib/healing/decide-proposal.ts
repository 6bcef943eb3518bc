// An approver's yes or no on a pending proposal. The update is a compare-and-set on
// `status = 'pending'` (and not yet expired): when two approvers click at once, or two console
// processes handle the clicks, exactly one update matches; the other gets 409 naming who won.
// Every decision is audited; a rejection must say why.
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { healingProposal } from '../db/schema';
import { appendAuditEvent } from '../audit/append-event';
import { actorLabel, type Actor } from '../auth/actor';
import { badRequest, conflict, notFound } from '../errors';
import type { ProposalRow } from './propose-actions';

export type Decision = 'approve' | 'reject';

export async function decideProposal(db: Db, actor: Actor, id: string, decision: Decision, comment: string | undefined, now = Date.now()): Promise<ProposalRow> {
  const text = comment?.trim() ?? '';
  if (decision === 'reject' && !text) throw badRequest('A rejection needs a comment', [{ path: 'comment', message: 'Say why the action should not run' }]);
  const row = await db.transaction(async (tx) => {
    const [decided] = await tx
      .update(healingProposal)
      .set({ status: decision === 'approve' ? 'approved' : 'rejected', decidedBy: actorLabel(actor), decidedAt: new Date(now), decisionComment: text || null })
      .where(and(eq(healingProposal.id, id), eq(healingProposal.status, 'pending'), gt(healingProposal.expiresAt, new Date(now))))
      .returning();
    if (!decided) return undefined;
    await appendAuditEvent(tx, actor, {
      kind: decision === 'approve' ? 'healing.approve' : 'healing.reject',
      target: `plugin:${decided.pluginId}`,
      afterRef: `healing:${decided.id}`,
      details: { actionId: decided.actionId, actionType: decided.actionType, parameters: decided.parameters, comment: text || null, incidentId: decided.incidentId },
    });
    return decided;
  });
  if (!row) {
    const [current] = await db.select().from(healingProposal).where(eq(healingProposal.id, id));
    if (!current) throw notFound(`Healing proposal ${id}`);
    if (current.status === 'pending') throw conflict('This proposal has expired', { status: 'expired' });
    const by = current.decidedBy ? ` by ${current.decidedBy}` : '';
    throw conflict(`This proposal was already ${current.status}${by}`, { status: current.status, decidedBy: current.decidedBy });
  }
  return row;
}
