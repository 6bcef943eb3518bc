import type { Metadata } from 'next';
import { DocumentPage } from '@/app/(console)/document-page';
import { hasRole } from '@/lib/auth/roles';
import { requireRole } from '../../../require-role';
import { loadPlugin } from '../load-plugin';

export const metadata: Metadata = { title: 'State' };

export default async function PluginStatePage({ params }: { params: Promise<{ pluginId: string }> }) {
  const user = await requireRole('viewer');
  const plugin = await loadPlugin(params);
  return (
    <DocumentPage
      kind="hot-reload"
      pluginId={plugin.id}
      title={`${plugin.name}: State`}
      canEdit={hasRole(user.role, 'operator')}
      description="Hot reload and the distributed state that survives it."
    />
  );
}
