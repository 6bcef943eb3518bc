'use client';
// A small bar chart of counts per hour (e.g. anomalies opened over the last day).
import { useRef } from 'react';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useElementWidth } from './use-element-width';

export interface HourlyBarsConfig {
  /** What one bar counts, e.g. `anomalies`. */
  label: string;
  color: string;
  height: number;
}

export interface HourlyBarsProps {
  config: HourlyBarsConfig;
  /** One entry per hour: its start (epoch ms) and count. */
  data: { t: number; count: number }[];
}

const hour = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

export function HourlyBars({ config, data }: HourlyBarsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useElementWidth(ref);
  const total = data.reduce((s, d) => s + d.count, 0);
  // Three even ticks (0, half, top) read better than Recharts' default for small counts.
  const max = Math.max(2, ...data.map((d) => d.count));
  const top = max % 2 ? max + 1 : max;
  return (
    <div ref={ref} role="img" aria-label={`${total} ${config.label} over the last ${data.length} hours, per hour`} style={{ height: config.height }}>
      {width > 0 && (
        <BarChart width={width} height={config.height} data={data} margin={{ top: 4, right: 0, bottom: 0, left: 0 }} barCategoryGap={2}>
          <XAxis
            dataKey="t"
            tickFormatter={(t: number) => hour.format(t)}
            interval={5}
            tick={{ fill: 'var(--muted)', fontSize: 10 }}
            tickLine={false}
            stroke="var(--border)"
          />
          <YAxis
            allowDecimals={false}
            ticks={[0, top / 2, top]}
            domain={[0, top]}
            width={28}
            tick={{ fill: 'var(--muted)', fontSize: 10 }}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip
            cursor={{ fill: 'var(--surface-2)' }}
            isAnimationActive={false}
            content={({ payload }) => {
              const d = payload?.[0]?.payload as { t: number; count: number } | undefined;
              return d ? (
                <div className="rounded-md border border-border bg-surface px-2 py-1 text-xs shadow">
                  {hour.format(d.t)}–{hour.format(d.t + 3_600_000)}: <span className="font-medium">{d.count}</span> {config.label}
                </div>
              ) : null;
            }}
          />
          <Bar dataKey="count" fill={config.color} radius={[2, 2, 0, 0]} isAnimationActive={false} />
        </BarChart>
      )}
    </div>
  );
}
