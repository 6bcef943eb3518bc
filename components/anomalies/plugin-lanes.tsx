'use client';
// Swim lanes: one row per plugin, cells coloured by the highest anomaly score of each time
// bucket, so the misbehaving plugin and the moment it started stand out. A row is a button:
// choosing it shows that plugin's metrics below.
import { memo, useRef } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { metricQueries, type AnomalyDto, type TimeWindow } from '@/lib/queries/metrics';
import type { PluginDto } from '@/lib/queries/plugins';
import { Badge } from '@/components/ui/badge';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/components/ui/cn';
import { ScoreLegend } from '@/components/charts/score-legend';
import { ScoreStrip } from '@/components/charts/score-strip';
import { tickFormatter, timeTicks } from '@/components/charts/time-format';
import { useElementWidth } from '@/components/charts/use-element-width';
import { liveInterval } from '@/components/charts/live-interval';
import { QueryError } from '@/components/shared/query-error';

export interface PluginLanesProps {
  window: TimeWindow;
  refetchMs: number | false;
  plugins: PluginDto[];
  anomalies: AnomalyDto[];
  selected: string | null;
  onSelect: (pluginId: string) => void;
}

const LANE_HEIGHT = 22;

function summary(list: AnomalyDto[], scored: boolean): string {
  if (list.length === 0) return scored ? 'No anomalies' : 'No scored data';
  const peak = Math.max(...list.map((a) => a.score));
  return `${list.length} ${list.length === 1 ? 'anomaly' : 'anomalies'} · peak ${Math.round(peak)}`;
}

export const PluginLanes = memo(function PluginLanes({ window, refetchMs, plugins, anomalies, selected, onSelect }: PluginLanesProps) {
  const trackRef = useRef<HTMLDivElement>(null);
  const { width, dataWidth } = useElementWidth(trackRef, 40, 0, 'lanes');
  const lanes = useQuery({
    ...metricQueries.lanes({ ...window, width: dataWidth }),
    enabled: dataWidth > 0,
    refetchInterval: (q) => liveInterval(refetchMs, q.state.data?.bucketMs),
    placeholderData: keepPreviousData,
  });
  const byPlugin = new Map(lanes.data?.lanes.map((l) => [l.pluginId, l.buckets]));
  const d = lanes.data;
  const ticks = d ? timeTicks(d.from, d.to, Math.max(2, Math.floor(width / 120))) : [];
  const fmt = d ? tickFormatter(d.to - d.from) : () => '';

  return (
    <div className="space-y-3">
      <ScoreLegend />
      {lanes.error && <QueryError what="the swim lanes" error={lanes.error} onRetry={() => lanes.refetch()} />}
      <ul aria-label="Plugins by anomaly score" className="space-y-1">
        {plugins.map((p) => {
          const mine = anomalies.filter((a) => a.pluginId === p.id);
          const buckets = byPlugin.get(p.id) ?? [];
          const text = summary(mine, buckets.length > 0);
          const isSelected = selected === p.id;
          return (
            <li key={p.id}>
              <button
                type="button"
                aria-pressed={isSelected}
                aria-label={`${p.name}: ${text}`}
                onClick={() => onSelect(p.id)}
                className={cn(
                  'grid w-full grid-cols-[minmax(0,7rem)_minmax(0,1fr)] sm:grid-cols-[13rem_minmax(0,1fr)] items-center gap-3 rounded-md border px-2 py-1.5 text-left transition-colors',
                  isSelected ? 'border-accent bg-accent/5' : 'border-transparent hover:bg-surface-2',
                )}
              >
                <span className="min-w-0">
                  <span className="flex items-center gap-1.5 truncate text-sm font-medium">
                    {p.name}
                    {p.demo && <Badge tone="warning">demo</Badge>}
                  </span>
                  <span className={cn('block truncate text-xs', mine.length ? 'text-danger' : 'text-muted')}>{text}</span>
                </span>
                <span className="block overflow-hidden rounded-sm bg-surface-2" style={{ height: LANE_HEIGHT }}>
                  {d && width > 0 ? (
                    <ScoreStrip
                      config={{ from: d.from, to: d.to, bucketMs: d.bucketMs, height: LANE_HEIGHT }}
                      buckets={buckets}
                      marks={mine.map((a) => ({ start: Date.parse(a.startedAt), end: Date.parse(a.endedAt), score: a.score / 100 }))}
                      width={width}
                    />
                  ) : (
                    <Skeleton className="h-full w-full rounded-none" />
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {/* The time axis; its second column is also what the lanes measure their width from. */}
      <div aria-hidden className="grid grid-cols-[minmax(0,7rem)_minmax(0,1fr)] sm:grid-cols-[13rem_minmax(0,1fr)] gap-3 px-2 pb-1">
        <span />
        <div ref={trackRef} className="relative h-4 text-xs text-muted">
          {d &&
            ticks.map((t) => {
              const left = ((t - d.from) / (d.to - d.from)) * width;
              // Labels near an edge hang inwards instead of spilling out of the card.
              const shift = left < 40 ? '' : left > width - 40 ? '-translate-x-full' : '-translate-x-1/2';
              return (
                <span key={t} className={`absolute whitespace-nowrap tabular-nums ${shift}`} style={{ left }}>
                  {fmt(t)}
                </span>
              );
            })}
        </div>
      </div>
    </div>
  );
});
