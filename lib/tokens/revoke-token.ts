import { eq } from 'drizzle-orm';
import { apiToken } from '../db/schema';
import type { Db } from '../db/client';
import type { Actor } from '../auth/actor';
import { appendAuditEvent } from '../audit/append-event';
import { notFound } from '../errors';

export async function revokeToken(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.update(apiToken).set({ revokedAt: new Date() }).where(eq(apiToken.id, id)).returning();
    if (!row) throw notFound(`Token ${id}`);
    await appendAuditEvent(tx, actor, { kind: 'token.revoke', target: `token:${id}`, details: { name: row.name } });
  });
}
