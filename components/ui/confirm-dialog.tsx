'use client';
// Asks before an action that changes or discards something: an alert dialog whose confirm
// button names the action. Cancel (or Escape) leaves everything as it was.
import { useRef, type ReactNode } from 'react';
import { AlertDialog as A } from 'radix-ui';
import { Button } from './button';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  children?: ReactNode;
  /** The confirm button's label: the action itself ("Roll back"), never "OK". */
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  /** Runs once the dialog has closed after confirming, instead of returning focus to the
   * trigger (which the action may remove): the place to act on the page and move focus. */
  onConfirmed?: () => void;
}

export function ConfirmDialog({ open, onOpenChange, title, children, confirmLabel, danger, busy, onConfirm, onConfirmed }: ConfirmDialogProps) {
  const confirmed = useRef(false);
  return (
    <A.Root
      open={open}
      onOpenChange={(o) => {
        if (o) confirmed.current = false;
        onOpenChange(o);
      }}
    >
      <A.Portal>
        <A.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <A.Content
          className="fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg border border-border bg-surface p-5 shadow-xl"
          onCloseAutoFocus={(e) => {
            if (!onConfirmed || !confirmed.current) return;
            confirmed.current = false;
            e.preventDefault();
            onConfirmed();
          }}
          {...(children ? {} : { 'aria-describedby': undefined })}
        >
          <A.Title className="text-base font-semibold">{title}</A.Title>
          {children && <A.Description asChild><div className="mt-2 text-sm text-muted">{children}</div></A.Description>}
          <div className="mt-5 flex justify-end gap-2">
            <A.Cancel asChild>
              <Button disabled={busy}>Cancel</Button>
            </A.Cancel>
            <Button
              variant={danger ? 'danger' : 'primary'}
              disabled={busy}
              onClick={() => {
                confirmed.current = true;
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
          </div>
        </A.Content>
      </A.Portal>
    </A.Root>
  );
}
