'use client';
// One ranked root cause: rank, category, confidence bar, what went wrong and its impact; the
// evidence (with charts, diffs, log patterns, dependency health) and recommendations expand.
import { useState } from 'react';
import { Activity, ChevronDown, FileText, GitCommitHorizontal, ScrollText } from 'lucide-react';
import type { RootCauseAnalysisResult } from '@/schemas';
import type { EvidenceDetail as Detail } from '@/lib/aiops/rca/types';
import { LocalTime } from '@/components/shared/local-time';
import { cn } from '@/components/ui/cn';
import { causeLabelOf } from './category-label';
import { ConfidenceBar } from './confidence-bar';
import { EvidenceDetail } from './evidence-detail';
import { SeverityBadge } from './severity-badge';

type Cause = RootCauseAnalysisResult['rootCauses'][number];

export interface RootCauseCardProps {
  cause: Cause;
  rank: number;
  details: Record<string, Detail>;
  defaultOpen?: boolean;
  /** The operator-facing cause kind (analysis extras.causeKinds), when the category is coarser. */
  kind?: string;
}

const ICON = { metric: Activity, log: ScrollText, event: GitCommitHorizontal, trace: FileText };

export function RootCauseCard({ cause, rank, details, defaultOpen, kind }: RootCauseCardProps) {
  const [open, setOpen] = useState(Boolean(defaultOpen));
  const cat = causeLabelOf(cause.category, kind);
  const panel = `cause-${cause.id}`;
  return (
    <article aria-label={`Root cause ${rank}: ${cat.label}`} className="rounded-lg border border-border bg-surface">
      <div className="flex flex-wrap items-start gap-3 p-4">
        <span className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-surface-2 text-sm font-semibold tabular-nums">{rank}</span>
        <div className="min-w-0 flex-[1_1_12rem] space-y-1.5">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="inline-flex items-center gap-1.5 text-sm font-semibold">
              <span aria-hidden className="h-2.5 w-2.5 rounded-sm" style={{ background: cat.color }} />
              {cat.label}
            </span>
            <ConfidenceBar value={cause.confidence} color={cat.color} label={`Confidence in ${cat.label}`} />
            <span className="inline-flex items-center gap-1 text-xs text-muted">
              impact <SeverityBadge severity={cause.impact} />
            </span>
          </div>
          <p className="text-sm">{cause.description}</p>
        </div>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panel}
          onClick={() => setOpen((o) => !o)}
          className="ml-auto inline-flex items-center gap-1 rounded-md px-2 py-1 text-sm text-accent hover:bg-surface-2"
        >
          Evidence ({cause.evidence.length})
          <ChevronDown className={cn('h-4 w-4 transition-transform', open && 'rotate-180')} aria-hidden />
        </button>
      </div>
      {open && (
        <div id={panel} className="space-y-4 border-t border-border px-4 py-3">
          {cause.evidence.length > 0 && (
            <ul aria-label="Evidence" className="space-y-3">
              {cause.evidence.map((e, i) => {
                const Icon = ICON[e.type];
                const detail = details[`${cause.id}:${i}`];
                return (
                  <li key={i} className="flex gap-3">
                    <Icon className="mt-0.5 h-4 w-4 shrink-0 text-muted" aria-label={e.type} />
                    <div className="min-w-0 flex-1 space-y-2">
                      <p className="text-sm">
                        {e.content}
                        {e.timestamp && (
                          <span className="ml-2 text-xs text-muted">
                            <LocalTime value={e.timestamp} />
                          </span>
                        )}
                      </p>
                      {detail && <EvidenceDetail detail={detail} />}
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          <div>
            <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">Recommendations</h3>
            <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
              {cause.recommendations.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </article>
  );
}
