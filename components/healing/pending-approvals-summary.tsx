// The overview's "Pending approvals" card body: the first few proposals waiting for an
// approver, each with what would run where and why, and a way to the queue.
import Link from 'next/link';
import { CheckCheck } from 'lucide-react';
import type { ProposalDto } from '@/lib/queries/healing';
import { LocalTime } from '@/components/shared/local-time';

export interface PendingApprovalsSummaryProps {
  proposals: ProposalDto[];
  total: number;
}

export function PendingApprovalsSummary({ proposals, total }: PendingApprovalsSummaryProps) {
  if (total === 0) {
    return (
      <p className="flex items-start gap-2 text-sm text-muted">
        <CheckCheck className="mt-0.5 h-4 w-4 shrink-0 text-success" aria-hidden />
        Nothing waiting: self-healing actions that need an approver appear here.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <ul className="space-y-2 text-sm">
        {proposals.map((p) => (
          <li key={p.id} className="flex flex-col">
            <span>
              <span className="font-medium">{p.actionType}</span> on {p.pluginName}
            </span>
            <span className="truncate text-xs text-muted" title={p.reason.matches.map((m) => m.text).join('; ')}>
              {p.reason.matches[0]?.text} · <LocalTime value={p.createdAt} />
            </span>
          </li>
        ))}
      </ul>
      <Link href="/healing" className="inline-block text-sm text-accent hover:underline">
        {total > proposals.length ? `All ${total} in the approval queue` : 'Open the approval queue'}
      </Link>
    </div>
  );
}
