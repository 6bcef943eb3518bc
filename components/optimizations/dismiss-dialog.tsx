'use client';
// Dismiss with a reason: remembered, so the same evidence does not bring the suggestion back.
import { useState } from 'react';
import type { OptimizationView } from '@/lib/queries/optimizations';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Textarea } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

export interface DismissDialogProps {
  o: OptimizationView | null;
  busy: boolean;
  onClose: () => void;
  onConfirm: (o: OptimizationView, reason: string) => void;
}

export function DismissDialog({ o, busy, onClose, onConfirm }: DismissDialogProps) {
  const [reason, setReason] = useState('');
  return (
    <Dialog
      open={o !== null}
      onOpenChange={(open) => !open && onClose()}
      title="Dismiss suggestion"
      description="It will not be suggested again for the same evidence; different facts bring a new suggestion."
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="danger" disabled={busy || reason.trim() === ''} onClick={() => o && onConfirm(o, reason.trim())}>
            {busy ? 'Dismissing…' : 'Dismiss'}
          </Button>
        </>
      }
    >
      <div className="space-y-1">
        <Label htmlFor="dismiss-reason">Why?</Label>
        <Textarea id="dismiss-reason" rows={3} className="font-sans" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} placeholder="e.g. Peak season next month needs the headroom" />
      </div>
    </Dialog>
  );
}
