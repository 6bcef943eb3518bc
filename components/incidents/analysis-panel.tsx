'use client';
// The latest root-cause analysis of an incident: overall confidence, the optional narrative,
// the causes ranked (each expandable to its evidence), contributing factors, and "re-run".
import { RefreshCw, SearchX, Sparkles } from 'lucide-react';
import type { AnalysisDto } from '@/lib/queries/incidents';
import { Button } from '@/components/ui/button';
import { LocalTime } from '@/components/shared/local-time';
import { AnalysisProgress } from './analysis-progress';
import { ConfidenceBar } from './confidence-bar';
import { RootCauseCard } from './root-cause-card';

export interface AnalysisPanelProps {
  analysis: AnalysisDto | null;
  running: boolean;
  canRun: boolean;
  onRun: () => void;
}

export function AnalysisPanel({ analysis, running, canRun, onRun }: AnalysisPanelProps) {
  const result = analysis?.result ?? null;
  const runButton = canRun && (
    <Button size="sm" onClick={onRun} disabled={running}>
      <RefreshCw className={`h-3.5 w-3.5 ${running ? 'animate-spin' : ''}`} aria-hidden />
      {analysis ? 'Re-run analysis' : 'Run analysis'}
    </Button>
  );
  return (
    <section aria-labelledby="rca-heading" className="rounded-lg border border-border bg-surface shadow-sm">
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-border px-4 py-3">
        <div>
          <h2 id="rca-heading" className="text-sm font-semibold">
            Root causes
          </h2>
          {analysis && (
            <p className="text-xs text-muted">
              Analysis of <LocalTime value={analysis.createdAt} /> by {analysis.createdBy}
              {analysis.extras ? ` · ${analysis.extras.durationMs} ms` : ''}
              {analysis.extras && !(analysis.extras.steps.metrics && analysis.extras.steps.logs && analysis.extras.steps.dependencies)
                ? ` · skipped: ${(['metrics', 'logs', 'dependencies'] as const).filter((s) => !analysis.extras!.steps[s]).join(', ')}`
                : ''}
              {analysis.sincePrevious ? ` · since the previous analysis: ${analysis.sincePrevious}` : ''}
            </p>
          )}
        </div>
        {runButton}
      </header>
      <div className="space-y-4 p-4">
        {running && <AnalysisProgress />}
        {!analysis && !running && (
          <div className="flex flex-col items-center gap-2 py-8 text-center">
            <SearchX className="h-6 w-6 text-muted" aria-hidden />
            <p className="font-medium">No analysis yet</p>
            <p className="max-w-md text-sm text-muted">
              Turn on <code className="font-mono">incidentResponse.autoRCA</code> in the plugin’s AIOps settings to analyse every new incident, or run one now.
            </p>
          </div>
        )}
        {analysis?.status === 'failed' && (
          <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
            The analysis failed: {analysis.error}
          </p>
        )}
        {result && (
          <>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <span className="text-sm font-medium">Overall confidence</span>
              <ConfidenceBar value={result.overallConfidence} label="Overall confidence" color={result.overallConfidence < 30 ? 'var(--muted)' : 'var(--accent)'} />
              {result.overallConfidence < 30 && <span className="text-xs text-muted">Thin evidence: treat the causes below as leads, not findings.</span>}
            </div>
            {analysis?.extras?.unavailableMetrics && (
              <p role="status" className="rounded-md bg-warning/10 px-3 py-2 text-sm">
                Analysed without {analysis.extras.unavailableMetrics.length === 1 ? 'a metric' : 'some metrics'} the store could not answer for:{' '}
                {analysis.extras.unavailableMetrics.join('; ')}. Re-run the analysis once it answers.
              </p>
            )}
            {analysis?.narrative && (
              <p className="flex gap-2 rounded-md bg-surface-2 px-3 py-2 text-sm">
                <Sparkles className="mt-0.5 h-4 w-4 shrink-0 text-accent" aria-label="Written by a language model" />
                {analysis.narrative}
              </p>
            )}
            <ol aria-label="Root causes, most likely first" className="space-y-3">
              {result.rootCauses.map((c, i) => (
                <li key={c.id}>
                  <RootCauseCard cause={c} rank={i + 1} details={analysis?.extras?.details ?? {}} kind={analysis?.extras?.causeKinds?.[c.id]} defaultOpen={i === 0 && result.rootCauses.length === 1} />
                </li>
              ))}
            </ol>
            {result.contributingFactors && result.contributingFactors.length > 0 && (
              <div>
                <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">Contributing factors</h3>
                <ul className="mt-1.5 space-y-1 text-sm">
                  {result.contributingFactors.map((f, i) => (
                    <li key={i} className="flex gap-3">
                      <span className="w-10 shrink-0 text-right tabular-nums text-muted">{Math.round(f.confidence)}%</span>
                      <span>{f.description}</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
      </div>
    </section>
  );
}
