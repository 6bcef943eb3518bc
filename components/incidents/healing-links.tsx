import Link from 'next/link';
import { Wrench } from 'lucide-react';
import type { ProposalDto } from '@/lib/queries/incidents';
import { Badge } from '@/components/ui/badge';

export interface HealingLinksProps {
  incidentId: number;
  proposals: ProposalDto[];
}

/** Self-healing actions the healing engine proposed for this incident, with a way to the queue. */
export function HealingLinks({ incidentId, proposals }: HealingLinksProps) {
  return (
    <div className="space-y-2">
      {proposals.length === 0 ? (
        <p className="text-sm text-muted">No self-healing action has been proposed for this incident.</p>
      ) : (
        <ul className="space-y-1.5 text-sm">
          {proposals.map((p) => (
            <li key={p.id} className="flex items-center gap-2">
              <Wrench className="h-3.5 w-3.5 text-muted" aria-hidden />
              <span className="font-medium">{p.actionType}</span>
              <span className="text-xs text-muted">{p.actionId}</span>
              <Badge tone={p.status === 'succeeded' ? 'success' : p.status === 'failed' || p.status === 'rejected' ? 'danger' : 'warning'}>{p.status}</Badge>
            </li>
          ))}
        </ul>
      )}
      <Link href={`/healing?incident=${incidentId}`} className="inline-block text-sm text-accent hover:underline">
        Open in the healing queue →
      </Link>
    </div>
  );
}
