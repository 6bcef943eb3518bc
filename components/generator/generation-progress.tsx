'use client';
// The pipeline's steps as the server streams them: one line per step, its latest status.
import { Check, CircleSlash, Loader2, X } from 'lucide-react';
import type { GenerationStep } from '@/lib/generator/steps';
import { cn } from '@/components/ui/cn';

export interface GenerationProgressProps {
  steps: GenerationStep[];
}

/** Folds the stream (each step reported when it starts and when it ends) into one line per step. */
export function latestSteps(events: GenerationStep[]): GenerationStep[] {
  const byId = new Map<string, GenerationStep>();
  for (const e of events) byId.set(e.id, { ...byId.get(e.id), ...e, detail: e.detail ?? (e.status === 'running' ? byId.get(e.id)?.detail : undefined) });
  return [...byId.values()];
}

const ICON = {
  running: <Loader2 className="h-4 w-4 animate-spin text-accent" aria-hidden />,
  done: <Check className="h-4 w-4 text-success" aria-hidden />,
  failed: <X className="h-4 w-4 text-danger" aria-hidden />,
  skipped: <CircleSlash className="h-4 w-4 text-muted" aria-hidden />,
};

export function GenerationProgress({ steps }: GenerationProgressProps) {
  const lines = latestSteps(steps);
  return (
    <section aria-label="Progress" aria-live="polite" className="rounded-lg border border-border bg-surface p-4 shadow-sm">
      <ol className="space-y-2">
        {lines.length === 0 && (
          <li className="flex items-center gap-2 text-sm text-muted">
            {ICON.running} Starting…
          </li>
        )}
        {lines.map((s) => (
          <li key={s.id} className="flex items-start gap-2 text-sm">
            <span className="mt-0.5">{ICON[s.status]}</span>
            <span className={cn(s.status === 'running' ? 'font-medium' : 'text-fg')}>{s.label}</span>
            {s.detail && <span className="text-muted">— {s.detail}</span>}
            <span className="sr-only">({s.status})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
