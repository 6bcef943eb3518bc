// The audit log is append-only: events are inserted here and nowhere updated or deleted
// (a database trigger refuses UPDATE and DELETE on the table).
import { auditEvent } from '../db/schema';
import type { Db } from '../db/client';
import { actorLabel, type Actor } from '../auth/actor';

export interface AuditInput {
  kind: string;
  target?: string;
  beforeRef?: string | null;
  afterRef?: string | null;
  details?: Record<string, unknown>;
}

export async function appendAuditEvent(db: Db, actor: Actor, input: AuditInput): Promise<void> {
  await db.insert(auditEvent).values({
    actorId: actor.id,
    actorName: actorLabel(actor),
    kind: input.kind,
    target: input.target ?? '',
    beforeRef: input.beforeRef ?? null,
    afterRef: input.afterRef ?? null,
    details: input.details ?? {},
  });
}
