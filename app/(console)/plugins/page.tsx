import type { Metadata } from 'next';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { asJson } from '@/lib/http/to-json';
import { listPlugins } from '@/lib/plugins/list-plugins';
import { makeQueryClient } from '@/lib/queries/query-client';
import { pluginQueries } from '@/lib/queries/plugins';
import { Hydrate } from '@/components/providers/hydrate';
import { requireRole } from '../require-role';
import { PluginsClient } from './client';

export const metadata: Metadata = { title: 'Plugins' };

export default async function PluginsPage() {
  const user = await requireRole('viewer');
  const qc = makeQueryClient();
  const db = await getDb();
  await qc.prefetchQuery({ queryKey: pluginQueries.list().queryKey, queryFn: async () => asJson(await listPlugins(db)) });
  return (
    <Hydrate client={qc}>
      <PluginsClient canEdit={hasRole(user.role, 'operator')} canDelete={hasRole(user.role, 'admin')} />
    </Hydrate>
  );
}
