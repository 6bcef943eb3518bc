'use client';
// The 409 flow: someone saved since this edit began. Shows who and what they changed, and offers
// to discard mine, save mine on top, or save a three-way merge of both.
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DocumentKind } from '@/schemas';
import { documentKinds } from '@/lib/config-store/document-kinds';
import { documentQueries } from '@/lib/queries/documents';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { mergeDocuments } from '@/lib/config-store/merge-documents';
import { ChangeList } from '@/components/shared/change-list';
import { MergePanel } from './merge-panel';

export interface Conflict {
  baseVersion: number;
  currentVersion: number;
  savedBy: string;
  savedAt: string;
  /** The document the edit started from (version baseVersion, as the browser got it). */
  base: unknown;
  /** The draft that met the 409. */
  mine: unknown;
}

export interface ConflictDialogProps {
  kind: DocumentKind;
  pluginId: string | null;
  conflict: Conflict | null;
  busy: boolean;
  onReload: () => void;
  onOverwrite: () => void;
  onMerge: (merged: unknown) => void;
  onClose: () => void;
}

export function ConflictDialog({ kind, pluginId, conflict, busy, onReload, onOverwrite, onMerge, onClose }: ConflictDialogProps) {
  const { schema, secretPaths } = documentKinds[kind];
  const theirs = useQuery({
    ...documentQueries.diff(kind, pluginId, conflict?.baseVersion ?? 0, conflict?.currentVersion ?? 0),
    enabled: conflict !== null,
  });
  const current = useQuery({ ...documentQueries.version(kind, pluginId, conflict?.currentVersion ?? 1), enabled: conflict !== null });
  const theirBody = current.data?.body;
  const merge = useMemo(() => {
    if (!conflict || theirBody === undefined || !theirs.data) return null;
    // Their secret changes hide behind the marker: the server's diff names them.
    const secretChanges = theirs.data.filter((c) => c.secret).map((c) => c.path);
    return mergeDocuments({ base: conflict.base, theirs: theirBody, mine: conflict.mine }, secretPaths, secretChanges);
  }, [conflict, theirBody, theirs.data, secretPaths]);
  const [resolved, setResolved] = useState<{ for: unknown; doc: unknown } | null>(null);
  const merged = merge && (merge.conflicts.length === 0 ? merge.merged : resolved?.for === merge ? resolved.doc : null);
  return (
    <Dialog
      open={conflict !== null}
      onOpenChange={(o) => !o && onClose()}
      wide
      title="Someone saved since you started editing"
      description={
        conflict
          ? `${conflict.savedBy} saved version ${conflict.currentVersion} at ${new Date(conflict.savedAt).toLocaleString()}. Your edit was based on version ${conflict.baseVersion}.`
          : undefined
      }
      footer={
        <>
          <Button onClick={onClose}>Keep editing</Button>
          <Button onClick={onReload}>Discard mine, load theirs</Button>
          <Button variant="danger" disabled={busy} onClick={onOverwrite}>
            Save mine on top
          </Button>
          <Button variant="primary" disabled={busy || merged === null} onClick={() => merged !== null && onMerge(merged)}>
            Save merged
          </Button>
        </>
      }
    >
      <h3 className="mb-2 text-sm font-semibold">What they changed</h3>
      {theirs.isLoading ? <p className="text-sm text-muted">Loading their changes…</p> : <ChangeList changes={theirs.data ?? []} schema={schema} />}
      {merge && (
        <MergePanel
          key={conflict?.currentVersion}
          result={merge}
          theirs={theirBody}
          mine={conflict?.mine}
          schema={schema}
          secretPaths={secretPaths}
          onResolved={(doc) => setResolved(doc === null ? null : { for: merge, doc })}
        />
      )}
      {current.error && <p className="mt-3 text-sm text-danger">Could not load their version to merge: {current.error.message}</p>}
      <p className="mt-3 text-xs text-muted">
        “Save merged” saves their version with your changes as a new version; “Save mine on top” replaces their version with your document. Every version stays in the history.
      </p>
    </Dialog>
  );
}
