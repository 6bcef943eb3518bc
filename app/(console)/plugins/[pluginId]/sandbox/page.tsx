import type { Metadata } from 'next';
import { DocumentPage } from '@/components/documents/document-page';
import { loadPlugin } from '../load-plugin';

export const metadata: Metadata = { title: 'Sandbox' };

export default async function PluginSandboxPage({ params }: { params: Promise<{ pluginId: string }> }) {
  const plugin = await loadPlugin(params);
  return (
    <DocumentPage
      kind="sandbox"
      pluginId={plugin.id}
      title={`${plugin.name}: Sandbox`}
      description="How the plugin is isolated and where its code runs (engine, limits, filesystem, network, processes)."
    />
  );
}
