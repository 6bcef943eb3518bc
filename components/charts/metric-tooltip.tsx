'use client';
// The hover card of a metric timeline: the exact values of the bucket under the cursor, in
// the metric's unit, and the anomaly there if there is one.
import type { AnomalyDto } from '@/lib/queries/metrics';
import { formatValue } from './metric-format';
import type { MetricTimelineConfig } from './metric-timeline-config';
import { scoreStep } from './score-scale';
import { formatTime } from './time-format';
import type { TimelineRow } from './timeline-rows';

export interface MetricTooltipProps {
  config: MetricTimelineConfig;
  row: TimelineRow | undefined;
  bucketMs: number;
  anomalies: AnomalyDto[];
}

export function MetricTooltip({ config, row, bucketMs, anomalies }: MetricTooltipProps) {
  if (!row || row.mean === null) return null;
  const f = (v: number | null) => formatValue(v, config.unit);
  const end = row.t + bucketMs;
  const here = anomalies.filter((a) => Date.parse(a.startedAt) < end && Date.parse(a.endedAt) >= row.t);
  const top = here.reduce<AnomalyDto | null>((m, a) => (!m || a.score > m.score ? a : m), null);
  return (
    <div className="min-w-52 rounded-md border border-border bg-surface px-3 py-2 text-xs shadow-lg">
      <p className="mb-1.5 font-medium">{formatTime(row.t)}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 tabular-nums">
        <dt className="text-muted">{config.series.value.label}</dt>
        <dd className="text-right font-medium">{f(row.mean)}</dd>
        {row.count > 1 && row.min !== row.max && (
          <>
            <dt className="text-muted">{config.series.envelope.label}</dt>
            <dd className="text-right">
              {f(row.min)} – {f(row.max)}
            </dd>
          </>
        )}
        {row.expected !== null && (
          <>
            <dt className="text-muted">{config.series.expected.label}</dt>
            <dd className="text-right">{f(row.expected)}</dd>
          </>
        )}
        {row.band && (
          <>
            <dt className="text-muted">Band</dt>
            <dd className="text-right">
              {f(row.band[0])} – {f(row.band[1])}
            </dd>
          </>
        )}
        <dt className="text-muted">Score</dt>
        <dd className="text-right">{row.score === null ? 'not scored' : `${row.score.toFixed(2)} · ${scoreStep(row.score).label.split(' (')[0]}`}</dd>
        <dt className="text-muted">Points</dt>
        <dd className="text-right">{row.count}</dd>
      </dl>
      {top && (
        <p className="mt-1.5 border-t border-border pt-1.5 font-medium text-danger">
          Anomaly: {top.type}, score {Math.round(top.score)} · click for details
        </p>
      )}
    </div>
  );
}
