import type { Metadata } from 'next';
import { DocumentPage } from '@/components/documents/document-page';
import { loadPlugin } from '../load-plugin';

export const metadata: Metadata = { title: 'State' };

export default async function PluginStatePage({ params }: { params: Promise<{ pluginId: string }> }) {
  const plugin = await loadPlugin(params);
  return (
    <DocumentPage
      kind="hot-reload"
      pluginId={plugin.id}
      title={`${plugin.name}: State`}
      description="Hot reload and the distributed state that survives it."
    />
  );
}
