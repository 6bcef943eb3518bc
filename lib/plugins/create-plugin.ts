import type { PluginCreate } from '@/schemas';
import { plugin } from '../db/schema';
import type { Db } from '../db/client';
import type { Actor } from '../auth/actor';
import { appendAuditEvent } from '../audit/append-event';
import { isUniqueViolation } from '../db/errors';
import { conflict } from '../errors';
import { checkDependencies } from './check-dependencies';

export async function createPlugin(db: Db, actor: Actor, input: PluginCreate & { demo?: boolean }) {
  try {
    return await db.transaction(async (tx) => {
      await checkDependencies(tx, input.id, input.dependsOn);
      const [row] = await tx
        .insert(plugin)
        .values({ id: input.id, name: input.name, description: input.description ?? '', demo: input.demo ?? false, dependsOn: input.dependsOn ?? [] })
        .returning();
      await appendAuditEvent(tx, actor, { kind: 'plugin.create', target: `plugin:${row.id}`, details: { name: row.name } });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`A plugin with the id ${input.id} already exists`);
    throw err;
  }
}
