// Deleting a plugin removes it and its documents; the audit trail stays (it is append-only
// and refers to the plugin by id, not by a foreign key).
import { eq } from 'drizzle-orm';
import { document, plugin } from '../db/schema';
import type { Db } from '../db/client';
import type { Actor } from '../auth/actor';
import { appendAuditEvent } from '../audit/append-event';
import { getPlugin } from './get-plugin';

export async function deletePlugin(db: Db, actor: Actor, id: string): Promise<void> {
  const before = await getPlugin(db, id);
  await db.transaction(async (tx) => {
    await tx.delete(document).where(eq(document.scope, `plugin:${id}`));
    await tx.delete(plugin).where(eq(plugin.id, id));
    await appendAuditEvent(tx as unknown as Db, actor, { kind: 'plugin.delete', target: `plugin:${id}`, details: { name: before.name } });
  });
}
