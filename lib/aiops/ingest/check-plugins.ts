import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { plugin } from '../../db/schema';
import { badRequest } from '../../errors';

/** Rejects a batch naming each item whose plugin is not registered. */
export async function checkPluginsExist(db: Db, pluginIds: string[], listName: string): Promise<void> {
  const ids = [...new Set(pluginIds)];
  const known = new Set((await db.select({ id: plugin.id }).from(plugin).where(inArray(plugin.id, ids))).map((r) => r.id));
  const issues = pluginIds.flatMap((id, i) => (known.has(id) ? [] : [{ path: `${listName}.${i}.pluginId`, message: `Plugin ${id} is not registered` }]));
  if (issues.length) throw badRequest(`${issues.length} item(s) name unknown plugins; nothing was stored`, issues.slice(0, 100));
}
