import type { Db } from '../../db/client';
import { incidentComment } from '../../db/schema';
import { actorLabel, type Actor } from '../../auth/actor';
import { appendAuditEvent } from '../../audit/append-event';
import { findIncident } from './incident-id';

export type CommentRow = typeof incidentComment.$inferSelect;

/** Adds an operator's note to an incident's discussion (append-only, audited). */
export async function addIncidentComment(db: Db, actor: Actor, id: string, body: string): Promise<CommentRow> {
  const row = await findIncident(db, id);
  return db.transaction(async (tx) => {
    const [comment] = await tx.insert(incidentComment).values({ incidentId: row.id, authorId: actor.id, authorName: actorLabel(actor), body }).returning();
    await appendAuditEvent(tx, actor, { kind: 'incident.comment', target: `incident:${row.id}`, afterRef: `comment:${comment.id}`, details: { pluginId: row.pluginId } });
    return comment;
  });
}
