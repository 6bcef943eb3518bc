'use client';
// Anomalies per day (or hour) under the saved and the edited settings, side by side.
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { PeriodCount } from '@/lib/aiops/whatif/period-counts';
import type { PreviewRange } from '@/lib/queries/optimizations';

export interface PeriodBarsConfig {
  height: number;
  saved: { label: string; color: string };
  draft: { label: string; color: string };
  /** Labels a period by its start. */
  format: (t: number) => string;
}

export interface PeriodBarsProps {
  config: PeriodBarsConfig;
  data: PeriodCount[];
  width: number;
}

const day = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric' });
const hour = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** Labels a period of a preview: a week is counted per day, a day per hour. */
export const periodLabel = (range: PreviewRange) => (t: number) => (range === '7d' ? day : hour).format(t);

export function PeriodBars({ config, data, width }: PeriodBarsProps) {
  const max = Math.max(2, ...data.flatMap((d) => [d.draft, d.saved]));
  const step = Math.max(1, Math.ceil(data.length / Math.max(1, Math.floor(width / 56))));
  return (
    <BarChart width={width} height={config.height} data={data} margin={{ top: 4, right: 0, bottom: 0, left: 0 }} barGap={1} barCategoryGap={data.length > 12 ? 1 : 4}>
      <XAxis dataKey="start" tickFormatter={config.format} interval={step - 1} tick={{ fill: 'var(--muted)', fontSize: 10 }} tickLine={false} stroke="var(--border)" />
      <YAxis allowDecimals={false} domain={[0, max]} width={26} tick={{ fill: 'var(--muted)', fontSize: 10 }} tickLine={false} axisLine={false} tickCount={3} />
      <Tooltip
        cursor={{ fill: 'var(--surface-2)' }}
        isAnimationActive={false}
        content={({ payload }) => {
          const d = payload?.[0]?.payload as PeriodCount | undefined;
          return d ? (
            <div className="rounded-md border border-border bg-surface px-2 py-1 text-xs shadow">
              <div className="font-medium">{config.format(d.start)}</div>
              <div>
                {config.saved.label}: {d.saved} · {config.draft.label}: {d.draft}
              </div>
            </div>
          ) : null;
        }}
      />
      <Bar dataKey="saved" name={config.saved.label} fill={config.saved.color} radius={[2, 2, 0, 0]} isAnimationActive={false} />
      <Bar dataKey="draft" name={config.draft.label} fill={config.draft.color} radius={[2, 2, 0, 0]} isAnimationActive={false} />
    </BarChart>
  );
}
