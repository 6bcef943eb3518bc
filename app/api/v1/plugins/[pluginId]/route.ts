import { PluginUpdateSchema } from '@/schemas';
import { route } from '@/lib/auth/route';
import { getPlugin } from '@/lib/plugins/get-plugin';
import { updatePlugin } from '@/lib/plugins/update-plugin';
import { deletePlugin } from '@/lib/plugins/delete-plugin';

export const GET = route({ role: 'viewer' }, async ({ db, params }) => getPlugin(db, params.pluginId));
export const PATCH = route({ role: 'operator', body: PluginUpdateSchema }, async ({ db, actor, params, body }) =>
  updatePlugin(db, actor, params.pluginId, body),
);
export const DELETE = route({ role: 'admin' }, async ({ db, actor, params }) => {
  await deletePlugin(db, actor, params.pluginId);
  return { deleted: params.pluginId };
});
