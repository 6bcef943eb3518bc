'use client';
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { History, RotateCcw } from 'lucide-react';
import { toast } from 'sonner';
import type { DocumentKind } from '@/schemas';
import { apiFetch } from '@/lib/http/api-fetch';
import { documentPath, documentQueries } from '@/lib/queries/documents';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ChangeList } from '@/components/shared/change-list';

export interface VersionHistoryProps {
  kind: DocumentKind;
  pluginId: string | null;
  currentVersion: number;
  canEdit: boolean;
}

/** Every saved version with author, time and comment; diff any two; roll back to one. */
export function VersionHistory({ kind, pluginId, currentVersion, canEdit }: VersionHistoryProps) {
  const qc = useQueryClient();
  const { data: versions = [] } = useQuery(documentQueries.history(kind, pluginId));
  const [pair, setPair] = useState<[number, number] | null>(null);
  const diff = useQuery({ ...documentQueries.diff(kind, pluginId, pair?.[0] ?? 0, pair?.[1] ?? 0), enabled: pair !== null });

  const rollback = useMutation({
    mutationFn: (toVersion: number) =>
      apiFetch(documentPath(kind, pluginId, '/rollback'), { method: 'POST', body: { baseVersion: currentVersion, toVersion } }),
    onSuccess: async (_d, v) => {
      toast.success(`Restored version ${v} as a new version`);
      await qc.invalidateQueries({ queryKey: documentQueries.all(kind, pluginId) });
    },
    onError: (err) => toast.error(err.message),
  });

  if (versions.length === 0) {
    return (
      <Card title="History">
        <p className="text-sm text-muted">No version saved yet: the document shows the protocol&apos;s defaults.</p>
      </Card>
    );
  }
  return (
    <Card title={<span className="flex items-center gap-2"><History className="h-4 w-4" aria-hidden /> History</span>}>
      <ol className="space-y-2">
        {versions.map((v) => (
          <li key={v.version} className="rounded-md border border-border px-3 py-2 text-sm">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="flex items-center gap-2">
                <Badge tone={v.version === currentVersion ? 'accent' : 'neutral'}>v{v.version}</Badge>
                <span className="font-medium">{v.authorName}</span>
                <time className="text-xs text-muted" dateTime={v.createdAt}>{new Date(v.createdAt).toLocaleString()}</time>
              </span>
              <span className="flex gap-1">
                {v.version > 1 && (
                  <Button size="sm" variant="ghost" onClick={() => setPair([v.version - 1, v.version])}>
                    Changes
                  </Button>
                )}
                {v.version !== currentVersion && (
                  <Button size="sm" variant="ghost" onClick={() => setPair([v.version, currentVersion])}>
                    Diff to current
                  </Button>
                )}
                {canEdit && v.version !== currentVersion && (
                  <Button size="sm" variant="ghost" disabled={rollback.isPending} onClick={() => rollback.mutate(v.version)}>
                    <RotateCcw className="h-3.5 w-3.5" aria-hidden /> Roll back
                  </Button>
                )}
              </span>
            </div>
            {(v.comment || v.restoredFrom) && (
              <p className="mt-1 text-xs text-muted">
                {v.comment}
                {v.restoredFrom ? ` (restores v${v.restoredFrom})` : ''}
              </p>
            )}
          </li>
        ))}
      </ol>
      {pair && (
        <div className="mt-4">
          <h3 className="mb-2 text-sm font-semibold">
            v{pair[0]} → v{pair[1]}
          </h3>
          {diff.isLoading ? <p className="text-sm text-muted">Loading…</p> : <ChangeList changes={diff.data ?? []} />}
        </div>
      )}
    </Card>
  );
}
