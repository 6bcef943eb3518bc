import Link from 'next/link';
import type { IncidentDetailDto } from '@/lib/queries/incidents';
import { LocalTime } from '@/components/shared/local-time';
import { StatusBadge } from './status-badge';

/** The affected part of the dependency graph: dependants whose incidents were merged into this one. */
export function AffectedDependants({ pluginId, merged }: { pluginId: string; merged: NonNullable<IncidentDetailDto['merged']> }) {
  return (
    <div className="space-y-2 text-sm">
      <p className="text-muted">
        These plugins depend on <span className="font-medium text-fg">{pluginId}</span> and went wrong with it; their incidents are part of this one.
      </p>
      <ul className="space-y-1.5">
        {merged.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center gap-2">
            <span aria-hidden className="text-muted">↳</span>
            <Link href={`/incidents/${m.id}`} className="font-medium text-accent hover:underline">
              {m.pluginId}
            </Link>
            <StatusBadge status={m.status as 'open' | 'acknowledged' | 'resolved'} />
            <span className="text-xs text-muted">
              from <LocalTime value={m.startedAt} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
