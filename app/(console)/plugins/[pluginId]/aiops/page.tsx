import type { Metadata } from 'next';
import { DocumentPage } from '@/components/documents/document-page';
import { hasRole } from '@/lib/auth/roles';
import { requireRole } from '../../../require-role';
import { loadPlugin } from '../load-plugin';

export const metadata: Metadata = { title: 'AIOps' };

export default async function PluginAIOpsPage({ params }: { params: Promise<{ pluginId: string }> }) {
  const user = await requireRole('viewer');
  const plugin = await loadPlugin(params);
  return (
    <DocumentPage
      kind="aiops"
      pluginId={plugin.id}
      title={`${plugin.name}: AIOps`}
      canEdit={hasRole(user.role, 'operator')}
      description="Anomaly detection, self-healing, auto-scaling, optimization and incident response for this plugin."
    />
  );
}
