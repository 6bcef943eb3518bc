// The forecast a predictive auto-scaler acts on: for each sample, the value expected
// lookAhead later. Seasonal when a day of history is there (the value at the same time
// yesterday, shifted by how much today's level differs from yesterday's), otherwise a damped
// linear trend of the last minutes. Its confidence is measured, not assumed: how close the
// forecasts that have come due so far were to what really happened (causal, like the scaler).

const DAY = 86_400_000;
const LEVEL_MS = 30 * 60_000;
const SMOOTH_MS = 5 * 60_000;
const TREND_MS = 10 * 60_000;
/** Weight of the newest error in the running error average (about 100 samples). */
const ERROR_ALPHA = 0.01;
/** Forecasts that must have come due before any confidence is claimed. */
const MIN_CHECKED = 30;

export interface ForecastSeries {
  /** The time each forecast is for: sample time + lookAhead. */
  at: Float64Array;
  value: Float64Array;
  /** 0..100, from the accuracy of the forecasts checked so far. */
  confidence: Float32Array;
}

/** Index of the last sample at or before `time`, or -1. */
function indexAtOrBefore(t: ArrayLike<number>, time: number): number {
  let lo = 0;
  let hi = t.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid] <= time) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function forecastSeries(t: ArrayLike<number>, v: ArrayLike<number>, lookAheadMs: number): ForecastSeries {
  const n = t.length;
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + v[i];
  // Mean of the samples in (fromTime, toTime], or NaN when there are none.
  const meanIn = (fromTime: number, toTime: number) => {
    const a = indexAtOrBefore(t, fromTime) + 1;
    const b = indexAtOrBefore(t, toTime);
    return b >= a ? (prefix[b + 1] - prefix[a]) / (b - a + 1) : NaN;
  };
  const start = n ? t[0] : 0;
  let scale = 0;
  for (let i = 0; i < n; i++) scale += Math.abs(v[i]);
  // Errors are relative, with a floor so values near zero (an idle queue) do not explode them.
  const floor = Math.max(1e-9, (0.1 * scale) / Math.max(1, n));

  const at = new Float64Array(n);
  const value = new Float64Array(n);
  const confidence = new Float32Array(n);
  let due = 0;
  let checked = 0;
  let err = 0;
  for (let i = 0; i < n; i++) {
    const now = t[i];
    const target = now + lookAheadMs;
    at[i] = target;
    const recent = meanIn(now - LEVEL_MS, now);
    let f = NaN;
    if (target - DAY - SMOOTH_MS >= start && now - DAY - LEVEL_MS >= start) {
      const seasonal = meanIn(target - DAY - SMOOTH_MS, target - DAY + SMOOTH_MS);
      const dayAgo = meanIn(now - DAY - LEVEL_MS, now - DAY);
      f = seasonal + (recent - dayAgo);
    }
    if (!Number.isFinite(f)) {
      const m1 = meanIn(now - TREND_MS, now);
      const m0 = meanIn(now - 2 * TREND_MS, now - TREND_MS);
      const slope = Number.isFinite(m0) ? (m1 - m0) / TREND_MS : 0;
      f = m1 + 0.5 * slope * lookAheadMs;
    }
    value[i] = f;
    // Check every forecast whose time has come against the sample at that time.
    while (due < i && at[due] <= now) {
      const actual = v[indexAtOrBefore(t, at[due])];
      err += ERROR_ALPHA * (Math.abs(value[due] - actual) / Math.max(Math.abs(actual), floor) - err);
      checked++;
      due++;
    }
    confidence[i] = checked >= MIN_CHECKED ? Math.max(0, Math.min(100, 100 * (1 - 2 * err))) : 0;
  }
  return { at, value, confidence };
}
