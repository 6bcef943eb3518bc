'use client';
// A small chart of the metric that tripped a proposal: from half an hour before it was proposed
// to now (or a while after the action finished), with the action marked and, once it ran, the
// metric's mean just before and after it, so you can see whether it recovered.
import { useMemo, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { metricQueries, type SeriesBucket } from '@/lib/queries/metrics';
import type { ProposalDto } from '@/lib/queries/healing';
import { formatValue, metricInfo } from '@/components/charts/metric-format';
import { tickFormatter } from '@/components/charts/time-format';
import { useElementWidth } from '@/components/charts/use-element-width';
import { Skeleton } from '@/components/ui/skeleton';

export interface TriggerChartProps {
  proposal: ProposalDto;
  metric: string;
  /** Live proposals refresh with the queue. */
  refetchMs: number | false;
}

const BEFORE_MS = 30 * 60_000;
const AFTER_MS = 20 * 60_000;
/** The "before" and "after" means skip the restart's own minute and average three minutes. */
const WINDOW_MS = 3 * 60_000;
const SETTLE_MS = 30_000;

function meanIn(buckets: SeriesBucket[], from: number, to: number): number | null {
  const b = buckets.filter((x) => x.t >= from && x.t < to);
  if (b.length === 0) return null;
  return b.reduce((s, x) => s + x.mean * x.count, 0) / b.reduce((s, x) => s + x.count, 0);
}

/** The threshold line, when the condition compares this very metric (not a derived name). */
function thresholdOf(p: ProposalDto, metric: string): number | null {
  for (const m of p.reason.matches) {
    if (m.kind !== 'customCondition') continue;
    const c = m.comparisons.find((x) => x.metric === metric && x.name.toLowerCase().replace(/[-_]/g, '') === metric.replace(/-/g, ''));
    if (c) return c.threshold;
  }
  return null;
}

export function TriggerChart({ proposal: p, metric, refetchMs }: TriggerChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { width, dataWidth } = useElementWidth(ref);
  const created = Date.parse(p.createdAt);
  const ranAt = p.startedAt ? Date.parse(p.startedAt) : null;
  const doneAt = p.finishedAt ? Date.parse(p.finishedAt) : null;
  // Until the action finished (and a while after) the chart runs to now.
  const fixedEnd = doneAt && Date.now() > doneAt + AFTER_MS ? doneAt + AFTER_MS : null;
  const from = new Date(created - BEFORE_MS).toISOString();
  const to = fixedEnd ? new Date(fixedEnd).toISOString() : 'now';
  const q = useQuery({ ...metricQueries.series({ plugin: p.pluginId, metric, from, to, width: Math.max(60, Math.min(dataWidth, 400)) }), enabled: dataWidth > 0, refetchInterval: fixedEnd ? false : refetchMs });
  const info = metricInfo(metric);
  const f = (v: number) => formatValue(v, info.unit);
  const threshold = thresholdOf(p, metric);
  const data = q.data;
  const summary = useMemo(() => {
    if (!data || !ranAt) return null;
    const before = meanIn(data.buckets, ranAt - WINDOW_MS, ranAt);
    const after = doneAt ? meanIn(data.buckets, doneAt + SETTLE_MS, doneAt + SETTLE_MS + WINDOW_MS) : null;
    return { before, after };
  }, [data, ranAt, doneAt]);

  const caption = summary?.before != null ? `${info.label}: ${f(summary.before)} before the action${summary.after != null ? `, ${f(summary.after)} after` : ', after: waiting for data'}` : `${info.label} around the proposal`;

  return (
    <figure ref={ref} className="min-w-0" aria-label={caption}>
      {!data || width === 0 ? (
        <Skeleton className="h-28 w-full" />
      ) : data.buckets.length === 0 ? (
        <p className="flex h-28 items-center justify-center rounded-md border border-dashed border-border text-xs text-muted">No {info.label.toLowerCase()} data</p>
      ) : (
        <LineChart width={width} height={112} data={data.buckets} margin={{ top: 6, right: 6, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <XAxis dataKey="t" type="number" scale="time" domain={[data.from, data.to]} tickFormatter={tickFormatter(data.to - data.from)} tick={{ fill: 'var(--muted)', fontSize: 10 }} stroke="var(--border)" tickLine={false} tickCount={3} />
          <YAxis width={72} tickFormatter={f} tick={{ fill: 'var(--muted)', fontSize: 10 }} stroke="var(--border)" tickLine={false} tickCount={3} domain={['auto', 'auto']} />
          {ranAt && <ReferenceArea x1={ranAt} x2={doneAt ?? data.to} fill="var(--accent)" fillOpacity={0.08} />}
          {threshold !== null && <ReferenceLine y={threshold} stroke="var(--danger)" strokeDasharray="4 3" strokeOpacity={0.8} />}
          <ReferenceLine x={created} stroke="var(--warning)" strokeDasharray="3 3" />
          {ranAt && <ReferenceLine x={ranAt} stroke="var(--accent)" strokeWidth={1.5} />}
          <Line dataKey="mean" stroke="var(--accent)" strokeWidth={1.5} dot={false} isAnimationActive={false} />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(t) => new Date(Number(t)).toLocaleTimeString()}
            formatter={(v) => [f(Number(v)), info.label]}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', fontSize: 12 }}
          />
        </LineChart>
      )}
      <figcaption className="mt-1 text-xs text-muted">
        {summary?.before != null ? (
          <>
            {info.label}: <span className="tabular-nums text-fg">{f(summary.before)}</span> before →{' '}
            {summary.after != null ? <span className="tabular-nums font-medium text-fg">{f(summary.after)}</span> : 'waiting for data'} after
          </>
        ) : (
          <>
            {info.label} · <span className="text-warning">┆</span> proposed{ranAt ? ' · │ ran' : ''}
          </>
        )}
      </figcaption>
    </figure>
  );
}
