// The time window every what-if preview covers: the range asked for, ending now, with the chart
// bucket that fits the width and the period its counts are grouped by (days for a 7-day
// preview, hours for a 24-hour one).
import { PREVIEW_RANGES, type PreviewRange } from '@/schemas/whatif-api';
import { bucketMsFor } from './downsample';

export interface PreviewWindow {
  from: number;
  to: number;
  bucketMs: number;
  periodMs: number;
}

export function previewWindow(req: { range: PreviewRange; width: number }, now: number): PreviewWindow {
  const to = now;
  const from = to - PREVIEW_RANGES[req.range];
  return { from, to, bucketMs: bucketMsFor(from, to, req.width), periodMs: req.range === '7d' ? 86_400_000 : 3_600_000 };
}
