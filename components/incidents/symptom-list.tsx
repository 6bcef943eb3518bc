import type { Symptom } from '@/lib/queries/incidents';
import { cn } from '@/components/ui/cn';

export interface SymptomListProps {
  symptoms: Symptom[];
  /** Compact: one line of chips (lists); full: one row per symptom with its description. */
  compact?: boolean;
  max?: number;
}

const DOT: Record<Symptom['severity'], string> = { low: 'bg-muted', medium: 'bg-warning', high: 'bg-danger', critical: 'bg-danger ring-2 ring-danger/30' };

export function SymptomList({ symptoms, compact, max = 4 }: SymptomListProps) {
  if (symptoms.length === 0) return <span className="text-sm text-muted">No symptoms recorded</span>;
  if (compact) {
    const shown = symptoms.slice(0, max);
    return (
      <ul aria-label="Symptoms" className="flex flex-wrap gap-1.5">
        {shown.map((s, i) => (
          <li key={i} title={s.description} className="inline-flex items-center gap-1.5 rounded-md border border-border bg-surface-2 px-1.5 py-0.5 text-xs">
            <span aria-hidden className={cn('h-1.5 w-1.5 rounded-full', DOT[s.severity])} />
            {s.type}
            <span className="sr-only">, {s.severity}</span>
          </li>
        ))}
        {symptoms.length > max && <li className="px-1 text-xs text-muted">+{symptoms.length - max} more</li>}
      </ul>
    );
  }
  return (
    <ul aria-label="Symptoms" className="space-y-2">
      {symptoms.map((s, i) => (
        <li key={i} className="flex gap-2 text-sm">
          <span aria-hidden className={cn('mt-1.5 h-2 w-2 shrink-0 rounded-full', DOT[s.severity])} />
          <span className="min-w-0">
            <span className="font-medium">{s.type}</span> <span className="text-xs text-muted">({s.severity})</span>
            <span className="block text-muted">{s.description}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
