'use client';
// Approve or reject one or more proposals, with a comment: optional for an approval, required
// for a rejection (the same rule the API enforces, from schemas/healing-api.ts).
import { useId, useState } from 'react';
import { RejectBodySchema } from '@/schemas/healing-api';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';

export interface DecisionDialogProps {
  decision: 'approve' | 'reject' | null;
  /** What is being decided, e.g. "restart on Checkout API" or "3 proposals". */
  subject: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (comment: string) => Promise<void>;
}

export function DecisionDialog({ decision, subject, busy, onCancel, onConfirm }: DecisionDialogProps) {
  const id = useId();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();
  // A new decision starts with an empty comment (state adjusted while rendering, as React advises).
  const [shownFor, setShownFor] = useState(decision);
  if (shownFor !== decision) {
    setShownFor(decision);
    setComment('');
    setError(undefined);
  }
  const reject = decision === 'reject';
  const submit = async () => {
    if (reject) {
      const parsed = RejectBodySchema.safeParse({ comment });
      if (!parsed.success) {
        setError(parsed.error.issues[0].message);
        return;
      }
    }
    await onConfirm(comment.trim());
  };
  return (
    <Dialog
      open={decision !== null}
      onOpenChange={(o) => !o && onCancel()}
      title={reject ? `Reject ${subject}` : `Approve ${subject}`}
      description={reject ? 'The action will not run. Say why, for the audit log and the next approver.' : 'The action runs once, as soon as an executor picks it up.'}
      footer={
        <>
          <Button onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button variant={reject ? 'danger' : 'primary'} onClick={submit} disabled={busy}>
            {busy ? 'Saving…' : reject ? 'Reject' : 'Approve'}
          </Button>
        </>
      }
    >
      <Field id={`${id}-comment`} label={reject ? 'Why not (required)' : 'Comment (optional)'} error={error}>
        <Textarea
          id={`${id}-comment`}
          rows={3}
          className="font-sans"
          value={comment}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-comment-error` : undefined}
          onChange={(e) => {
            setComment(e.target.value);
            setError(undefined);
          }}
        />
      </Field>
    </Dialog>
  );
}
