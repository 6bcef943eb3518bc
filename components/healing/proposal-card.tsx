'use client';
// One pending proposal in the approval queue: what would run where, why, the metric that
// tripped it, its incident, past success and the time left to decide.
import Link from 'next/link';
import { Check, X } from 'lucide-react';
import type { ProposalDto } from '@/lib/queries/healing';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { LocalTime } from '@/components/shared/local-time';
import { ActionTitle } from './action-title';
import { ExpiryCountdown } from './expiry-countdown';
import { ParameterList } from './parameter-list';
import { LearningNote, ProposalReason } from './proposal-reason';
import { TriggerChart } from './trigger-chart';

export interface ProposalCardProps {
  proposal: ProposalDto;
  canDecide: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onDecide: (decision: 'approve' | 'reject') => void;
  refetchMs: number | false;
}

export function ProposalCard({ proposal: p, canDecide, selected, onSelect, onDecide, refetchMs }: ProposalCardProps) {
  const label = `${p.actionType} on ${p.pluginName}`;
  return (
    <article aria-label={`Proposal: ${label}`} className="rounded-lg border border-border bg-surface shadow-sm">
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-border px-4 py-2.5">
        {canDecide && <input type="checkbox" className="h-4 w-4 accent-[var(--accent)]" checked={selected} onChange={(e) => onSelect(e.target.checked)} aria-label={`Select ${label}`} />}
        <ActionTitle proposal={p} />
        <span className="ml-auto flex flex-wrap items-center gap-2">
          {p.incidentId !== null && (
            <Link href={`/incidents/${p.incidentId}`} className="text-xs text-accent hover:underline">
              Incident #{p.incidentId}
              {p.incidentTitle ? `: ${p.incidentTitle}` : ''}
            </Link>
          )}
          <Badge>attempt {p.attempt}</Badge>
          <Badge>priority {p.priority}</Badge>
          <ExpiryCountdown expiresAt={p.expiresAt} />
        </span>
      </header>
      <div className={cn('grid gap-4 p-4', p.reason.metric && 'md:grid-cols-[minmax(0,1fr)_minmax(0,300px)]')}>
        <div className="min-w-0 space-y-3">
          <section aria-label="Why">
            <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">Why</h3>
            <ProposalReason proposal={p} />
          </section>
          <ParameterList parameters={p.parameters} executor={p.executor} />
          <LearningNote proposal={p} />
          <p className="text-xs text-muted">
            Proposed <LocalTime value={p.createdAt} /> · {p.reason.approval}
          </p>
        </div>
        {p.reason.metric && <TriggerChart proposal={p} metric={p.reason.metric} refetchMs={refetchMs} />}
      </div>
      <footer className="flex flex-wrap items-center justify-end gap-2 border-t border-border px-4 py-2.5">
        {!canDecide && <span className="mr-auto text-xs text-muted">Approving or rejecting needs the approver role.</span>}
        <Button size="sm" variant="secondary" disabled={!canDecide} onClick={() => onDecide('reject')}>
          <X className="h-3.5 w-3.5" aria-hidden /> Reject
        </Button>
        <Button size="sm" variant="primary" disabled={!canDecide} onClick={() => onDecide('approve')}>
          <Check className="h-3.5 w-3.5" aria-hidden /> Approve
        </Button>
      </footer>
    </article>
  );
}
