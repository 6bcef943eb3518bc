// Turns server buckets into chart rows: plotted at the bucket's middle, with a null row in
// every gap so lines break where there was no data instead of bridging it. A gap is measured
// against the data's usual spacing, not the bucket size: zoomed into points sent once a
// minute, most buckets are empty and that is not an outage.
import type { SeriesBucket } from '@/lib/queries/metrics';

export interface TimelineRow {
  /** Bucket middle, epoch ms: the x position. */
  x: number;
  /** Bucket start, epoch ms. */
  t: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  envelope: [number, number] | null;
  expected: number | null;
  band: [number, number] | null;
  /** 0..1, null when unscored. */
  score: number | null;
  count: number;
}

export function timelineRows(buckets: SeriesBucket[], bucketMs: number): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const gapMs = Math.max(bucketMs * 1.5, 3 * medianStep(buckets));
  let prev: number | null = null;
  for (const b of buckets) {
    if (prev !== null && b.t - prev > gapMs) {
      const gap = prev + bucketMs;
      rows.push({ x: gap + bucketMs / 2, t: gap, mean: null, min: null, max: null, envelope: null, expected: null, band: null, score: null, count: 0 });
    }
    rows.push({
      x: b.t + bucketMs / 2,
      t: b.t,
      mean: b.mean,
      min: b.min,
      max: b.max,
      envelope: [b.min, b.max],
      expected: b.expected,
      band: b.lower !== null && b.upper !== null ? [b.lower, b.upper] : null,
      score: b.score,
      count: b.count,
    });
    prev = b.t;
  }
  return rows;
}

function medianStep(buckets: SeriesBucket[]): number {
  if (buckets.length < 2) return 0;
  const steps = buckets
    .slice(1)
    .map((b, i) => b.t - buckets[i].t)
    .sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)];
}
