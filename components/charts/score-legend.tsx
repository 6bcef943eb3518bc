// Names every colour of the anomaly score scale, plus the look of a bucket with no scored data.
import { SCORE_STEPS } from './score-scale';

export function ScoreLegend() {
  return (
    <ul aria-label="Score colours" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted">
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="h-3 w-3 rounded-sm border border-border bg-surface-2" />
        No scored data
      </li>
      {SCORE_STEPS.map((s) => (
        <li key={s.min} className="flex items-center gap-1.5">
          <span aria-hidden className="h-3 w-3 rounded-sm" style={{ background: s.color }} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
