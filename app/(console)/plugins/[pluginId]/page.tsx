import { redirect } from 'next/navigation';

export default async function PluginPage({ params }: { params: Promise<{ pluginId: string }> }) {
  redirect(`/plugins/${(await params).pluginId}/sandbox`);
}
