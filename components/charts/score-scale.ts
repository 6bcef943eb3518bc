// The one colour scale for anomaly scores (0..1), shared by swim lanes, chart marks and legends.
// Steps rather than a gradient so the legend can name each colour. 0.8 matches the detector's
// default confidence threshold: from there on a point counts as anomalous.
export interface ScoreStep {
  min: number;
  label: string;
  color: string;
}

const mix = (v: string, pct: number) => `color-mix(in oklab, var(${v}) ${pct}%, transparent)`;

export const SCORE_STEPS: ScoreStep[] = [
  { min: 0, label: 'Normal (< 0.5)', color: mix('--success', 22) },
  { min: 0.5, label: 'Elevated (0.5–0.8)', color: mix('--warning', 70) },
  { min: 0.8, label: 'Anomalous (0.8–0.95)', color: mix('--danger', 65) },
  { min: 0.95, label: 'Severe (≥ 0.95)', color: 'var(--danger)' },
];

export function scoreStep(score: number): ScoreStep {
  let step = SCORE_STEPS[0];
  for (const s of SCORE_STEPS) if (score >= s.min) step = s;
  return step;
}

export const scoreColor = (score: number) => scoreStep(score).color;
