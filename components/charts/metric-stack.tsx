'use client';
// The selected plugin's metrics as stacked charts on one time axis. The stack measures its
// width and asks the server for that many buckets, so no chart gets more points than pixels.
import { memo, useMemo, useRef } from 'react';
import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { AlertTriangle, LineChart } from 'lucide-react';
import { AIOpsMetricSchema } from '@/schemas';
import { metricQueries, type AnomalyDto, type MetricSeriesDto, type MetricStackDto, type TimeWindow } from '@/lib/queries/metrics';
import type { PluginDto } from '@/lib/queries/plugins';
import { healingQueries } from '@/lib/queries/healing';
import { actionAnnotations } from '@/components/charts/action-annotations';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDuration, formatValue, metricInfo } from '@/components/charts/metric-format';
import { MetricTimeline, TIMELINE_AXES_PX, type MetricTimelineData } from '@/components/charts/metric-timeline';
import { metricTimelineConfig, type TimelineAnnotation } from '@/components/charts/metric-timeline-config';
import { TimelineLegend } from '@/components/charts/timeline-legend';
import { useElementWidth } from '@/components/charts/use-element-width';
import { liveInterval } from '@/components/charts/live-interval';
import { QueryError } from '@/components/shared/query-error';

/** How the footnote names each roll-up a series was read from. */
const ROLLUP_UNIT: Record<'rollup-1m' | 'rollup-15m' | 'rollup-1h', string> = { 'rollup-1m': 'minute', 'rollup-15m': 'quarter-hour', 'rollup-1h': 'hour' };

export interface MetricStackProps {
  plugin: PluginDto;
  window: TimeWindow;
  refetchMs: number | false;
  minZoomMs: number;
  onZoom: (from: number, to: number) => void;
  /** Passed to each chart: told while the pointer is on a chart or dragging across it. */
  onHold?: (key: string, on: boolean) => void;
  onSelectAnomaly: (anomaly: AnomalyDto) => void;
}

const SYNC_ID = 'anomalies-metrics';
const METRICS = AIOpsMetricSchema.options;
/** One config per metric for the page's life: a chart redraws only when its data changes. */
const CONFIGS = new Map(METRICS.map((m) => [m, metricTimelineConfig(m, SYNC_ID)]));
/** Each chart sits inside the stack's border (1 px) and padding (12 px) on both sides. */
const CHART_INSET = 26;
const NO_SERIES: MetricStackDto['series'] = [];

