import type { ProposalStatus } from '@/lib/queries/healing';
import { Badge, type BadgeTone } from '@/components/ui/badge';

export interface StatusBadgeProps {
  status: ProposalStatus;
}

const LOOK: Record<ProposalStatus, { tone: BadgeTone; label: string }> = {
  pending: { tone: 'warning', label: 'Waiting for approval' },
  approved: { tone: 'accent', label: 'Approved, waiting to run' },
  running: { tone: 'accent', label: 'Running' },
  succeeded: { tone: 'success', label: 'Succeeded' },
  failed: { tone: 'danger', label: 'Failed' },
  unknown: { tone: 'neutral', label: 'Outcome unknown' },
  rejected: { tone: 'neutral', label: 'Rejected' },
  expired: { tone: 'neutral', label: 'Expired' },
};

export function StatusBadge({ status }: StatusBadgeProps) {
  const look = LOOK[status];
  return <Badge tone={look.tone}>{look.label}</Badge>;
}
