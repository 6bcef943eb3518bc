'use client';
// Every decided proposal on a timeline, newest first, grouped by day: who decided and when,
// what ran, how it ended and how long it took. Details open the trigger and its chart.
import Link from 'next/link';
import type { ProposalDto } from '@/lib/queries/healing';
import { formatDuration } from '@/components/charts/metric-format';
import { LocalTime } from '@/components/shared/local-time';
import { cn } from '@/components/ui/cn';
import { ActionTitle } from './action-title';
import { ParameterList } from './parameter-list';
import { LearningNote, ProposalReason } from './proposal-reason';
import { StatusBadge } from './status-badge';
import { TriggerChart } from './trigger-chart';

export interface HistoryTimelineProps {
  proposals: ProposalDto[];
  refetchMs: number | false;
}

/** The most recent actions that ran show their metric chart inline; older ones under Details. */
const INLINE_CHARTS = 5;

const DOT: Record<string, string> = {
  succeeded: 'bg-success',
  failed: 'bg-danger',
  running: 'bg-warning animate-pulse',
  approved: 'bg-accent',
  unknown: 'bg-muted',
  rejected: 'bg-border',
  expired: 'bg-border',
  pending: 'bg-warning',
};

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric' });

function Decision({ p }: { p: ProposalDto }) {
  if (p.status === 'expired' && !p.decidedAt) return <>Expired undecided at <LocalTime value={p.expiresAt} /></>;
  if (!p.decidedAt) return <>Waiting for a decision</>;
  const engine = !p.requiresApproval;
  const verb = p.status === 'rejected' ? 'Rejected' : 'Approved';
  return (
    <>
      {verb} by <span className="font-medium text-fg">{engine ? 'the healing engine' : p.decidedBy}</span> at <LocalTime value={p.decidedAt} />
      {p.decisionComment && !engine && <span className="italic"> — “{p.decisionComment}”</span>}
      {engine && <span> ({p.reason.approval.replace(/^Approved by the healing engine: /, '')})</span>}
    </>
  );
}

function Execution({ p }: { p: ProposalDto }) {
  if (!p.startedAt) {
    if (p.status === 'expired' && p.outcome) return <>{p.outcome.message}</>;
    return null;
  }
  const took = p.finishedAt ? Date.parse(p.finishedAt) - Date.parse(p.startedAt) : null;
  return (
    <>
      Ran via {p.executor} at <LocalTime value={p.startedAt} />
      {took !== null && <> · took {formatDuration(took)}</>}
      {p.outcome && (
        <>
          {' '}
          · <span className={cn('text-fg', p.status === 'failed' && 'text-danger')}>{p.outcome.message}</span>
          {p.outcome.late && ' (reported after the claim expired)'}
        </>
      )}
      {p.status === 'running' && ' · running now'}
    </>
  );
}

export function HistoryTimeline({ proposals, refetchMs }: HistoryTimelineProps) {
  const inline = new Set(proposals.filter((p) => p.startedAt && p.reason.metric).slice(0, INLINE_CHARTS).map((p) => p.id));
  const days = new Map<string, ProposalDto[]>();
  for (const p of proposals) {
    const d = new Date(p.createdAt);
    const key = `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
    days.set(key, [...(days.get(key) ?? []), p]);
  }
  return (
    <div className="space-y-6">
      {[...days.values()].map((list) => (
        <section key={list[0].createdAt} aria-label={dayFormat.format(Date.parse(list[0].createdAt))}>
          <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted" suppressHydrationWarning>
            {dayFormat.format(Date.parse(list[0].createdAt))}
          </h3>
          <ol className="relative ml-2 space-y-3 border-l border-border pl-5">
            {list.map((p) => (
              <li key={p.id} aria-label={`History: ${p.actionType} on ${p.pluginName}, ${p.status}`} className="relative">
                <span aria-hidden className={cn('absolute -left-[27px] top-2 h-3 w-3 rounded-full ring-4 ring-bg', DOT[p.status])} />
                <div className="rounded-lg border border-border bg-surface px-4 py-3">
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <ActionTitle proposal={p} />
                    <StatusBadge status={p.status} />
                    <span className="ml-auto text-xs text-muted">
                      <LocalTime value={p.createdAt} />
                    </span>
                  </div>
                  <div className="mt-2 space-y-1 text-xs text-muted">
                    <p>
                      Why: {p.reason.matches.map((m) => m.text).join('; ')}
                      {p.incidentId !== null && (
                        <>
                          {' '}
                          ·{' '}
                          <Link href={`/incidents/${p.incidentId}`} className="text-accent hover:underline">
                            Incident #{p.incidentId}
                          </Link>
                        </>
                      )}
                    </p>
                    <p>
                      <Decision p={p} />
                    </p>
                    <p>
                      <Execution p={p} />
                    </p>
                  </div>
                  {inline.has(p.id) && (
                    <div className="mt-3 max-w-xl">
                      <TriggerChart proposal={p} metric={p.reason.metric!} refetchMs={refetchMs} />
                    </div>
                  )}
                  <details className="group mt-2">
                    <summary className="cursor-pointer text-xs text-accent hover:underline">Details</summary>
                    <div className="mt-3 grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,300px)]">
                      <div className="space-y-3">
                        <ProposalReason proposal={p} />
                        <ParameterList parameters={p.parameters} executor={p.executor} />
                        <LearningNote proposal={p} />
                      </div>
                      {p.reason.metric && !inline.has(p.id) && <TriggerChart proposal={p} metric={p.reason.metric} refetchMs={refetchMs} />}
                    </div>
                  </details>
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
