// Applies a configuration suggestion: saves the proposed document as a new version whose
// comment links the suggestion, marks the suggestion applied and records it in the audit log.
// Automatic applies (optimization.autoApply) take the same path as the system actor.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { optimization } from '../db/schema';
import type { Actor } from '../auth/actor';
import { appendAuditEvent } from '../audit/append-event';
import { saveDocument } from '../config-store/save-document';
import { conflict } from '../errors';
import { getOptimizationRow } from './get-optimization';
import { viewOf, type OptimizationView } from './optimization-view';
import { proposeDocument } from './propose-document';

export interface ApplyInput {
  /** The version the operator reviewed the diff against; the current one when omitted (automatic). */
  baseVersion?: number;
  comment?: string;
  auto?: boolean;
}

export function linkComment(id: string, description: string): string {
  return `Optimization ${id}: ${description} (/optimizations#${id})`;
}

export async function applyOptimization(db: Db, actor: Actor, id: string, input: ApplyInput = {}): Promise<OptimizationView & { documentVersion: number }> {
  const row = await getOptimizationRow(db, id);
  if (row.status !== 'open') throw conflict(`This suggestion is already ${row.status}`);
  const proposed = await proposeDocument(db, row);
  const record = viewOf(row).record;
  const comment = input.comment?.trim() ? `${input.comment.trim()} (/optimizations#${id})` : linkComment(id, record.description);
  const saved = await saveDocument(db, actor, proposed.documentKind, row.pluginId, {
    baseVersion: input.baseVersion ?? proposed.baseVersion,
    body: proposed.body,
    comment,
  });
  const updated = await db.transaction(async (tx) => {
    const [applied] = await tx
      .update(optimization)
      .set({ status: 'applied', appliedVersion: saved.version, autoApplied: Boolean(input.auto), updatedAt: new Date() })
      .where(eq(optimization.id, id))
      .returning();
    await appendAuditEvent(tx, actor, {
      kind: input.auto ? 'optimization.auto-apply' : 'optimization.apply',
      target: `optimization:${id}`,
      afterRef: `${proposed.documentKind}:v${saved.version}`,
      details: { pluginId: row.pluginId, type: row.type, description: record.description, documentKind: proposed.documentKind, changed: saved.changed },
    });
    return applied;
  });
  return { ...viewOf(updated), documentVersion: saved.version };
}
