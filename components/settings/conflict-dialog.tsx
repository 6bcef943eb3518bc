'use client';
import { useQuery } from '@tanstack/react-query';
import type { DocumentKind } from '@/schemas';
import { documentQueries } from '@/lib/queries/documents';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ChangeList } from '@/components/shared/change-list';

export interface Conflict {
  baseVersion: number;
  currentVersion: number;
  savedBy: string;
  savedAt: string;
}

export interface ConflictDialogProps {
  kind: DocumentKind;
  pluginId: string | null;
  conflict: Conflict | null;
  busy: boolean;
  onReload: () => void;
  onOverwrite: () => void;
  onClose: () => void;
}

/** The 409 flow: someone saved since this edit began. Show who, what they changed, and choose. */
export function ConflictDialog({ kind, pluginId, conflict, busy, onReload, onOverwrite, onClose }: ConflictDialogProps) {
  const theirs = useQuery({
    ...documentQueries.diff(kind, pluginId, conflict?.baseVersion ?? 0, conflict?.currentVersion ?? 0),
    enabled: conflict !== null,
  });
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
        </>
      }
    >
      <h3 className="mb-2 text-sm font-semibold">What they changed</h3>
      {theirs.isLoading ? <p className="text-sm text-muted">Loading their changes…</p> : <ChangeList changes={theirs.data ?? []} />}
      <p className="mt-3 text-xs text-muted">“Save mine on top” replaces their version with your document as a new version; both stay in the history.</p>
    </Dialog>
  );
}
