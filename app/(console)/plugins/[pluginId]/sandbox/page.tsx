import type { Metadata } from 'next';
import { DocumentPage } from '@/app/(console)/document-page';
import { hasRole } from '@/lib/auth/roles';
import { requireRole } from '../../../require-role';
import { loadPlugin } from '../load-plugin';

export const metadata: Metadata = { title: 'Sandbox' };

export default async function PluginSandboxPage({ params }: { params: Promise<{ pluginId: string }> }) {
  const user = await requireRole('viewer');
  const plugin = await loadPlugin(params);
  return (
    <DocumentPage
      kind="sandbox"
      pluginId={plugin.id}
      title={`${plugin.name}: Sandbox`}
      canEdit={hasRole(user.role, 'operator')}
      description="How the plugin is isolated and where its code runs (engine, limits, filesystem, network, processes)."
    />
  );
}
