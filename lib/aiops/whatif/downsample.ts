// Chart-sized series: about `width` buckets over [from, to), each with its min, max and mean,
// so a preview sends no more points than the charts draw and spikes survive.
import type { RawSeries } from './series-buffer';

export interface PreviewBucket {
  t: number;
  min: number;
  max: number;
  mean: number;
}

export function bucketMsFor(from: number, to: number, width: number): number {
  return Math.max(10_000, Math.ceil((to - from) / Math.max(1, width) / 10_000) * 10_000);
}

export function downsample(series: RawSeries, from: number, to: number, bucketMs: number): PreviewBucket[] {
  const out: PreviewBucket[] = [];
  let cur: (PreviewBucket & { sum: number; count: number }) | null = null;
  for (let i = series.lowerBound(from); i < series.n && series.t[i] < to; i++) {
    const b = from + Math.floor((series.t[i] - from) / bucketMs) * bucketMs;
    const v = series.v[i];
    if (!cur || cur.t !== b) {
      if (cur) out.push({ t: cur.t, min: cur.min, max: cur.max, mean: cur.sum / cur.count });
      cur = { t: b, min: v, max: v, mean: v, sum: 0, count: 0 };
    }
    cur.min = Math.min(cur.min, v);
    cur.max = Math.max(cur.max, v);
    cur.sum += v;
    cur.count++;
  }
  if (cur) out.push({ t: cur.t, min: cur.min, max: cur.max, mean: cur.sum / cur.count });
  return out;
}
