'use client';
import { useState } from 'react';
import { DOCUMENT_COMMENT_MAX } from '@/schemas/api';
import type { DocumentChange } from '@/lib/config-store/diff-documents';
import type { Advice } from '@/lib/advice/types';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { ChangeList } from '@/components/shared/change-list';
import { AdviceList } from './advice-list';

export interface SaveReviewDialogProps {
  open: boolean;
  changes: DocumentChange[];
  /** Advice about the document as it will be saved (risks first). */
  advice: Advice[];
  baseVersion: number;
  saving: boolean;
  onConfirm: (comment: string) => void;
  onCancel: () => void;
}

/** "What Save will change": the diff against the saved version, the risks, and a comment. */
export function SaveReviewDialog({ open, changes, advice, baseVersion, saving, onConfirm, onCancel }: SaveReviewDialogProps) {
  const [comment, setComment] = useState('');
  const risky = advice.filter((a) => a.severity !== 'info');
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => !o && onCancel()}
      wide
      title="Review changes"
      description={`Saving creates version ${baseVersion + 1}. The change is recorded in the audit log.`}
      footer={
        <>
          <Button onClick={onCancel}>Keep editing</Button>
          <Button variant="primary" disabled={saving || changes.length === 0} onClick={() => onConfirm(comment.trim())}>
            {saving ? 'Saving…' : `Save version ${baseVersion + 1}`}
          </Button>
        </>
      }
    >
      <div className="space-y-4">
        <ChangeList changes={changes} empty="Nothing changed since the saved version." />
        {risky.length > 0 && (
          <div>
            <h3 className="mb-2 text-sm font-semibold">Worth a second look</h3>
            <AdviceList advice={risky} />
          </div>
        )}
        <Field id="save-comment" label="Comment" help="Why this change? Shown in the history and the audit log.">
          <Input id="save-comment" value={comment} maxLength={DOCUMENT_COMMENT_MAX} onChange={(e) => setComment(e.target.value)} placeholder="e.g. Tighten network access after review" />
        </Field>
      </div>
    </Dialog>
  );
}
