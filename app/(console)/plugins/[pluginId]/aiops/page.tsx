import type { Metadata } from 'next';
import { DocumentPage } from '@/components/documents/document-page';
import { loadPlugin } from '../load-plugin';

export const metadata: Metadata = { title: 'AIOps' };

export default async function PluginAIOpsPage({ params }: { params: Promise<{ pluginId: string }> }) {
  const plugin = await loadPlugin(params);
  return (
    <DocumentPage
      kind="aiops"
      pluginId={plugin.id}
      title={`${plugin.name}: AIOps`}
      description="Anomaly detection, self-healing, auto-scaling, optimization and incident response for this plugin."
    />
  );
}
