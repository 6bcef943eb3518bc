'use client';
// The auto-scaling tab of the what-if panel: each edited policy replayed over the metric it
// scales on, with its instance count, scaling steps and a summary.
import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { draftPolicies } from '@/lib/aiops/whatif/draft-config';
import type { PolicyPreview } from '@/lib/aiops/whatif/preview-autoscaling';
import { whatifQueries, type PreviewRange } from '@/lib/queries/optimizations';
import { formatDuration, metricInfo } from '@/components/charts/metric-format';
import { Badge } from '@/components/ui/badge';
import { Skeleton } from '@/components/ui/skeleton';
import { PreviewError } from './preview-error';
import { PreviewStat } from './preview-stat';
import { ScalingChart } from './scaling-chart';
import { useDebouncedValue } from './use-debounced-value';

export interface ScalingPreviewViewProps {
  pluginId: string;
  draft: unknown;
  range: PreviewRange;
  width: number;
  dataWidth: number;
}

function PolicyCard({ p, from, to, width }: { p: PolicyPreview; from: number; to: number; width: number }) {
  const title = `Policy ${p.index + 1}`;
  if (!p.ok) {
    return (
      <li className="rounded-md border border-border p-3 text-xs">
        <p className="font-medium">{title}: not valid yet</p>
        <ul className="mt-1 list-disc pl-4 text-muted">
          {p.issues.slice(0, 3).map((i) => (
            <li key={i.path}>
              <code className="font-mono">{i.path}</code> {i.message}
            </li>
          ))}
        </ul>
      </li>
    );
  }
  const heading = (
    <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
      <p className="text-sm font-medium">
        {title}: {p.policy.metric}
        {p.storedMetric && p.storedMetric !== p.policy.metric && <span className="text-xs font-normal text-muted"> (stored as {p.storedMetric})</span>}
      </p>
      <span className="flex gap-1">
        {!p.policy.enabled && <Badge>disabled</Badge>}
        {p.policy.predictive?.enabled && <Badge tone="accent">predictive</Badge>}
      </span>
    </div>
  );
  if (p.storedMetric === null) {
    return (
      <li className="rounded-md border border-border p-3">
        {heading}
        <p className="text-xs text-muted">{p.reason}</p>
      </li>
    );
  }
  const s = p.summary;
  const unit = metricInfo(p.storedMetric).unit;
  return (
    <li className="rounded-md border border-border p-3">
      {heading}
      <dl className="mb-2 grid grid-cols-3 gap-x-3 gap-y-2" aria-label={`${title} summary`}>
        <PreviewStat label="Scale-ups" value={`${s.scaleUps}${s.predictiveScaleUps ? ` (${s.predictiveScaleUps} predicted)` : ''}`} />
        <PreviewStat label="Scale-downs" value={String(s.scaleDowns)} />
        <PreviewStat label="Events per day" value={s.eventsPerDay.toFixed(1)} />
        <PreviewStat label="Time at max" value={s.timeAtMaxMs ? formatDuration(s.timeAtMaxMs) : 'never'} />
        <PreviewStat label="Instance-hours" value={s.instanceHours.toLocaleString('en-US', { maximumFractionDigits: 0 })} />
        <PreviewStat label="Peak / average" value={`${s.peakInstances} / ${s.averageInstances.toFixed(1)}`} />
      </dl>
      <ScalingChart
        config={{ height: 150, unit, metric: 'var(--muted)', instances: 'var(--accent)', up: 'var(--danger)', down: 'var(--success)', forecast: 'var(--warning)' }}
        buckets={p.buckets}
        events={p.events}
        thresholds={{ up: p.policy.scaleUp.threshold, down: p.policy.scaleDown.threshold }}
        maxInstances={p.policy.bounds.maxInstances}
        from={from}
        to={to}
        width={width - 26}
      />
      <p className="mt-1 flex flex-wrap gap-x-3 text-[11px] text-muted">
        <span><span className="text-accent">━</span> instances</span>
        <span><span className="text-danger">┄</span> scale-up threshold</span>
        <span><span className="text-success">┄</span> scale-down threshold</span>
        {p.policy.predictive?.enabled && <span><span className="text-warning">┄</span> forecast ({p.policy.predictive.lookAhead} s ahead)</span>}
        {s.blockedAtMaxMs > 0 && <span className="text-warning">wanted more than max for {formatDuration(s.blockedAtMaxMs)}</span>}
        {p.totalEvents > p.events.length && <span>first {p.events.length} of {p.totalEvents} steps marked</span>}
      </p>
    </li>
  );
}

export function ScalingPreviewView({ pluginId, draft, range, width, dataWidth }: ScalingPreviewViewProps) {
  const policies = useDebouncedValue(useMemo(() => JSON.stringify(draftPolicies(draft)), [draft]), 250);
  const list = JSON.parse(policies) as unknown[];
  const q = useQuery({
    ...whatifQueries.autoScaling(pluginId, { policies: list, range, width: dataWidth, utcOffsetMinutes: -new Date().getTimezoneOffset() }),
    enabled: dataWidth > 0 && list.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
  if (list.length === 0) {
    return <p className="text-sm text-muted">This document has no auto-scaling policy. Add one under Auto scaling and it is replayed here as you edit it.</p>;
  }
  if (!q.data) return q.error ? <PreviewError error={q.error} what="auto-scaling" /> : <Skeleton className="h-48" />;
  return (
    <div className={q.isFetching ? 'opacity-70 transition-opacity' : 'transition-opacity'}>
      {q.error && <PreviewError error={q.error} what="auto-scaling" />}
      <ul className="space-y-3" aria-label="Replayed policies">
        {q.data.policies.map((p) => (
          <PolicyCard key={p.index} p={p} from={q.data.from} to={q.data.to} width={width} />
        ))}
      </ul>
      <p className="mt-3 text-[11px] text-muted">
        Replayed on the recorded values: it shows when each policy would have acted, not how the added instances would have changed the metric. {q.data.computeMs} ms.
      </p>
    </div>
  );
}
