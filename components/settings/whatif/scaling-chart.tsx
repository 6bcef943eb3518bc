'use client';
// One replayed auto-scaling policy: the metric (mean and envelope) against its scale-up and
// scale-down thresholds, the instance count as a step line on the right axis, each scaling
// step marked, and the forecast when predictive scaling is on.
import { Area, ComposedChart, Line, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScalingBucket } from '@/lib/aiops/whatif/preview-autoscaling';
import type { ScalingEvent } from '@/lib/aiops/autoscaling';
import { formatValue, type UnitKind } from '@/components/charts/metric-format';
import { formatTime, tickFormatter, timeTicks } from '@/components/charts/time-format';

export interface ScalingChartConfig {
  height: number;
  unit: UnitKind;
  metric: string;
  instances: string;
  up: string;
  down: string;
  forecast: string;
}

export interface ScalingChartProps {
  config: ScalingChartConfig;
  buckets: ScalingBucket[];
  events: ScalingEvent[];
  thresholds: { up: number; down: number };
  maxInstances: number;
  from: number;
  to: number;
  width: number;
}

const MAX_MARKS = 120;

export function ScalingChart({ config, buckets, events, thresholds, maxInstances, from, to, width }: ScalingChartProps) {
  const rows = buckets.map((b) => ({ ...b, envelope: [b.min, b.max] as [number, number] }));
  const f = (v: number) => formatValue(v, config.unit);
  const hasForecast = buckets.some((b) => b.forecast !== null);
  return (
    <ComposedChart width={width} height={config.height} data={rows} margin={{ top: 6, right: 0, bottom: 0, left: 0 }} accessibilityLayer={false}>
      <XAxis
        dataKey="t"
        type="number"
        domain={[from, to]}
        ticks={timeTicks(from, to, Math.floor(width / 90))}
        tickFormatter={tickFormatter(to - from)}
        tick={{ fill: 'var(--muted)', fontSize: 10 }}
        tickLine={false}
        stroke="var(--border)"
      />
      <YAxis yAxisId="m" width={52} tickFormatter={f} tick={{ fill: 'var(--muted)', fontSize: 9 }} tickCount={4} tickLine={false} axisLine={false} domain={['auto', 'auto']} />
      <YAxis yAxisId="n" orientation="right" width={22} allowDecimals={false} domain={[0, maxInstances]} tick={{ fill: config.instances, fontSize: 9 }} tickLine={false} axisLine={false} tickCount={Math.min(maxInstances + 1, 5)} />
      <Area yAxisId="m" dataKey="envelope" stroke="none" fill={config.metric} fillOpacity={0.15} isAnimationActive={false} activeDot={false} />
      <Line yAxisId="m" dataKey="mean" stroke={config.metric} strokeWidth={1.2} dot={false} isAnimationActive={false} />
      {hasForecast && <Line yAxisId="m" dataKey="forecast" stroke={config.forecast} strokeWidth={1} strokeDasharray="4 3" dot={false} isAnimationActive={false} connectNulls />}
      <ReferenceLine yAxisId="m" y={thresholds.up} stroke={config.up} strokeDasharray="3 3" strokeOpacity={0.8} />
      <ReferenceLine yAxisId="m" y={thresholds.down} stroke={config.down} strokeDasharray="3 3" strokeOpacity={0.8} />
      <Line yAxisId="n" type="stepAfter" dataKey="instances" stroke={config.instances} strokeWidth={1.8} dot={false} isAnimationActive={false} />
      {events.slice(0, MAX_MARKS).map((e) => (
        <ReferenceDot key={`${e.t}-${e.direction}`} yAxisId="n" x={e.t} y={e.to} r={3} fill={e.direction === 'up' ? config.up : config.down} stroke="var(--surface)" strokeWidth={1} />
      ))}
      <Tooltip
        isAnimationActive={false}
        cursor={{ stroke: 'var(--muted)', strokeDasharray: '3 3' }}
        content={({ payload }) => {
          const r = payload?.[0]?.payload as (typeof rows)[number] | undefined;
          return r ? (
            <div className="rounded-md border border-border bg-surface px-2 py-1 text-xs shadow">
              <div className="font-medium">{formatTime(r.t)}</div>
              <div>
                {f(r.mean)} · {r.instances} instance{r.instances === 1 ? '' : 's'}
                {r.forecast !== null && ` · forecast ${f(r.forecast)}`}
              </div>
            </div>
          ) : null;
        }}
      />
    </ComposedChart>
  );
}
