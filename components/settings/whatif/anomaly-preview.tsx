'use client';
// The anomaly-detection tab of the what-if panel: the edited AnomalyDetectionConfig replayed by
// the live detector next to the saved one, with totals, counts per period and each metric.
import { useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { draftDetection } from '@/lib/aiops/whatif/draft-config';
import { whatifQueries, type AnomalyPreview, type PreviewRange } from '@/lib/queries/optimizations';
import { formatDuration, metricInfo } from '@/components/charts/metric-format';
import { Badge } from '@/components/ui/badge';
import { Skeleton } from '@/components/ui/skeleton';
import { MetricPreviewChart, type MetricPreviewChartConfig } from './metric-preview-chart';
import { PeriodBars, periodLabel, type PeriodBarsConfig } from './period-bars';
import { PreviewError } from './preview-error';
import { useDebouncedValue } from './use-debounced-value';

export interface AnomalyPreviewViewProps {
  pluginId: string;
  draft: unknown;
  range: PreviewRange;
  width: number;
  dataWidth: number;
}

const CHART: MetricPreviewChartConfig = { height: 64, line: 'var(--muted)', draft: 'var(--danger)', saved: 'var(--accent)' };
const FIRST_METRICS = 4;

function totals(p: AnomalyPreview) {
  const sum = (side: 'draft' | 'saved') => p.metrics.reduce((s, m) => ({ n: s.n + m[side].total, ms: s.ms + m[side].flaggedMs }), { n: 0, ms: 0 });
  return { draft: sum('draft'), saved: sum('saved') };
}

export function AnomalyPreviewView({ pluginId, draft, range, width, dataWidth }: AnomalyPreviewViewProps) {
  const config = useDebouncedValue(useMemo(() => JSON.stringify(draftDetection(draft)), [draft]), 250);
  const q = useQuery({
    ...whatifQueries.anomalies(pluginId, { config: JSON.parse(config), range, width: dataWidth, utcOffsetMinutes: -new Date().getTimezoneOffset() }),
    enabled: dataWidth > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
  const [showAll, setShowAll] = useState(false);
  const p = q.data;
  const bars: PeriodBarsConfig = {
    height: 84,
    saved: { label: 'Saved', color: 'color-mix(in oklab, var(--accent) 45%, transparent)' },
    draft: { label: 'Edited', color: 'var(--danger)' },
    format: periodLabel(range),
  };
  if (!p) return q.error ? <PreviewError error={q.error} what="anomaly detection" /> : <Skeleton className="h-48" />;
  const t = totals(p);
  const metrics = [...p.metrics].sort((a, b) => b.draft.total + b.saved.total - (a.draft.total + a.saved.total));
  const shown = showAll ? metrics : metrics.slice(0, FIRST_METRICS);
  const delta = t.draft.n - t.saved.n;
  return (
    <div className={q.isFetching ? 'opacity-70 transition-opacity' : 'transition-opacity'}>
      {q.error && <PreviewError error={q.error} what="anomaly detection" />}
      <dl aria-live="polite" aria-label="Anomalies flagged" className="grid grid-cols-2 gap-2 text-sm">
        <div className="rounded-md border border-border px-3 py-2">
          <dt className="text-xs text-muted">Saved settings</dt>
          <dd className="font-semibold tabular-nums">
            {t.saved.n} anomal{t.saved.n === 1 ? 'y' : 'ies'}
            <span className="block text-xs font-normal text-muted">{formatDuration(t.saved.ms)} flagged</span>
          </dd>
        </div>
        <div className="rounded-md border border-danger/40 bg-danger/5 px-3 py-2">
          <dt className="flex items-center justify-between text-xs text-muted">
            Edited settings
            {delta !== 0 && <Badge tone={delta > 0 ? 'warning' : 'success'}>{delta > 0 ? `+${delta}` : delta}</Badge>}
          </dt>
          <dd className="font-semibold tabular-nums" data-testid="whatif-edited-total">
            {t.draft.n} anomal{t.draft.n === 1 ? 'y' : 'ies'}
            <span className="block text-xs font-normal text-muted">{formatDuration(t.draft.ms)} flagged</span>
          </dd>
        </div>
      </dl>
      {p.metrics.length === 0 ? (
        <p className="mt-3 text-sm text-muted">Neither the saved nor the edited settings watch a metric this plugin has stored.</p>
      ) : (
        <>
          <h3 className="mt-4 mb-1 text-xs font-semibold uppercase tracking-wide text-muted">Per {range === '7d' ? 'day' : 'hour'}</h3>
          <PeriodBars config={bars} data={p.periods} width={width} />
          <ul className="mt-4 space-y-3" aria-label="Metrics">
            {shown.map((m) => (
              <li key={m.metric}>
                <div className="mb-0.5 flex items-baseline justify-between gap-2 text-xs">
                  <span className="font-medium">{metricInfo(m.metric).label}</span>
                  <span className="tabular-nums text-muted">
                    {m.saved.watched ? `saved ${m.saved.total}` : 'saved: not watched'} · {m.draft.watched ? <span className="text-danger">edited {m.draft.total}</span> : 'edited: not watched'}
                  </span>
                </div>
                <MetricPreviewChart config={CHART} data={m} from={p.from} to={p.to} width={width} />
              </li>
            ))}
          </ul>
          {metrics.length > FIRST_METRICS && (
            <button type="button" className="mt-2 text-xs text-accent hover:underline" onClick={() => setShowAll(!showAll)}>
              {showAll ? 'Show fewer metrics' : `Show all ${metrics.length} metrics`}
            </button>
          )}
        </>
      )}
      <p className="mt-3 text-[11px] text-muted">
        The live detector replayed over the last {range === '7d' ? '7 days' : '24 hours'} (after a day of warm-up), {p.passes ? `${p.passes} detector pass${p.passes > 1 ? 'es' : ''}` : 'from cache'}, {p.computeMs} ms.
      </p>
    </div>
  );
}
