// A quantile estimated from explicit-bucket counts, as Prometheus' histogram_quantile does:
// linear interpolation inside the bucket holding the rank. The first bucket starts at 0 (or at
// the recorded min), the overflow bucket ends at the recorded max, or at the last bound.

export interface Buckets {
  counts: number[];
  bounds: number[];
  min?: number;
  max?: number;
}

export function histogramQuantile(q: number, { counts, bounds, min, max }: Buckets): number | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0 || counts.length !== bounds.length + 1) return null;
  if (bounds.length === 0) return max ?? null; // one bucket: nothing to interpolate in
  const rank = q * total;
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] === 0 || seen + counts[i] < rank) {
      seen += counts[i];
      continue;
    }
    const firstLower = min !== undefined ? min : Math.min(0, bounds[0] ?? 0);
    const lower = i === 0 ? firstLower : bounds[i - 1];
    const upper = i < bounds.length ? bounds[i] : (max ?? bounds[bounds.length - 1] ?? lower);
    const lo = min !== undefined ? Math.max(lower, min) : lower;
    const hi = max !== undefined ? Math.min(upper, max) : upper;
    if (hi <= lo) return hi;
    return lo + (hi - lo) * ((rank - seen) / counts[i]);
  }
  return max ?? bounds[bounds.length - 1] ?? null;
}
