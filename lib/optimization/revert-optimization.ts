// Undoes an applied suggestion in one click. While its version is still the latest this is a
// plain rollback to the version before; after later saves only the suggestion's own paths go
// back. Either way a new version is saved, and the suggestion is dismissed so that an
// automatic apply does not bring it straight back.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { optimization } from '../db/schema';
import { actorLabel, type Actor } from '../auth/actor';
import { appendAuditEvent } from '../audit/append-event';
import { getDocument } from '../config-store/get-document';
import { rollbackDocument } from '../config-store/rollback-document';
import { saveDocument } from '../config-store/save-document';
import { conflict } from '../errors';
import { getOptimizationRow } from './get-optimization';
import { viewOf, type OptimizationView } from './optimization-view';
import { proposeDocument } from './propose-document';
import type { ProposedChange } from './types';

export async function revertOptimization(db: Db, actor: Actor, id: string): Promise<OptimizationView & { documentVersion: number }> {
  const row = await getOptimizationRow(db, id);
  const change = row.change as ProposedChange | null;
  if (row.status !== 'applied' || !change || row.appliedVersion === null) throw conflict('Only an applied configuration suggestion can be reverted');
  const doc = await getDocument(db, change.documentKind, row.pluginId);
  const comment = `Revert optimization ${id} (/optimizations#${id})`;
  const saved =
    doc.version === row.appliedVersion && row.appliedVersion > 1
      ? await rollbackDocument(db, actor, change.documentKind, row.pluginId, { baseVersion: doc.version, toVersion: row.appliedVersion - 1, comment })
      : await (async () => {
          const back = await proposeDocument(db, row, 'before');
          return saveDocument(db, actor, change.documentKind, row.pluginId, { baseVersion: back.baseVersion, body: back.body, comment });
        })();
  const appliedVersion = row.appliedVersion;
  const updated = await db.transaction(async (tx) => {
    const [dismissed] = await tx
      .update(optimization)
      .set({ status: 'dismissed', dismissedReason: `Reverted by ${actorLabel(actor)} as ${change.documentKind} version ${saved.version}`, updatedAt: new Date() })
      .where(eq(optimization.id, id))
      .returning();
    await appendAuditEvent(tx, actor, {
      kind: 'optimization.revert',
      target: `optimization:${id}`,
      beforeRef: `${change.documentKind}:v${appliedVersion}`,
      afterRef: `${change.documentKind}:v${saved.version}`,
      details: { pluginId: row.pluginId, type: row.type },
    });
    return dismissed;
  });
  return { ...viewOf(updated), documentVersion: saved.version };
}
