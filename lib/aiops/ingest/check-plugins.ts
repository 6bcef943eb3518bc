import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { plugin } from '../../db/schema';
import { badRequest, type IssueItem } from '../../errors';

/** The registered plugins among `pluginIds`. */
export async function knownPluginIds(db: Db, pluginIds: string[]): Promise<Set<string>> {
  const ids = [...new Set(pluginIds)];
  return new Set((await db.select({ id: plugin.id }).from(plugin).where(inArray(plugin.id, ids))).map((r) => r.id));
}

/** The issue naming item `index` of `listName` whose plugin is not registered. */
export function unknownPluginIssue(listName: string, index: number, pluginId: string): IssueItem {
  return { path: `${listName}.${index}.pluginId`, message: `Plugin ${pluginId} is not registered` };
}

/** Rejects a batch naming each item whose plugin is not registered. */
export async function checkPluginsExist(db: Db, pluginIds: string[], listName: string): Promise<void> {
  const known = await knownPluginIds(db, pluginIds);
  const issues = pluginIds.flatMap((id, i) => (known.has(id) ? [] : [unknownPluginIssue(listName, i, id)]));
  if (issues.length) throw badRequest(`${issues.length} item(s) name unknown plugins; nothing was stored`, issues.slice(0, 100));
}
