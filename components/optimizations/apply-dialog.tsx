'use client';
// Apply = review the document change as a diff, then save it as a new version whose comment
// links back to the suggestion.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { optimizationQueries, type OptimizationView } from '@/lib/queries/optimizations';
import { ChangeList } from '@/components/shared/change-list';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

export interface ApplyDialogProps {
  o: OptimizationView | null;
  busy: boolean;
  onClose: () => void;
  onConfirm: (o: OptimizationView, baseVersion: number, comment: string) => void;
}

const DOC_TITLE: Record<string, string> = { sandbox: 'sandbox', aiops: 'AIOps' };

export function ApplyDialog({ o, busy, onClose, onConfirm }: ApplyDialogProps) {
  const change = useQuery({ ...optimizationQueries.change(o?.id ?? ''), enabled: o !== null, staleTime: 0 });
  const [comment, setComment] = useState('');
  const d = change.data;
  return (
    <Dialog
      open={o !== null}
      onOpenChange={(open) => !open && onClose()}
      title="Apply suggestion"
      description={o?.record.description}
      wide
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" disabled={!d || busy || d.changes.length === 0} onClick={() => o && d && onConfirm(o, d.baseVersion, comment)}>
            {busy ? 'Saving…' : d ? `Save as ${DOC_TITLE[d.documentKind]} version ${d.baseVersion + 1}` : 'Save'}
          </Button>
        </>
      }
    >
      {change.error ? (
        <p role="alert" className="text-sm text-danger">
          {change.error.message}
        </p>
      ) : !d ? (
        <p className="text-sm text-muted">Loading the change…</p>
      ) : (
        <div className="space-y-4">
          <p className="text-sm">
            Changes to the {DOC_TITLE[d.documentKind]} document of <span className="font-medium">{o?.pluginId}</span>, on top of version {d.baseVersion}:
          </p>
          {d.stale && (
            <p className="rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-xs">
              The document changed since this suggestion was made; the diff is against the current version.
            </p>
          )}
          <ChangeList changes={d.changes} empty="The document already has these values: nothing to save." />
          <div className="space-y-1">
            <Label htmlFor="apply-comment">Comment (optional)</Label>
            <Input id="apply-comment" value={comment} maxLength={400} placeholder={`Optimization ${o?.id}: ${o?.record.description ?? ''}`} onChange={(e) => setComment(e.target.value)} />
            <p className="text-xs text-muted">The saved version&apos;s comment links back to this suggestion.</p>
          </div>
        </div>
      )}
    </Dialog>
  );
}
