// How often a live chart refetches: the page's live interval, but never more often than one of
// the chart's buckets. At a week's scale a bucket is minutes wide; refetching every 10 s would
// redraw every point of the chart to move its last pixel, a core's worth of script for nothing.

/** `false` (paused) stays false; otherwise the longer of the live interval and the bucket. */
export function liveInterval(refetchMs: number | false, bucketMs: number | undefined): number | false {
  if (refetchMs === false) return false;
  return Math.max(refetchMs, bucketMs ?? 0);
}
