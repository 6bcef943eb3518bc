import { asc } from 'drizzle-orm';
import { plugin } from '../db/schema';
import type { Db } from '../db/client';

export type PluginRow = typeof plugin.$inferSelect;

export async function listPlugins(db: Db): Promise<PluginRow[]> {
  return db.select().from(plugin).orderBy(asc(plugin.name));
}
