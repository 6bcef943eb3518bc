import { CheckCircle2, Eye, Flame } from 'lucide-react';
import { Badge, type BadgeTone } from '@/components/ui/badge';

export type IncidentStatus = 'open' | 'acknowledged' | 'resolved';

const LOOK: Record<IncidentStatus, { tone: BadgeTone; icon: typeof Flame }> = {
  open: { tone: 'danger', icon: Flame },
  acknowledged: { tone: 'warning', icon: Eye },
  resolved: { tone: 'success', icon: CheckCircle2 },
};

export interface StatusBadgeProps {
  status: IncidentStatus;
}

export function StatusBadge({ status }: StatusBadgeProps) {
  const { tone, icon: Icon } = LOOK[status];
  return (
    <Badge tone={tone}>
      <Icon className="mr-1 h-3 w-3" aria-hidden />
      {status}
    </Badge>
  );
}
