import { eq } from 'drizzle-orm';
import { PluginIdSchema } from '@/schemas';
import { plugin } from '../db/schema';
import type { Db } from '../db/client';
import { badRequest, notFound, zodIssues } from '../errors';
import type { PluginRow } from './list-plugins';

/** The plugin with this id; 400 for a malformed id, 404 for an unknown one. */
export async function getPlugin(db: Db, id: string): Promise<PluginRow> {
  const parsed = PluginIdSchema.safeParse(id);
  if (!parsed.success) throw badRequest('The plugin id is invalid', zodIssues(parsed.error, ['pluginId']));
  const [row] = await db.select().from(plugin).where(eq(plugin.id, id));
  if (!row) throw notFound(`Plugin ${id}`);
  return row;
}
