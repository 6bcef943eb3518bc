// A running action whose claim deadline passed without a result (the executor's process died,
// or an agent went quiet) becomes "outcome unknown". It is never handed out again: the action
// may have taken effect, and running it twice could do harm. A human decides what next.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows-of';
import { appendAuditEvent } from '../audit/append-event';
import { ENGINE_ACTOR } from './propose-actions';

export async function reapStaleClaims(db: Db, now = Date.now()): Promise<string[]> {
  const at = new Date(now).toISOString();
  // The status change and its audit events commit together.
  return db.transaction(async (tx) => {
    const rows = rowsOf(
      await tx.execute(sql`
      update healing_proposal set
        status = 'unknown',
        finished_at = ${at},
        outcome = jsonb_build_object(
          'success', null,
          'executor', executor,
          'message', 'Outcome unknown: ' || coalesce(claimed_by, 'the executor') || ' did not report before its claim expired; the action was not run again')
      where status = 'running' and claim_expires_at <= ${at}
      returning id, plugin_id, action_id, claimed_by`),
    );
    for (const r of rows) {
      await appendAuditEvent(tx, ENGINE_ACTOR, {
        kind: 'healing.outcome-unknown',
        target: `plugin:${String(r.plugin_id)}`,
        afterRef: `healing:${String(r.id)}`,
        details: { actionId: r.action_id, claimedBy: r.claimed_by },
      });
    }
    return rows.map((r) => String(r.id));
  });
}
