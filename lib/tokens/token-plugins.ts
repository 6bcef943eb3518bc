// Which plugins an actor may act for through the agent API: a token restricted to plugins
// (api_token.plugin_ids) only those, anyone else every plugin (null).
import { eq } from 'drizzle-orm';
import { apiToken } from '../db/schema';
import type { Db } from '../db/client';
import type { Actor } from '../auth/actor';

export async function allowedPlugins(db: Db, actor: Actor): Promise<string[] | null> {
  if (actor.kind !== 'token') return null;
  const [row] = await db.select({ pluginIds: apiToken.pluginIds }).from(apiToken).where(eq(apiToken.id, actor.id));
  return row?.pluginIds ?? null;
}
