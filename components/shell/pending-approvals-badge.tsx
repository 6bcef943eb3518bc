'use client';
// The number of proposals waiting for an approver, beside "Healing" in the sidebar.
import { useQuery } from '@tanstack/react-query';
import { healingQueries } from '@/lib/queries/healing';

const REFRESH_MS = 15_000;

export function PendingApprovalsBadge() {
  const { data } = useQuery({ ...healingQueries.pendingCount(), refetchInterval: REFRESH_MS, staleTime: REFRESH_MS });
  if (!data) return null;
  return (
    <span className="ml-auto rounded-full bg-warning px-1.5 text-[11px] font-semibold leading-5 tabular-nums text-bg" title={`${data} waiting for approval`}>
      <span aria-hidden>{data > 99 ? '99+' : data}</span>
      <span className="sr-only">{data} waiting for approval</span>
    </span>
  );
}