export const MetricStack = memo(function MetricStack({ plugin, window, refetchMs, minZoomMs, onZoom, onSelectAnomaly, onHold }: MetricStackProps) {
  const ref = useRef<HTMLDivElement>(null);
  // As many buckets as the plot (not the axes) has pixels.
  const { width, dataWidth } = useElementWidth(ref, 40, CHART_INSET + TIMELINE_AXES_PX, 'stack');
  // The whole stack in one request: one redraw when it lands, not one per metric.
  const stack = useQuery({
    ...metricQueries.stack({ ...window, plugin: plugin.id, width: dataWidth }),
    enabled: dataWidth > 0,
    refetchInterval: (q: { state: { data?: MetricStackDto } }) => liveInterval(refetchMs, q.state.data?.series[0]?.bucketMs),
    // Keep the previous range on screen while a zoom loads, but never another plugin's data.
    placeholderData: (prev: MetricStackDto | undefined) => (prev?.pluginId === plugin.id ? prev : undefined),
  });
  const series = stack.data?.series ?? NO_SERIES;

  // Healing actions of the plugin in the same range, marked on every chart of the stack.
  const actions = useQuery({ ...healingQueries.annotations({ plugin: plugin.id, from: window.from, to: window.to }), refetchInterval: refetchMs });
  const annotations = useMemo(() => actionAnnotations(actions.data ?? []), [actions.data]);
  // A series and the annotations as one chart input, the same object while neither changes.
  const inputs = useRef(new WeakMap<MetricSeriesDto, { annotations: TimelineAnnotation[]; data: MetricTimelineData }>());
  const chartData = (d: MetricSeriesDto): MetricTimelineData => {
    const cached = inputs.current.get(d);
    if (cached?.annotations === annotations) return cached.data;
    const data = { ...d, annotations };
    inputs.current.set(d, { annotations, data });
    return data;
  };

  const withData = series.filter((d) => d.buckets.length > 0);
  const empty = series.filter((d) => d.buckets.length === 0).map((d) => d.metric);
  const loading = dataWidth === 0 || (!stack.data && !stack.error);
  const source = withData[0]?.source;
  // Metrics read from Prometheus answer with a stated degraded state rather than an error.
  const degraded = series.flatMap((d) => {
    const why = d.degraded ?? (d.detectionError && `detection paused, retrying: ${d.detectionError}`);
    return why ? [{ metric: d.metric, why }] : [];
  });
  const bucketMs = withData[0]?.bucketMs ?? 0;

  return (
    <div ref={ref} className="space-y-3">
      {stack.error && <QueryError what="the metrics" error={stack.error} onRetry={() => stack.refetch()} />}
      {degraded.map(({ metric, why }) => (
        <div key={metric} role="status" className="flex items-start gap-2 rounded-md border border-warning/40 bg-warning/5 px-3 py-2 text-sm">
          <AlertTriangle className="mt-0.5 h-4 w-4 shrink-0 text-warning" aria-hidden />
          <span>
            <span className="font-medium">{metricInfo(metric).label}:</span> {why}
          </span>
        </div>
      ))}
      {loading && withData.length === 0 ? (
        <MetricStackSkeleton />
      ) : withData.length === 0 && !stack.error ? (
        <EmptyState icon={LineChart} title={`No metrics from ${plugin.name} in this range`}>
          Widen the time range, or check that the plugin (or an agent beside it) pushes points to <code className="font-mono">POST /api/v1/metrics</code>.
        </EmptyState>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <TimelineLegend config={CONFIGS.get(METRICS[0])!} />
            <p className="text-xs text-muted">
              Drag across a chart to zoom · click a marked anomaly for details
              {source === 'prometheus' ? ' · read from Prometheus' : source && source !== 'raw' ? ` · per-${ROLLUP_UNIT[source]} roll-ups` : ''}
              {refetchMs !== false && bucketMs > refetchMs ? ` · redrawn every ${formatDuration(bucketMs)} (one point)` : ''}
            </p>
          </div>
          <div className="divide-y divide-border rounded-lg border border-border bg-surface">
            {withData.map((data, i) => {
              const config = CONFIGS.get(data.metric)!;
              const latest = data.buckets[data.buckets.length - 1];
              const watched = data.buckets.some((b) => b.score !== null);
              return (
                <section key={data.metric} aria-label={`${config.title} chart`} className="px-3 pb-1 pt-2">
                  <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-1">
                    <h3 className="text-sm font-semibold">{config.title}</h3>
                    <span className="text-sm tabular-nums text-muted">latest {formatValue(latest.mean, config.unit)}</span>
                    {data.anomalies.length > 0 && (
                      <Badge tone="danger">
                        {data.anomalies.length} {data.anomalies.length === 1 ? 'anomaly' : 'anomalies'}
                      </Badge>
                    )}
                    {!watched && data.source !== 'prometheus' && (
                      <span className="text-xs text-muted">
                        Not watched by the detector: no band or scores.{' '}
                        <Link href={`/plugins/${encodeURIComponent(plugin.id)}/aiops`} className="text-accent underline underline-offset-2">
                          AIOps settings
                        </Link>
                      </span>
                    )}
                  </header>
                  {width > 0 && (
                    <MetricTimeline
                      config={config}
                      data={chartData(data)}
                      width={width - CHART_INSET}
                      showTimeAxis={i === withData.length - 1}
                      minZoomMs={minZoomMs}
                      onZoom={onZoom}
                      onSelectAnomaly={onSelectAnomaly}
                      onHold={onHold}
                    />
                  )}
                </section>
              );
            })}
          </div>
          {empty.length > 0 && !loading && <p className="text-xs text-muted">No data in this range for {empty.map((m) => metricInfo(m).label).join(', ')}.</p>}
        </>
      )}
    </div>
  );
});

export function MetricStackSkeleton() {
  return (
    <div aria-hidden className="divide-y divide-border rounded-lg border border-border bg-surface">
      {[0, 1, 2].map((i) => (
        <div key={i} className="space-y-2 p-3">
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-36 w-full" />
        </div>
      ))}
    </div>
  );
}
