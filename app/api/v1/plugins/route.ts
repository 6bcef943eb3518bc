import { PluginCreateSchema } from '@/schemas';
import { route } from '@/lib/auth/route';
import { listPlugins } from '@/lib/plugins/list-plugins';
import { createPlugin } from '@/lib/plugins/create-plugin';

export const GET = route({ role: 'viewer' }, async ({ db }) => ({ plugins: await listPlugins(db) }));
export const POST = route({ role: 'operator', body: PluginCreateSchema, status: 201 }, async ({ db, actor, body }) =>
  createPlugin(db, actor, body),
);
