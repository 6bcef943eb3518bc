'use client';
// The incident's header: what and where, severity, status, when and for how long, who took it,
// and the operator's actions (acknowledge, resolve with a note).
import { useState } from 'react';
import Link from 'next/link';
import { CheckCircle2, Eye } from 'lucide-react';
import type { IncidentDto } from '@/lib/queries/incidents';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { LocalTime } from '@/components/shared/local-time';
import { SeverityBadge } from './severity-badge';
import { StatusBadge } from './status-badge';
import { incidentDuration } from './duration-text';

export interface IncidentHeaderProps {
  incident: IncidentDto;
  pluginName: string;
  canAct: boolean;
  busy: boolean;
  now: number;
  onAcknowledge: () => void;
  onResolve: (comment: string) => Promise<void>;
}

export function IncidentHeader({ incident: i, pluginName, canAct, busy, now, onAcknowledge, onResolve }: IncidentHeaderProps) {
  const [resolving, setResolving] = useState(false);
  const [note, setNote] = useState('');
  return (
    <header className="mb-6 space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-1.5">
          <h1 className="text-xl font-semibold tracking-tight">
            <span className="text-muted">Incident #{i.id}</span> · {pluginName}
          </h1>
          <p className="text-sm">{i.title}</p>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 text-sm text-muted">
            <SeverityBadge severity={i.severity} />
            <StatusBadge status={i.status} />
            <span>
              started <LocalTime value={i.startedAt} />
            </span>
            <span suppressHydrationWarning>lasted {incidentDuration(i, now)}</span>
            {i.openedLate && (
              <span title="Its data arrived late (a backfill or an agent catching up); it starts at the data's time">
                opened late, <LocalTime value={i.createdAt} />
              </span>
            )}
            {i.mergedInto ? (
              <Link href={`/incidents/${i.mergedInto}`} className="text-accent underline underline-offset-2">
                part of incident #{i.mergedInto} (a dependency)
              </Link>
            ) : null}
            <Link href={`/plugins/${encodeURIComponent(i.pluginId)}`} className="text-accent underline underline-offset-2">
              {i.pluginId}
            </Link>
          </div>
          {(i.acknowledgedBy || i.resolvedBy) && (
            <p className="text-xs text-muted">
              {i.acknowledgedBy && (
                <>
                  Acknowledged by {i.acknowledgedBy} <LocalTime value={i.acknowledgedAt!} />.{' '}
                </>
              )}
              {i.resolvedBy?.startsWith('console') ? (
                <>Back to normal at <LocalTime value={i.endedAt!} />: resolved by the console.</>
              ) : (
                i.resolvedBy && (
                  <>
                    Resolved by {i.resolvedBy} <LocalTime value={i.resolvedAt!} />.
                  </>
                )
              )}
            </p>
          )}
        </div>
        {canAct && i.status !== 'resolved' && (
          <div className="flex gap-2">
            {i.status === 'open' && (
              <Button onClick={onAcknowledge} disabled={busy}>
                <Eye className="h-4 w-4" aria-hidden /> Acknowledge
              </Button>
            )}
            <Button variant="primary" onClick={() => setResolving(true)} disabled={busy}>
              <CheckCircle2 className="h-4 w-4" aria-hidden /> Resolve
            </Button>
          </div>
        )}
      </div>
      <Dialog
        open={resolving}
        onOpenChange={setResolving}
        title={`Resolve incident #${i.id}`}
        description="Later anomalies of this plugin will open a new incident."
        footer={
          <>
            <Button onClick={() => setResolving(false)}>Cancel</Button>
            <Button
              variant="primary"
              disabled={busy}
              onClick={async () => {
                await onResolve(note.trim());
                setResolving(false);
                setNote('');
              }}
            >
              Resolve
            </Button>
          </>
        }
      >
        <Field id="resolve-note" label="What fixed it (optional)">
          <Textarea id="resolve-note" rows={3} className="font-sans" value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </Dialog>
    </header>
  );
}
