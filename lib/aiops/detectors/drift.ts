// Slow drift (a leak, a creeping level): the mean of the last hour against the mean of the hour
// before, in 5-minute blocks, judged against the spread of such changes over the last two days.
// A point-level view misses it: each point is within the noise of the last few minutes, and an
// hour's mean averages out a GC saw-tooth that hides a leak in any 5-minute mean.
import { normalTail, rollingAt, rollingPush, rollingStats, rollingStd, type RollingStats } from './primitives';

/** Blocks (reference intervals) in each of the two means compared: an hour of 5-minute blocks. */
export const DRIFT_LAG = 12;
/** Hourly changes kept for their spread (two days of blocks), and how many are needed first (a day). */
const DRIFT_HISTORY = 576;
const DRIFT_WARMUP = 288;
const DRIFT_CLIP = 3;

export interface Drift {
  /** Points per block. */
  block: number;
  /** Points and their sum in the current block. */
  fill: number;
  sum: number;
  /** The last 2 DRIFT_LAG block means. */
  means: RollingStats;
  /** Changes of the block mean over DRIFT_LAG blocks. */
  changes: RollingStats;
}

export function drift(block: number): Drift {
  return { block: Math.max(1, Math.round(block)), fill: 0, sum: 0, means: rollingStats(2 * DRIFT_LAG), changes: rollingStats(DRIFT_HISTORY) };
}

/** The last hour's mean, its change from the hour before and the change's two-sided tail probability (1 while learning, and below 4 σ). */
export interface DriftResult {
  change: number;
  tail: number;
  /** The mean of the last hour. */
  mean: number;
}

/**
 * Feeds x; returns true when x completes a block, with the last hour's mean, its change and the
 * change's tail in `out` (the change is judged before it joins the history of changes).
 */
export function driftUpdate(d: Drift, x: number, out: DriftResult): boolean {
  d.sum += x;
  if (++d.fill < d.block) return false;
  const mean = d.sum / d.fill;
  d.fill = 0;
  d.sum = 0;
  const m = d.means;
  rollingPush(m, mean);
  out.change = 0;
  out.tail = 1;
  out.mean = mean;
  if (m.n < 2 * DRIFT_LAG) return true;
  let last = 0;
  let before = 0;
  for (let i = 1; i <= DRIFT_LAG; i++) {
    last += rollingAt(m, i);
    before += rollingAt(m, DRIFT_LAG + i);
  }
  out.mean = last / DRIFT_LAG;
  const change = (last - before) / DRIFT_LAG;
  const c = d.changes;
  let kept = change;
  if (c.n >= DRIFT_WARMUP) {
    const sd = Math.max(rollingStd(c), 1e-9, 1e-6 * Math.abs(out.mean));
    out.change = change;
    // The tail is only ever compared with the red level (1e-5, z ≈ 4.4): below z = 4 it is not computed.
    const z = Math.abs(change - c.mean) / sd;
    out.tail = z < 4 ? 1 : Math.min(1, 2 * normalTail(z));
    // Kept clipped to DRIFT_CLIP σ (winsorised, as a robust spread): a restart's drop would
    // otherwise widen the spread for two days and hide the next leak.
    kept = Math.min(c.mean + DRIFT_CLIP * sd, Math.max(c.mean - DRIFT_CLIP * sd, change));
  }
  rollingPush(c, kept);
  return true;
}
