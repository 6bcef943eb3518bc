// Small statistics over plain arrays, for the rules' evidence (correlation is `pearson` in
// lib/aiops/rca/series-math.ts, shared with the root-cause analysis).

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}

export const roundUpTo = (v: number, step: number) => Math.ceil(v / step) * step;
