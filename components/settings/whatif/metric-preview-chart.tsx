'use client';
// One metric of the anomaly preview: the series (mean and min–max envelope) with the peaks the
// edited settings flag as filled dots and the saved settings' as rings, and under it a strip with
// one tick per anomaly of each, so "more or fewer, and where" reads at a glance.
import { Area, ComposedChart, Line, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts';
import type { MetricPreview } from '@/lib/aiops/whatif/preview-anomalies';
import { formatValue, metricInfo } from '@/components/charts/metric-format';
import { formatTime } from '@/components/charts/time-format';

export interface MetricPreviewChartConfig {
  height: number;
  line: string;
  draft: string;
  saved: string;
}

export interface MetricPreviewChartProps {
  config: MetricPreviewChartConfig;
  data: MetricPreview;
  from: number;
  to: number;
  width: number;
}

const Y_AXIS = 52;

function Strip({ label, color, spans, from, to, width, hollow }: { label: string; color: string; spans: { start: number; end: number }[]; from: number; to: number; width: number; hollow?: boolean }) {
  const plot = width - Y_AXIS;
  const x = (t: number) => Y_AXIS + ((t - from) / (to - from)) * plot;
  return (
    <svg width={width} height={10} aria-hidden className="block">
      <text x={Y_AXIS - 6} y={8} textAnchor="end" fontSize={9} fill="var(--muted)">
        {label}
      </text>
      <line x1={Y_AXIS} x2={width} y1={5} y2={5} stroke="var(--border)" />
      {spans.map((s, i) => (
        <rect key={i} x={x(s.start)} y={1} width={Math.max(2, x(s.end) - x(s.start))} height={8} rx={1} fill={hollow ? 'none' : color} stroke={color} strokeWidth={hollow ? 1 : 0} />
      ))}
    </svg>
  );
}

export function MetricPreviewChart({ config, data, from, to, width }: MetricPreviewChartProps) {
  const unit = metricInfo(data.metric).unit;
  const rows = data.buckets.map((b) => ({ t: b.t, mean: b.mean, envelope: [b.min, b.max] as [number, number] }));
  return (
    <div>
      <ComposedChart width={width} height={config.height} data={rows} margin={{ top: 4, right: 0, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <XAxis dataKey="t" type="number" domain={[from, to]} hide />
        <YAxis width={Y_AXIS} tickFormatter={(v: number) => formatValue(v, unit)} tick={{ fill: 'var(--muted)', fontSize: 9 }} tickCount={3} tickLine={false} axisLine={false} domain={['auto', 'auto']} />
        <Area dataKey="envelope" stroke="none" fill={config.line} fillOpacity={0.15} isAnimationActive={false} activeDot={false} />
        <Line dataKey="mean" stroke={config.line} strokeWidth={1.2} dot={false} isAnimationActive={false} />
        {data.saved.anomalies.map((a) => (
          <ReferenceDot key={`s${a.start}`} x={a.peakAt} y={a.peakValue} r={4} fill="none" stroke={config.saved} strokeWidth={1.5} />
        ))}
        {data.draft.anomalies.map((a) => (
          <ReferenceDot key={`d${a.start}`} x={a.peakAt} y={a.peakValue} r={2.5} fill={config.draft} stroke="none" />
        ))}
        <Tooltip
          isAnimationActive={false}
          cursor={{ stroke: 'var(--muted)', strokeDasharray: '3 3' }}
          content={({ payload }) => {
            const r = payload?.[0]?.payload as (typeof rows)[number] | undefined;
            return r ? (
              <div className="rounded-md border border-border bg-surface px-2 py-1 text-xs shadow">
                {formatTime(r.t)}: {formatValue(r.mean, unit)}
              </div>
            ) : null;
          }}
        />
      </ComposedChart>
      <Strip label="saved" color={config.saved} spans={data.saved.anomalies} from={from} to={to} width={width} hollow />
      <Strip label="edited" color={config.draft} spans={data.draft.anomalies} from={from} to={to} width={width} />
    </div>
  );
}
