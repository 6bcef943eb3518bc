import type { IncidentCounts as Counts } from '@/lib/queries/incidents';
import { cn } from '@/components/ui/cn';

export interface IncidentCountsProps {
  counts: Counts;
  status: string | null;
  onStatus: (status: 'open' | 'acknowledged' | 'resolved' | null) => void;
}

const TILES = [
  { id: null, label: 'All', tone: 'text-fg' },
  { id: 'open', label: 'Open', tone: 'text-danger' },
  { id: 'acknowledged', label: 'Acknowledged', tone: 'text-warning' },
  { id: 'resolved', label: 'Resolved', tone: 'text-success' },
] as const;

/** The counts per status in the range, doubling as the status filter. */
export function IncidentCounts({ counts, status, onStatus }: IncidentCountsProps) {
  return (
    <div role="group" aria-label="Filter by status" className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {TILES.map((t) => {
        const n = t.id ? (counts.status[t.id] ?? 0) : counts.total;
        const active = status === t.id;
        return (
          <button
            key={t.label}
            type="button"
            aria-pressed={active}
            onClick={() => onStatus(t.id)}
            className={cn(
              'rounded-lg border bg-surface px-4 py-3 text-left shadow-sm transition-colors hover:bg-surface-2',
              active ? 'border-accent ring-2 ring-accent/30' : 'border-border',
            )}
          >
            <span className="block text-xs font-medium uppercase tracking-wide text-muted">{t.label}</span>
            <span className={cn('text-2xl font-semibold tabular-nums', n > 0 ? t.tone : 'text-muted')}>{n}</span>
          </button>
        );
      })}
    </div>
  );
}
