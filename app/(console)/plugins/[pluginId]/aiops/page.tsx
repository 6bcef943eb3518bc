import type { Metadata } from 'next';
import { after } from 'next/server';
import { getDb } from '@/lib/db/client';
import { warmPreviews } from '@/lib/aiops/whatif/warm-previews';
import { DocumentPage } from '@/app/(console)/document-page';
import { hasRole } from '@/lib/auth/roles';
import { requireRole } from '../../../require-role';
import { loadPlugin } from '../load-plugin';

export const metadata: Metadata = { title: 'AIOps' };

export default async function PluginAIOpsPage({ params }: { params: Promise<{ pluginId: string }> }) {
  const user = await requireRole('viewer');
  const plugin = await loadPlugin(params);
  // The what-if panel's history is read once the page is on its way (its first preview is then fast).
  after(async () => void (await warmPreviews(await getDb(), plugin.id).catch(() => 0)));
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
