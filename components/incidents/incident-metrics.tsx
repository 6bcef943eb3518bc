'use client';
// The plugin's metrics over the incident window (half an hour either side), with the incident's
// anomalies, where each metric left its band (solid purple) and changes such as deploys and
// configuration saves (dashed amber) marked. Metrics that stayed calm are folded away.
import { useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { metricQueries, type AnomalyDto } from '@/lib/queries/metrics';
import type { AnalysisDto } from '@/lib/queries/incidents';
import { MetricTimeline, type TimelineMarker } from '@/components/charts/metric-timeline';
import { metricTimelineConfig } from '@/components/charts/metric-timeline-config';
import { useElementWidth } from '@/components/charts/use-element-width';
import { MetricStackSkeleton } from '@/components/charts/metric-stack';
import { QueryError } from '@/components/shared/query-error';
import { Button } from '@/components/ui/button';

export interface IncidentMetricsProps {
  pluginId: string;
  from: number;
  to: number;
  anomalies: AnomalyDto[];
  analysis: AnalysisDto | null;
  onSelectAnomaly: (a: AnomalyDto) => void;
}

const SYNC_ID = 'incident-metrics';
const CHART_INSET = 26;

export function IncidentMetrics({ pluginId, from, to, anomalies, analysis, onSelectAnomaly }: IncidentMetricsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { width, dataWidth } = useElementWidth(ref);
  const [zoom, setZoom] = useState<[number, number] | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [a, b] = zoom ?? [from, to];
  const window = { from: new Date(a).toISOString(), to: new Date(b).toISOString() };
  const stack = useQuery({ ...metricQueries.stack({ ...window, plugin: pluginId, width: dataWidth }), enabled: dataWidth > 0 });
  const changePoints = analysis?.extras?.changePoints ?? [];
  const changes = (analysis?.extras?.changes ?? []).map((c): TimelineMarker => ({ t: c.t, color: 'var(--warning)', dashed: true }));
  const involved = new Set([...anomalies.map((x) => x.metric), ...changePoints.map((c) => c.metric)]);
  const rows = (stack.data?.series ?? []).filter((d) => d.buckets.length > 0);
  const shown = rows.filter(({ metric }) => showAll || involved.has(metric) || involved.size === 0);
  const hidden = rows.length - shown.length;

  return (
    <div ref={ref} className="space-y-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted">
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden className="h-3 w-0.5 bg-[#7c3aed]" /> left its band (analysis)
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden className="h-3 w-0 border-l-2 border-dashed border-warning" /> change: deploy, restart, config
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden className="h-2.5 w-2.5 rounded-full bg-danger/60" /> anomaly (click for details)
        </span>
        <span>Drag across a chart to zoom</span>
        {zoom && (
          <Button size="sm" variant="ghost" onClick={() => setZoom(null)}>
            Back to the incident window
          </Button>
        )}
      </div>
      {stack.error && <QueryError what="the metrics" error={stack.error} onRetry={() => stack.refetch()} />}
      {dataWidth === 0 || (rows.length === 0 && stack.isPending) ? (
        <MetricStackSkeleton />
      ) : rows.length === 0 ? (
        <p className="text-sm text-muted">No metric points were stored for this plugin in the incident window.</p>
      ) : (
        <div className="divide-y divide-border rounded-lg border border-border">
          {shown.map((data, i) => {
            const { metric } = data;
            const config = { ...metricTimelineConfig(metric, SYNC_ID), height: 110 };
            const markers: TimelineMarker[] = [...changePoints.filter((c) => c.metric === metric).map((c) => ({ t: c.t, color: '#7c3aed' })), ...changes];
            const mine = anomalies.filter((x) => x.metric === metric);
            return (
              <section key={metric} aria-label={`${config.title} chart`} className="px-3 pb-1 pt-2">
                <h3 className="px-1 text-sm font-semibold">
                  {config.title}
                  {mine.length > 0 && <span className="ml-2 text-xs font-normal text-danger">{mine.length} in this incident</span>}
                </h3>
                {width > 0 && (
                  <MetricTimeline
                    config={config}
                    data={{ ...data, anomalies: data.anomalies.filter((x) => x.incidentId === null || anomalies.some((y) => y.id === x.id)) }}
                    width={width - CHART_INSET}
                    showTimeAxis={i === shown.length - 1}
                    minZoomMs={5 * 60_000}
                    onZoom={(f, t) => setZoom([f, t])}
                    onSelectAnomaly={onSelectAnomaly}
                    markers={markers}
                  />
                )}
              </section>
            );
          })}
        </div>
      )}
      {hidden > 0 && (
        <Button size="sm" variant="ghost" onClick={() => setShowAll(true)}>
          Show {hidden} calm {hidden === 1 ? 'metric' : 'metrics'}
        </Button>
      )}
    </div>
  );
}
