'use client';
// The head of a result: what was generated (app, format, files), how sure the generator is,
// whether every metadata file passes @objectstack/spec, the download, and the warnings and
// suggestions the generator gave.
import type { ReactNode } from 'react';
import { AlertTriangle, CircleCheck, Download, GitBranch, Lightbulb } from 'lucide-react';
import type { GenerationDetail } from '@/lib/queries/generator';
import { zipHref } from '@/lib/queries/generator';
import { isFollowUpNote } from '@/lib/generator/refine/follow-up-notes';
import { resultFiles } from '@/lib/generator/result-files';
import { Badge } from '@/components/ui/badge';
import { OUTPUT_FORMAT_LABELS } from './generator-options';

export interface ResultSummaryProps {
  generation: GenerationDetail;
  onOpenParent: (id: string) => void;
  /** More actions beside the download (edit the prompt, edit as DSL). */
  actions?: ReactNode;
}

export function ResultSummary({ generation: g, onOpenParent, actions }: ResultSummaryProps) {
  const result = g.result!;
  const invalid = g.verdicts.filter((v) => v.status !== 'valid');
  const title = g.preview?.apps[0]?.label ?? g.preview?.objects[0]?.label ?? 'Generated app';
  const warnings = (result.warnings ?? []).filter((w) => !isFollowUpNote(w));
  const suggestions = result.suggestions ?? [];
  const confidenceTone = result.confidence >= 75 ? 'success' : result.confidence >= 50 ? 'warning' : 'danger';
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1">
          <h2 className="text-lg font-semibold">{title}</h2>
          <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-muted">
            <Badge>{OUTPUT_FORMAT_LABELS[result.outputFormat]}</Badge>
            <Badge tone={confidenceTone}>confidence {result.confidence}%</Badge>
            {g.verdicts.length > 0 &&
              (invalid.length ? (
                <Badge tone="danger">
                  <AlertTriangle className="mr-1 h-3 w-3" aria-hidden />
                  {invalid.length} of {g.verdicts.length} metadata files fail @objectstack/spec
                </Badge>
              ) : (
                <Badge tone="success">
                  <CircleCheck className="mr-1 h-3 w-3" aria-hidden />
                  {g.verdicts.length} metadata files pass @objectstack/spec
                </Badge>
              ))}
            <span>
              {resultFiles(result).length} files · {g.durationMs} ms · {g.provider} · by {g.userName}
            </span>
            {g.parentId && (
              <button type="button" onClick={() => onOpenParent(g.parentId!)} className="inline-flex items-center gap-1 text-accent hover:underline">
                <GitBranch className="h-3 w-3" aria-hidden /> refined from an earlier generation
              </button>
            )}
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-1">
          {actions}
          <a
            href={zipHref(g.id)}
            download
            className="inline-flex h-9 items-center gap-2 rounded-md border border-border bg-surface px-3.5 text-sm font-medium hover:bg-surface-2"
          >
            <Download className="h-4 w-4" aria-hidden /> Download zip
          </a>
        </div>
      </div>
      {(warnings.length > 0 || suggestions.length > 0) && (
        <details className="rounded-md border border-warning/40 bg-warning/5 px-3 py-2 text-sm">
          <summary className="cursor-pointer select-none font-medium">
            {warnings.length} warning{warnings.length === 1 ? '' : 's'} and {suggestions.length} suggestion
            {suggestions.length === 1 ? '' : 's'}: what the generator assumed
          </summary>
          <ul className="mt-2 space-y-1">
            {warnings.map((w) => (
              <li key={w} className="flex gap-2">
                <AlertTriangle className="mt-0.5 h-3.5 w-3.5 shrink-0 text-warning" aria-hidden />
                {w}
              </li>
            ))}
            {suggestions.map((s) => (
              <li key={s} className="flex gap-2">
                <Lightbulb className="mt-0.5 h-3.5 w-3.5 shrink-0 text-accent" aria-hidden />
                {s}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
