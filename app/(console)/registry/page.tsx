import type { Metadata } from 'next';
import { DocumentPage } from '@/components/documents/document-page';

export const metadata: Metadata = { title: 'Registry' };

export default function RegistryPage() {
  return (
    <DocumentPage
      kind="registry"
      pluginId={null}
      title="Registry federation"
      description="Where this installation gets its plugins: upstreams, scopes, storage, access, cache and mirrors."
    />
  );
}
