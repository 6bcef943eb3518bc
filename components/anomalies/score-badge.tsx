import { scoreColor } from '@/components/charts/score-scale';

export interface ScoreBadgeProps {
  /** 0..100, as anomalies carry it. */
  score: number;
}

/** An anomaly's score in the colour the charts and lanes use for it. */
export function ScoreBadge({ score }: ScoreBadgeProps) {
  return (
    <span className="inline-flex items-center gap-1.5 tabular-nums">
      <span aria-hidden className="h-2.5 w-2.5 rounded-full" style={{ background: scoreColor(score / 100) }} />
      {Math.round(score)}
    </span>
  );
}
