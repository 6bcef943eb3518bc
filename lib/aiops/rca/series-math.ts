// Small statistics over plain arrays for the analysis steps (and the optimization rules):
// robust centre and spread, a least-squares line, correlation, and slicing a minute series by time.
import type { MinuteSeries } from './types';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;

export const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median absolute deviation scaled to a standard deviation for normal data. */
export function robustSigma(values: number[], centre = median(values)): number {
  return 1.4826 * median(values.map((v) => Math.abs(v - centre)));
}

/** Means and centred sums of squares and products of the first `n` pairs. */
function moments(x: readonly number[], y: readonly number[], n: number) {
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i];
    sy += y[i];
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return { mx, my, sxy, sxx, syy };
}

export function lineFit(x: readonly number[], y: readonly number[]): { slope: number; intercept: number; r2: number } {
  const n = x.length;
  if (n < 3) return { slope: 0, intercept: y[0] ?? 0, r2: 0 };
  const { mx, my, sxy, sxx, syy } = moments(x, y, n);
  const slope = sxx ? sxy / sxx : 0;
  return { slope, intercept: my - slope * mx, r2: sxx && syy ? (sxy * sxy) / (sxx * syy) : 0 };
}

/** Pearson's r over the first min(x, y) pairs; NaN when it is undefined (under 3 pairs, or a flat series). */
export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = Math.min(x.length, y.length);
  if (n < 3) return NaN;
  const { sxy, sxx, syy } = moments(x, y, n);
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

/** Indexes [lo, hi) of the points with from ≤ t < to (the series is sorted by time). */
export function rangeOf(s: MinuteSeries, from: number, to: number): [number, number] {
  let lo = 0;
  while (lo < s.t.length && s.t[lo] < from) lo++;
  let hi = lo;
  while (hi < s.t.length && s.t[hi] < to) hi++;
  return [lo, hi];
}

export function valuesIn(s: MinuteSeries, from: number, to: number): number[] {
  const [lo, hi] = rangeOf(s, from, to);
  return s.v.slice(lo, hi);
}

/** Means over consecutive buckets of `bucketMs`, as [t, mean] pairs. */
export function bucketMeans(s: MinuteSeries, from: number, to: number, bucketMs: number): [number, number][] {
  const [lo, hi] = rangeOf(s, from, to);
  const out: [number, number][] = [];
  let key = NaN;
  let sum = 0;
  let n = 0;
  for (let i = lo; i < hi; i++) {
    const k = Math.floor((s.t[i] - from) / bucketMs);
    if (k !== key && n) {
      out.push([from + key * bucketMs, sum / n]);
      sum = 0;
      n = 0;
    }
    key = k;
    sum += s.v[i];
    n++;
  }
  if (n) out.push([from + key * bucketMs, sum / n]);
  return out;
}

/** At most `max` points of the series between from and to, for a small chart in the evidence. */
export function excerpt(s: MinuteSeries, from: number, to: number, max = 80): [number, number][] {
  const bucket = Math.max(MINUTE, Math.ceil((to - from) / max / MINUTE) * MINUTE);
  return bucketMeans(s, from, to, bucket).map(([t, v]) => [t, Number(v.toPrecision(5))]);
}
