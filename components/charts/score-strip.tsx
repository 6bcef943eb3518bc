// One swim lane: a strip of cells coloured by the highest anomaly score in each time bucket,
// with the recorded anomalies drawn on top at least a few pixels wide, so a one-point anomaly
// in a 30-day view still shows. Same-colour neighbours merge, which keeps the SVG small.
import { clusterSpans } from './cluster-spans';
import { scoreStep } from './score-scale';

export interface ScoreStripConfig {
  from: number;
  to: number;
  bucketMs: number;
  height: number;
}

export interface ScoreStripMark {
  start: number;
  end: number;
  /** 0..1 */
  score: number;
}

export interface ScoreStripProps {
  config: ScoreStripConfig;
  /** [bucket start, score 0..1], sorted by time. */
  buckets: [number, number][];
  marks: ScoreStripMark[];
  width: number;
}

const MIN_MARK_PX = 3;

export function ScoreStrip({ config, buckets, marks, width }: ScoreStripProps) {
  const { from, to, bucketMs, height } = config;
  const scale = width / (to - from);
  const runs: { x: number; w: number; color: string }[] = [];
  for (const [t, score] of buckets) {
    const color = scoreStep(score).color;
    const x = Math.max(0, (t - from) * scale);
    const w = Math.max(1, Math.min(width, (t + bucketMs - from) * scale) - x);
    const last = runs[runs.length - 1];
    if (last && last.color === color && Math.abs(last.x + last.w - x) < 0.5) last.w = x + w - last.x;
    else runs.push({ x, w, color });
  }
  // Marks closer than a mark's width are one mark in the highest score's colour.
  const top = clusterSpans(
    marks.map((m) => ({ ...m, item: null })),
    MIN_MARK_PX / scale,
  )
    .map((m) => {
      const x = Math.max(0, (m.start - from) * scale);
      const w = Math.max(MIN_MARK_PX, (Math.min(to, m.end) - from) * scale - x);
      return { x: Math.min(x, width - w), w, color: scoreStep(m.score).color };
    })
    .filter((m) => m.x < width);
  return (
    <svg width={width} height={height} aria-hidden className="block">
      {runs.map((r, i) => (
        <rect key={i} x={r.x} y={0} width={r.w} height={height} fill={r.color} />
      ))}
      {top.map((m, i) => (
        <rect key={`m${i}`} x={m.x} y={0} width={m.w} height={height} fill={m.color} />
      ))}
    </svg>
  );
}
