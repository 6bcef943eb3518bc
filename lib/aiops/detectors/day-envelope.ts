// Same time yesterday at any sampling interval: the range (and mean) of each 5-minute bucket of
// the last day, so a daily job (a 06:00 batch, a 02:00 reindex) is explained by yesterday's run
// even when no day of points fits in the window. A value within the range of a bucket within
// ±ENVELOPE_JITTER buckets of the same time one day earlier is not news.

/** Buckets either side of the same time yesterday (30 minutes of 5-minute buckets). */
export const ENVELOPE_JITTER = 6;

export interface DayEnvelope {
  bucketMs: number;
  perDay: number;
  /** Ring of buckets: the bucket number each slot holds (-1: none), its min, max, sum and count. */
  ids: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  sum: Float64Array;
  count: Float64Array;
}

export function dayEnvelope(bucketMs: number): DayEnvelope {
  const perDay = Math.round(86_400_000 / bucketMs);
  const size = perDay + ENVELOPE_JITTER + 1;
  return { bucketMs, perDay, ids: new Float64Array(size).fill(-1), lo: new Float64Array(size), hi: new Float64Array(size), sum: new Float64Array(size), count: new Float64Array(size) };
}

/** Adds x (at epoch ms ts) to its bucket. */
export function envelopePush(e: DayEnvelope, ts: number, x: number): void {
  const id = Math.floor(ts / e.bucketMs);
  const slot = id % e.ids.length;
  if (e.ids[slot] !== id) {
    e.ids[slot] = id;
    e.lo[slot] = e.hi[slot] = x;
    e.sum[slot] = 0;
    e.count[slot] = 0;
  }
  if (x < e.lo[slot]) e.lo[slot] = x;
  if (x > e.hi[slot]) e.hi[slot] = x;
  e.sum[slot] += x;
  e.count[slot]++;
}

/**
 * Whether some bucket within ±ENVELOPE_JITTER of the same time one day before ts explains x:
 * x within its range (`mean` false) or, for a mean of the last minutes, between its lowest and
 * highest bucket mean (`mean` true).
 */
export function explainedYesterday(e: DayEnvelope, ts: number, x: number, mean = false): boolean {
  const at = Math.floor(ts / e.bucketMs) - e.perDay;
  let lo = Infinity;
  let hi = -Infinity;
  for (let id = at - ENVELOPE_JITTER; id <= at + ENVELOPE_JITTER; id++) {
    const slot = id % e.ids.length;
    if (id < 0 || e.ids[slot] !== id) continue;
    const a = mean ? e.sum[slot] / e.count[slot] : e.lo[slot];
    const b = mean ? a : e.hi[slot];
    if (!mean && x >= a && x <= b) return true;
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  }
  return mean && x >= lo && x <= hi;
}
