// Dismisses a suggestion with a reason. The row stays, keyed by its evidence, so the same
// facts never bring the suggestion back; different facts make a new one.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { optimization } from '../db/schema';
import type { Actor } from '../auth/actor';
import { appendAuditEvent } from '../audit/append-event';
import { conflict } from '../errors';
import { getOptimizationRow } from './get-optimization';
import { viewOf, type OptimizationView } from './optimization-view';

export async function dismissOptimization(db: Db, actor: Actor, id: string, reason: string): Promise<OptimizationView> {
  const row = await getOptimizationRow(db, id);
  if (row.status !== 'open') throw conflict(`This suggestion is already ${row.status}`);
  const updated = await db.transaction(async (tx) => {
    const [dismissed] = await tx
      .update(optimization)
      .set({ status: 'dismissed', dismissedReason: reason, updatedAt: new Date() })
      .where(eq(optimization.id, id))
      .returning();
    await appendAuditEvent(tx, actor, {
      kind: 'optimization.dismiss',
      target: `optimization:${id}`,
      details: { pluginId: row.pluginId, type: row.type, reason },
    });
    return dismissed;
  });
  return viewOf(updated);
}
