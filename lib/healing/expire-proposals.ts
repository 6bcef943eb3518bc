// Proposals nobody decided within the action's timeout expire; approved ones that no executor
// claimed within the timeout after approval expire too (an agent that never polls must not
// hold the action's one live slot forever).
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows-of';
import { appendAuditEvent } from '../audit/append-event';
import { ENGINE_ACTOR } from './propose-actions';

export async function expireProposals(db: Db, now = Date.now()): Promise<number> {
  const at = new Date(now).toISOString();
  // The status change and its audit events commit together.
  return db.transaction(async (tx) => {
    const rows = rowsOf(
      await tx.execute(sql`
      update healing_proposal set
        status = 'expired',
        outcome = case when status = 'approved'
          then jsonb_build_object('success', null, 'message', 'No executor claimed the approved action within its timeout', 'executor', executor)
          else outcome end
      where (status = 'pending' and expires_at <= ${at})
         or (status = 'approved' and decided_at + (expires_at - created_at) <= ${at})
      returning id, plugin_id, action_id`),
    );
    for (const r of rows) {
      await appendAuditEvent(tx, ENGINE_ACTOR, { kind: 'healing.expire', target: `plugin:${String(r.plugin_id)}`, afterRef: `healing:${String(r.id)}`, details: { actionId: r.action_id } });
    }
    return rows.length;
  });
}
