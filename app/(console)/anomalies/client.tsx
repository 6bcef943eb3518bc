'use client';
// The Anomalies page's interactive part. The view (range, plugin) is read from the URL and
// written back with history.pushState: the URL stays the source of truth and linkable, and a
// zoom or lane click does not wait for a server round trip.
import { useCallback, useMemo, useRef, useState } from 'react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Boxes, MousePointerClick } from 'lucide-react';
import { metricQueries, type AnomalyDto } from '@/lib/queries/metrics';
import { pluginQueries } from '@/lib/queries/plugins';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { AnomalyDetailsDialog } from '@/components/anomalies/anomaly-details-dialog';
import { AnomalyList } from '@/components/anomalies/anomaly-list';
import { LiveBadge } from '@/components/shared/live-badge';
import { useLiveHold } from '@/components/charts/live-hold';
import { MetricStack } from '@/components/charts/metric-stack';
import { PluginLanes } from '@/components/anomalies/plugin-lanes';
import { QueryError } from '@/components/shared/query-error';
import { RangePicker } from '@/components/anomalies/range-picker';
import { anomaliesHref, MIN_RANGE_MS, parseAnomaliesParams, RANGE_PRESETS, type AnomaliesView, type RangePresetId } from './search-params';

const LIVE_REFRESH_MS = 10_000;
const NONE: AnomalyDto[] = [];

export function AnomaliesClient() {
  const view = parseAnomaliesParams(new URLSearchParams(useSearchParams().toString()));
  // Stable props, so a hold or a query elsewhere on the page does not redraw every chart.
  const win = useMemo(() => ({ from: view.from, to: view.to }), [view.from, view.to]);
  const viewRef = useRef(view);
  viewRef.current = view;
  const [open, setOpen] = useState<AnomalyDto | null>(null);
  // Live refresh pauses while a chart is pointed at or dragged across, and while details are open.
  const { held, hold } = useLiveHold();
  const refetchMs = view.live && !held && open === null ? LIVE_REFRESH_MS : false;
  const plugins = useQuery(pluginQueries.list());
  const anomalies = useQuery({ ...metricQueries.anomalies(win), refetchInterval: refetchMs, placeholderData: keepPreviousData });

  const go = useCallback((next: Partial<AnomaliesView>) => window.history.pushState(null, '', anomaliesHref({ ...viewRef.current, ...next })), []);
  const zoom = useCallback(
    (from: number, to: number) => go({ range: 'custom', from: new Date(from).toISOString(), to: new Date(to).toISOString() }),
    [go],
  );
  const selectPlugin = useCallback((id: string) => go({ plugin: id }), [go]);
  const zoomTo = (a: AnomalyDto) => {
    const start = Date.parse(a.startedAt);
    const end = Date.parse(a.endedAt);
    // Show the anomaly with as much context again on each side, and never less than 30 min.
    const pad = Math.max(end - start, 15 * 60_000);
    setOpen(null);
    zoom(start - pad, Math.min(Date.now(), end + pad));
  };

  const preset = RANGE_PRESETS.find((p) => p.id === view.range);
  const now = Date.now();
  const bounds = preset ? { from: now - preset.ms, to: now } : { from: Date.parse(view.from), to: Date.parse(view.to) };
  const list = plugins.data ?? [];
  const selected = list.find((p) => p.id === view.plugin) ?? null;
  const all = anomalies.data ?? NONE;
  const selectedId = selected?.id;
  const mine = useMemo(() => all.filter((a) => a.pluginId === selectedId), [all, selectedId]);

  return (
    <>
      <PageHeader
        title="Anomalies"
        description="Which plugin is misbehaving, since when, and how badly. Scores come from each plugin's anomaly detector."
        actions={<LiveBadge live={view.live} everySeconds={LIVE_REFRESH_MS / 1000} />}
      />
      <div className="space-y-6">
        <RangePicker
          presets={RANGE_PRESETS}
          value={view.range}
          from={bounds.from}
          to={bounds.to}
          minRangeMs={MIN_RANGE_MS}
          onPreset={(id) => go({ range: id as RangePresetId })}
          onCustom={zoom}
        />
        {plugins.error ? (
          <QueryError what="the plugins" error={plugins.error} onRetry={() => plugins.refetch()} />
        ) : list.length === 0 ? (
          <EmptyState
            icon={Boxes}
            title="No plugins registered"
            action={
              <Link href="/plugins" className="text-sm text-accent hover:underline">
                Register a plugin
              </Link>
            }
          >
            Anomaly scores appear here once a registered plugin pushes metrics.
          </EmptyState>
        ) : (
          <>
            <Card title="Anomaly score by plugin">
              {anomalies.error && <QueryError what="the anomalies" error={anomalies.error} onRetry={() => anomalies.refetch()} />}
              <PluginLanes
                window={win}
                refetchMs={refetchMs}
                plugins={list}
                anomalies={all}
                selected={selected?.id ?? null}
                onSelect={selectPlugin}
              />
            </Card>
            {selected ? (
              <section aria-labelledby="plugin-metrics" className="space-y-4">
                <h2 id="plugin-metrics" className="text-base font-semibold">
                  {selected.name}: metrics
                </h2>
                <MetricStack plugin={selected} window={win} refetchMs={refetchMs} minZoomMs={MIN_RANGE_MS} onZoom={zoom} onSelectAnomaly={setOpen} onHold={hold} />
                <h2 className="pt-2 text-base font-semibold">Anomalies in this range</h2>
                <AnomalyList anomalies={mine} onOpen={setOpen} />
              </section>
            ) : (
              <EmptyState icon={MousePointerClick} title={view.plugin ? `No plugin ${view.plugin}` : 'Choose a plugin'}>
                {view.plugin ? 'It may have been deleted. ' : ''}Click a lane above to see that plugin’s metrics, their expected bands and the anomalies marked
                on them.
              </EmptyState>
            )}
          </>
        )}
      </div>
      <AnomalyDetailsDialog anomaly={open} pluginName={selected?.name ?? open?.pluginId ?? ''} onClose={() => setOpen(null)} onZoomTo={zoomTo} />
    </>
  );
}
