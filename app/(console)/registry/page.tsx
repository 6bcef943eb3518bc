import type { Metadata } from 'next';
import { hasRole } from '@/lib/auth/roles';
import { DocumentPage } from '../document-page';
import { requireRole } from '../require-role';

export const metadata: Metadata = { title: 'Registry' };

export default async function RegistryPage() {
  const user = await requireRole('viewer');
  return (
    <DocumentPage
      kind="registry"
      pluginId={null}
      canEdit={hasRole(user.role, 'operator')}
      title="Registry federation"
      description="Where this installation gets its plugins: upstreams, scopes, storage, access, cache and mirrors."
    />
  );
}
