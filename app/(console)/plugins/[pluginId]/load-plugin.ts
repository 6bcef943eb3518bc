import { notFound } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import { ApiError } from '@/lib/errors';
import { getPlugin } from '@/lib/plugins/get-plugin';
import { pluginIdFromParam } from '@/lib/plugins/plugin-param';

/** The plugin of a page's `[pluginId]` segment, or the not-found page. */
export async function loadPlugin(params: Promise<{ pluginId: string }>) {
  const id = pluginIdFromParam((await params).pluginId);
  try {
    return await getPlugin(await getDb(), id);
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 400)) notFound();
    throw err;
  }
}
