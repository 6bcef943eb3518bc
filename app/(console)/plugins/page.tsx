import type { Metadata } from 'next';
import { hasRole } from '@/lib/auth/roles';
import { makeQueryClient } from '@/lib/queries/query-client';
import { Hydrate } from '@/components/providers/hydrate';
import { prefetchPlugins } from '../plugin-list';
import { requireRole } from '../require-role';
import { PluginsClient } from './client';

export const metadata: Metadata = { title: 'Plugins' };

export default async function PluginsPage() {
  const user = await requireRole('viewer');
  const qc = makeQueryClient();
  await prefetchPlugins(qc);
  return (
    <Hydrate client={qc}>
      <PluginsClient canEdit={hasRole(user.role, 'operator')} canDelete={hasRole(user.role, 'admin')} />
    </Hydrate>
  );
}
