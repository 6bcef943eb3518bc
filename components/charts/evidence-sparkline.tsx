'use client';
// A small chart of a metric excerpt inside root-cause evidence: the values, the band the metric
// left (when known), a limit line (memory.maxHeap) and the moment the evidence points at.
import { Area, ComposedChart, Line, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatValue, metricInfo } from './metric-format';
import { formatTime, tickFormatter, timeTicks } from './time-format';

export interface EvidenceSparklineProps {
  metric: string;
  points: [number, number][];
  band?: [number, number];
  limit?: number;
  marker?: number;
  width: number;
  height?: number;
}

export function EvidenceSparkline({ metric, points, band, limit, marker, width, height = 120 }: EvidenceSparklineProps) {
  if (points.length < 2) return <p className="text-xs text-muted">Not enough points to draw.</p>;
  const { unit, label } = metricInfo(metric);
  const data = points.map(([t, v]) => ({ t, v }));
  const from = points[0][0];
  const to = points[points.length - 1][0];
  const values = points.map(([, v]) => v);
  const top = Math.max(...values, limit ?? -Infinity, band?.[1] ?? -Infinity);
  const bottom = Math.min(...values, band?.[0] ?? Infinity, 0);
  return (
    <figure aria-label={`${label} around the evidence`}>
      <ComposedChart width={width} height={height} data={data} margin={{ top: 6, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <XAxis dataKey="t" type="number" scale="time" domain={[from, to]} ticks={timeTicks(from, to, 4)} tickFormatter={tickFormatter(to - from)} tick={{ fill: 'var(--muted)', fontSize: 10 }} stroke="var(--border)" tickLine={false} height={18} />
        <YAxis width={64} domain={[bottom, top * 1.05]} tickFormatter={(v: number) => formatValue(v, unit)} tick={{ fill: 'var(--muted)', fontSize: 10 }} stroke="var(--border)" tickLine={false} tickCount={3} />
        {band && <ReferenceArea y1={band[0]} y2={band[1]} fill="var(--success)" fillOpacity={0.12} stroke="none" ifOverflow="hidden" />}
        {limit !== undefined && <ReferenceLine y={limit} stroke="var(--danger)" strokeDasharray="4 3" label={{ value: 'limit', fill: 'var(--danger)', fontSize: 10, position: 'insideTopLeft' }} />}
        {marker !== undefined && <ReferenceLine x={marker} stroke="var(--warning)" strokeWidth={1.5} />}
        <Area dataKey="v" stroke="none" fill="var(--accent)" fillOpacity={0.08} isAnimationActive={false} />
        <Line dataKey="v" stroke="var(--accent)" strokeWidth={1.5} dot={false} isAnimationActive={false} />
        <Tooltip
          isAnimationActive={false}
          content={(p) => {
            const row = p.payload?.[0]?.payload as { t: number; v: number } | undefined;
            return row ? (
              <div className="rounded-md border border-border bg-surface px-2 py-1 text-xs shadow">
                <div className="text-muted">{formatTime(row.t)}</div>
                <div className="font-medium tabular-nums">{formatValue(row.v, unit)}</div>
              </div>
            ) : null;
          }}
        />
      </ComposedChart>
      <figcaption className="sr-only">
        {label} from {formatValue(values[0], unit)} to {formatValue(values[values.length - 1], unit)}, peak {formatValue(Math.max(...values), unit)}
      </figcaption>
    </figure>
  );
}
