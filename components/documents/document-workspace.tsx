'use client';
import { useQuery } from '@tanstack/react-query';
import type { DocumentKind } from '@/schemas';
import { documentQueries } from '@/lib/queries/documents';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { VersionHistory } from './version-history';

export interface DocumentWorkspaceProps {
  kind: DocumentKind;
  pluginId: string | null;
  title: string;
  description: string;
  canEdit: boolean;
}

/** A versioned document: its current version and its history. */
export function DocumentWorkspace({ kind, pluginId, title, description, canEdit }: DocumentWorkspaceProps) {
  const { data: doc } = useQuery(documentQueries.current(kind, pluginId));
  if (!doc) return null;
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          <Badge tone={doc.exists ? 'accent' : 'neutral'}>{doc.exists ? `version ${doc.version}` : 'defaults, not saved yet'}</Badge>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card title="Current document">
          <pre className="max-h-[32rem] overflow-auto rounded-md bg-surface-2 p-3 font-mono text-xs leading-relaxed">
            {JSON.stringify(doc.body, null, 2)}
          </pre>
          <p className="mt-3 text-xs text-muted">Secrets are never shown: they appear as ••••••••.</p>
        </Card>
        <VersionHistory kind={kind} pluginId={pluginId} currentVersion={doc.version} canEdit={canEdit} />
      </div>
    </>
  );
}
