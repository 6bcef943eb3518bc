'use client';
// The self-healing actions of one incident, for the incident page: proposed, decided, run and
// finished, with their outcome. Drop in as <IncidentHealingActions incidentId={id} />.
import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { healingQueries } from '@/lib/queries/healing';
import { LocalTime } from '@/components/anomalies/local-time';
import { QueryError } from '@/components/anomalies/query-error';
import { Skeleton } from '@/components/ui/skeleton';
import { StatusBadge } from './status-badge';

export interface IncidentHealingActionsProps {
  incidentId: number;
}

export function IncidentHealingActions({ incidentId }: IncidentHealingActionsProps) {
  const q = useQuery({ ...healingQueries.proposals({ incident: incidentId }), refetchInterval: 10_000 });
  if (q.error) return <QueryError what="the healing actions" error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Skeleton className="h-16 w-full" />;
  if (q.data.length === 0) return <p className="text-sm text-muted">No self-healing action was proposed for this incident.</p>;
  return (
    <ul className="space-y-2 text-sm">
      {q.data.map((p) => (
        <li key={p.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span>
            <span className="font-medium">{p.actionType}</span> <span className="font-mono text-xs text-muted">{p.actionId}</span>
          </span>
          <StatusBadge status={p.status} />
          <span className="text-xs text-muted">
            <LocalTime value={p.startedAt ?? p.decidedAt ?? p.createdAt} />
            {p.decidedBy && ` · ${p.requiresApproval ? `decided by ${p.decidedBy}` : 'approved by the engine'}`}
            {p.outcome && ` · ${p.outcome.message}`}
          </span>
        </li>
      ))}
      <li>
        <Link href="/healing?tab=history" className="text-xs text-accent hover:underline">
          Healing history
        </Link>
      </li>
    </ul>
  );
}
