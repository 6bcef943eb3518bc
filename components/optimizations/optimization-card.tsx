'use client';
// One suggestion with everything behind it: what to do, expected impact, difficulty, confidence
// and priority, the evidence it was derived from, steps and risks, and what can be done with it.
import { Check, RotateCcw, X } from 'lucide-react';
import type { OptimizationView } from '@/lib/queries/optimizations';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { formatTime } from '@/components/charts/time-format';
import { ImpactSummary } from './impact-summary';
import { DIFFICULTY_TONE, PRIORITY_TONE, TYPE_LABEL } from './labels';

export interface OptimizationCardProps {
  o: OptimizationView;
  canEdit: boolean;
  onApply: (o: OptimizationView) => void;
  onDismiss: (o: OptimizationView) => void;
  onRevert: (o: OptimizationView) => void;
  reverting: boolean;
}

export function OptimizationCard({ o, canEdit, onApply, onDismiss, onRevert, reverting }: OptimizationCardProps) {
  const r = o.record;
  const titleId = `opt-${o.id}-title`;
  return (
    <article id={o.id} aria-labelledby={titleId} className="scroll-mt-20 rounded-lg border border-border bg-surface shadow-sm target:ring-2 target:ring-ring/40">
      <header className="flex flex-wrap items-start justify-between gap-3 border-b border-border px-4 py-3">
        <div className="min-w-0 space-y-1.5">
          <div className="flex flex-wrap items-center gap-1.5">
            <Badge tone="accent">{TYPE_LABEL[r.type] ?? r.type}</Badge>
            <Badge tone={PRIORITY_TONE[r.priority]}>{r.priority} priority</Badge>
            <Badge tone={DIFFICULTY_TONE[r.difficulty]}>{r.difficulty}</Badge>
            <Badge>{r.confidence} % confident</Badge>
            {o.change ? <Badge tone="success">configuration change</Badge> : <Badge>manual steps</Badge>}
          </div>
          <h3 id={titleId} className="text-sm font-semibold">
            {r.description}
          </h3>
          <p className="text-xs text-muted">
            Expected: <ImpactSummary impact={r.expectedImpact} />
          </p>
        </div>
        <div className="flex shrink-0 gap-2">
          {o.status === 'open' && canEdit && (
            <>
              {o.change && (
                <Button size="sm" variant="primary" onClick={() => onApply(o)}>
                  <Check className="h-3.5 w-3.5" aria-hidden /> Apply…
                </Button>
              )}
              <Button size="sm" onClick={() => onDismiss(o)}>
                <X className="h-3.5 w-3.5" aria-hidden /> Dismiss…
              </Button>
            </>
          )}
          {o.status === 'applied' && canEdit && o.change && (
            <Button size="sm" onClick={() => onRevert(o)} disabled={reverting}>
              <RotateCcw className="h-3.5 w-3.5" aria-hidden /> {reverting ? 'Reverting…' : 'Revert'}
            </Button>
          )}
        </div>
      </header>
      <div className="grid gap-4 px-4 py-3 text-sm lg:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)]">
        <section aria-label="Evidence">
          <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">Evidence</h4>
          <p className="mb-2">{o.evidence.summary}</p>
          <dl className="grid grid-cols-[minmax(0,14rem)_minmax(0,1fr)] gap-x-3 gap-y-1 text-xs">
            {o.evidence.facts.map((f) => (
              <div key={f.label} className="contents">
                <dt className="text-muted">{f.label}</dt>
                <dd className="break-words font-medium">{f.value}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-2 text-[11px] text-muted">
            From {formatTime(o.evidence.window.from)} to {formatTime(o.evidence.window.to)} · last checked {formatTime(o.updatedAt)}
          </p>
        </section>
        <section aria-label="Steps and risks" className="space-y-3">
          <div>
            <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">Steps</h4>
            <ol className="list-decimal space-y-0.5 pl-5 text-xs">
              {r.steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
          </div>
          {r.risks?.length ? (
            <div>
              <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">Risks</h4>
              <ul className="list-disc space-y-0.5 pl-5 text-xs">
                {r.risks.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      </div>
      {o.status !== 'open' && (
        <footer className="border-t border-border bg-surface-2 px-4 py-2 text-xs text-muted">
          {o.status === 'applied'
            ? `${o.autoApplied ? 'Applied automatically' : 'Applied'} as ${o.change?.documentKind} version ${o.appliedVersion} on ${formatTime(o.updatedAt)}`
            : `Dismissed: ${o.dismissedReason ?? 'no reason given'}`}
        </footer>
      )}
    </article>
  );
}
