import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { plugin } from '../../db/schema';
import { badRequest, type IssueItem } from '../../errors';

/** The plugins a writer may write for: an API token restricted to plugins lists them; null is every plugin. */
export type WritablePlugins = readonly string[] | null;

/** The registered plugins among `pluginIds` that the writer may write for. */
export async function knownPluginIds(db: Db, pluginIds: string[], writable: WritablePlugins = null): Promise<Set<string>> {
  const ids = [...new Set(pluginIds)].filter((id) => !writable || writable.includes(id));
  if (ids.length === 0) return new Set();
  return new Set((await db.select({ id: plugin.id }).from(plugin).where(inArray(plugin.id, ids))).map((r) => r.id));
}

/** The issue naming item `index` of `listName` whose plugin is not registered, or not the writer's to write for. */
export function unknownPluginIssue(listName: string, index: number, pluginId: string, writable: WritablePlugins = null): IssueItem {
  const path = `${listName}.${index}.pluginId`;
  if (writable && !writable.includes(pluginId)) return { path, message: `This token may not write for plugin ${pluginId}: it is restricted to ${writable.join(', ')}` };
  return { path, message: `Plugin ${pluginId} is not registered` };
}

/** Rejects a batch naming each item whose plugin is not registered or not the writer's. */
export async function checkPluginsExist(db: Db, pluginIds: string[], listName: string, writable: WritablePlugins = null): Promise<void> {
  const known = await knownPluginIds(db, pluginIds, writable);
  const issues = pluginIds.flatMap((id, i) => (known.has(id) ? [] : [unknownPluginIssue(listName, i, id, writable)]));
  if (issues.length) throw badRequest(`${issues.length} item(s) name unknown plugins; nothing was stored`, issues.slice(0, 100));
}
