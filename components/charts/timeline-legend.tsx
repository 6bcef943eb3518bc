// The key to a metric timeline, drawn from the same config the chart uses, so they never drift.
import type { MetricTimelineConfig } from './metric-timeline-config';
import { SCORE_STEPS } from './score-scale';

export interface TimelineLegendProps {
  config: MetricTimelineConfig;
}

export function TimelineLegend({ config }: TimelineLegendProps) {
  const s = config.series;
  const anomaly = SCORE_STEPS[SCORE_STEPS.length - 1].color;
  return (
    <ul aria-label="Chart key" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted">
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="h-0.5 w-4 rounded" style={{ background: s.value.color }} />
        {s.value.label}
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="h-3 w-4 rounded-sm opacity-30" style={{ background: s.envelope.color }} />
        {s.envelope.label}
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="w-4 border-t border-dashed" style={{ borderColor: s.expected.color }} />
        {s.expected.label}
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="h-3 w-4 rounded-sm opacity-25" style={{ background: s.band.color }} />
        {s.band.label}
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="h-2.5 w-2.5 rounded-full" style={{ background: anomaly }} />
        Anomaly peak (colour = score)
      </li>
    </ul>
  );
}
