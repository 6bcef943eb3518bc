// The settings pages of a plugin (sandbox, state, AIOps): one page, its section naming the
// document kind it edits (components/shell/nav-items.ts lists them).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { after } from 'next/server';
import { warmPreviews } from '@/lib/aiops/whatif/warm-previews';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { pluginSections } from '@/components/shell/nav-items';
import { DocumentPage } from '../../../document-page';
import { requireRole } from '../../../require-role';
import { loadPlugin } from '../load-plugin';

type Params = Promise<{ pluginId: string; section: string }>;

function sectionOf(slug: string) {
  return pluginSections.find((s) => s.slug === slug) ?? notFound();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: sectionOf((await params).section).label };
}

export default async function PluginSettingsPage({ params }: { params: Params }) {
  const user = await requireRole('viewer');
  const section = sectionOf((await params).section);
  const plugin = await loadPlugin(params);
  // The what-if panel's history is read once the page is on its way (its first preview is then fast).
  if (section.kind === 'aiops') after(async () => void (await warmPreviews(await getDb(), plugin.id).catch(() => 0)));
  return (
    <DocumentPage
      kind={section.kind}
      pluginId={plugin.id}
      title={`${plugin.name}: ${section.label}`}
      canEdit={hasRole(user.role, 'operator')}
      description={section.description}
    />
  );
}
