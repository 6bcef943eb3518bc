import type { DocumentKind } from '@/schemas';
import { getDb } from '@/lib/db/client';
import { getDocument } from '@/lib/config-store/get-document';
import { listHistory } from '@/lib/config-store/list-history';
import { asJson } from '@/lib/http/to-json';
import { makeQueryClient } from '@/lib/queries/query-client';
import { documentQueries } from '@/lib/queries/documents';
import { Hydrate } from '@/components/providers/hydrate';
import { SettingsWorkspace } from '@/components/settings/settings-workspace';

export interface DocumentPageProps {
  kind: DocumentKind;
  pluginId: string | null;
  title: string;
  description: string;
  canEdit: boolean;
}

/** Server part of every settings page: prefetches the document and its history. */
export async function DocumentPage({ kind, pluginId, title, description, canEdit }: DocumentPageProps) {
  const db = await getDb();
  const qc = makeQueryClient();
  await Promise.all([
    qc.prefetchQuery({ queryKey: documentQueries.current(kind, pluginId).queryKey, queryFn: async () => asJson(await getDocument(db, kind, pluginId)) }),
    qc.prefetchQuery({ queryKey: documentQueries.history(kind, pluginId).queryKey, queryFn: async () => asJson(await listHistory(db, kind, pluginId)) }),
  ]);
  return (
    <Hydrate client={qc}>
      <SettingsWorkspace kind={kind} pluginId={pluginId} title={title} description={description} canEdit={canEdit} />
    </Hydrate>
  );
}
