import { eq } from 'drizzle-orm';
import type { PluginUpdate } from '@/schemas';
import { plugin } from '../db/schema';
import type { Db } from '../db/client';
import type { Actor } from '../auth/actor';
import { appendAuditEvent } from '../audit/append-event';
import { getPlugin } from './get-plugin';
import { checkDependencies } from './check-dependencies';

export async function updatePlugin(db: Db, actor: Actor, id: string, input: PluginUpdate) {
  const before = await getPlugin(db, id);
  return db.transaction(async (tx) => {
    await checkDependencies(tx, id, input.dependsOn);
    const [row] = await tx
      .update(plugin)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(plugin.id, id))
      .returning();
    await appendAuditEvent(tx, actor, {
      kind: 'plugin.update',
      target: `plugin:${id}`,
      details: { before: { name: before.name, description: before.description, dependsOn: before.dependsOn }, after: input },
    });
    return row;
  });
}
