// The audit log is append-only: events are inserted here and nowhere updated or deleted
// (a database trigger refuses UPDATE and DELETE on the table). An event is written in the
// transaction of the change it records, so the two commit or roll back together.
import { auditEvent } from '../db/schema';
import type { Db } from '../db/client';
import { actorLabel, type Actor } from '../auth/actor';

/** A transaction of the console's database: `db.transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface AuditInput {
  kind: string;
  target?: string;
  beforeRef?: string | null;
  afterRef?: string | null;
  details?: Record<string, unknown>;
}

export async function appendAuditEvent(tx: Tx, actor: Actor, input: AuditInput): Promise<void> {
  await tx.insert(auditEvent).values({
    actorId: actor.id,
    actorName: actorLabel(actor),
    kind: input.kind,
    target: input.target ?? '',
    beforeRef: input.beforeRef ?? null,
    afterRef: input.afterRef ?? null,
    details: input.details ?? {},
  });
}
