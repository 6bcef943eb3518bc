// Gives a flagged span a type (spike, dip, level-shift, trend, variance-change, flatline) by
// comparing the span with the points before it. Works on plain arrays; no detector state needed.

export type AnomalyType = 'spike' | 'dip' | 'level-shift' | 'trend' | 'variance-change' | 'flatline';

export interface ClassifyOptions {
  /** Points before `start` used as the baseline (default 64). */
  context?: number;
}

/**
 * Classifies values[start..end] (inclusive) against the baseline values[start-context..start-1].
 * The span should include a few points after the first flagged one when available, since a
 * level shift and a spike look alike on their first point.
 */
export function classifyAnomaly(values: ArrayLike<number>, start: number, end: number, options: ClassifyOptions = {}): AnomalyType {
  const context = options.context ?? 64;
  const b0 = Math.max(0, start - context);
  const base = stats(values, b0, start - 1);
  const seg = stats(values, start, end);
  const len = end - start + 1;
  const tiny = 1e-9 * Math.max(1, Math.abs(base.mean));
  // Point-to-point noise (robust to a seasonal baseline and to one or two outliers).
  const noiseBase = Math.max(diffNoise(values, b0, start - 1), tiny);
  const noiseSeg = diffNoise(values, start, end);
  const level = Math.max(base.sd, noiseBase);
  const shift = seg.mean - base.mean;

  if (len >= 3 && seg.max - seg.min <= tiny && base.sd > tiny) return 'flatline';
  if (len >= 4) {
    if (noiseSeg <= 0.1 * noiseBase && seg.sd <= 0.2 * level) return 'flatline';
    const fit = lineFit(values, start, end);
    const change = Math.abs(fit.slope) * (len - 1);
    if (noiseSeg >= 2.5 * noiseBase && Math.abs(shift) < 2 * seg.sd) return 'variance-change';
    if (fit.r2 >= 0.6 && change >= 3 * noiseBase && change >= Math.abs(shift) && len >= 8) return 'trend';
    if (Math.abs(shift) >= 3 * noiseBase && Math.abs(shift) >= level && seg.sd <= Math.max(0.5 * Math.abs(shift), 1.5 * level)) return 'level-shift';
    if (noiseSeg <= 0.3 * noiseBase) return 'variance-change';
  }
  // Short or irregular spans: the direction of the largest deviation decides.
  const up = seg.max - base.mean;
  const down = base.mean - seg.min;
  return up >= down ? 'spike' : 'dip';
}

/** Median absolute first difference, scaled to a per-point standard deviation. */
function diffNoise(v: ArrayLike<number>, a: number, b: number): number {
  const d: number[] = [];
  for (let i = Math.max(1, a + 1); i <= b && i < v.length; i++) d.push(Math.abs(v[i] - v[i - 1]));
  if (d.length === 0) return 0;
  d.sort((x, y) => x - y);
  return d[d.length >> 1] / 0.6745 / Math.SQRT2;
}

function stats(v: ArrayLike<number>, a: number, b: number) {
  let n = 0;
  let sum = 0;
  let sq = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = Math.max(0, a); i <= b && i < v.length; i++) {
    const x = v[i];
    n++;
    sum += x;
    sq += x * x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const mean = n ? sum / n : 0;
  const sd = n > 1 ? Math.sqrt(Math.max(0, (sq - n * mean * mean) / (n - 1))) : 0;
  return { n, mean, sd, min, max };
}

function lineFit(v: ArrayLike<number>, a: number, b: number) {
  const n = b - a + 1;
  let st = 0;
  let sy = 0;
  let stt = 0;
  let sty = 0;
  let syy = 0;
  for (let i = a; i <= b; i++) {
    const t = i - a;
    const y = v[i];
    st += t;
    sy += y;
    stt += t * t;
    sty += t * y;
    syy += y * y;
  }
  const vt = n * stt - st * st;
  const vy = n * syy - sy * sy;
  const cov = n * sty - st * sy;
  const slope = vt ? cov / vt : 0;
  const r2 = vt && vy > 0 ? (cov * cov) / (vt * vy) : 0;
  return { slope, r2 };
}
