'use client';
import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { History, RotateCcw } from 'lucide-react';
import { toast } from 'sonner';
import type { DocumentKind } from '@/schemas';
import { apiFetch } from '@/lib/http/api-fetch';
import { documentKinds } from '@/lib/config-store/document-kinds';
import { documentPath, documentQueries } from '@/lib/queries/documents';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Select } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
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
  const [confirming, setConfirming] = useState<number | null>(null);
  const id = useId();
  const diff = useQuery({ ...documentQueries.diff(kind, pluginId, pair?.[0] ?? 0, pair?.[1] ?? 0), enabled: pair !== null });

  const rollback = useMutation({
    mutationFn: (toVersion: number) =>
      apiFetch(documentPath(kind, pluginId, '/rollback'), { method: 'POST', body: { baseVersion: currentVersion, toVersion } }),
    onSuccess: async (_d, v) => {
      setConfirming(null);
      toast.success(`Restored version ${v} as a new version`);
      await qc.invalidateQueries({ queryKey: documentQueries.all(kind, pluginId) });
    },
    onError: (err) => {
      setConfirming(null);
      toast.error(err.message);
    },
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
                  <Button size="sm" variant="ghost" disabled={rollback.isPending} onClick={() => setConfirming(v.version)}>
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
      {versions.length > 1 && (
        <fieldset className="mt-4 flex flex-wrap items-end gap-2">
          <legend className="mb-1 text-sm font-semibold">Compare any two versions</legend>
          <VersionSelect id={`${id}-from`} label="From" versions={versions.map((v) => v.version)} value={pair?.[0] ?? versions[versions.length - 1].version} onChange={(from) => setPair([from, pair?.[1] ?? currentVersion])} />
          <VersionSelect id={`${id}-to`} label="To" versions={versions.map((v) => v.version)} value={pair?.[1] ?? currentVersion} onChange={(to) => setPair([pair?.[0] ?? versions[versions.length - 1].version, to])} />
        </fieldset>
      )}
      {pair && (
        <div className="mt-4">
          <h3 className="mb-2 text-sm font-semibold">
            v{pair[0]} → v{pair[1]}
          </h3>
          {pair[0] === pair[1] ? (
            <p className="text-sm text-muted">Choose two different versions.</p>
          ) : diff.isLoading ? (
            <p className="text-sm text-muted">Loading…</p>
          ) : (
            <ChangeList changes={diff.data ?? []} schema={documentKinds[kind].schema} />
          )}
        </div>
      )}
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(o) => !o && setConfirming(null)}
        title={`Roll back to version ${confirming}?`}
        confirmLabel={rollback.isPending ? 'Rolling back…' : 'Roll back'}
        busy={rollback.isPending}
        onConfirm={() => confirming !== null && rollback.mutate(confirming)}
      >
        The content of version {confirming} is saved as a new version {currentVersion + 1}; nothing is deleted, and the change is recorded in the audit log.
      </ConfirmDialog>
    </Card>
  );
}

interface VersionSelectProps {
  id: string;
  label: string;
  versions: number[];
  value: number;
  onChange: (version: number) => void;
}

function VersionSelect({ id, label, versions, value, onChange }: VersionSelectProps) {
  return (
    <span className="space-y-1">
      <Label htmlFor={id} className="block text-xs">
        {label}
      </Label>
      <Select id={id} className="w-24" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v} value={v}>
            v{v}
          </option>
        ))}
      </Select>
    </span>
  );
}
