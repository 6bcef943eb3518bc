// Hybrid detector: several views of each point, each turned into an anomaly likelihood
// (Ahmad et al. 2017, as in NAB's HTM detector), fused by taking the strongest, plus HTM's
// "spatial" range novelty, then a hold-off so one incident raises one alert.
//   views (deviations in standard deviations, mapped to [0, 1) by zScore):
//   1. value against the window's mean and spread (windowed Gaussian),
//   2. EWMA one-step residual against the residuals' spread (sudden jumps, spikes),
//   3. seasonal residual: the change since the same time one day earlier, against its spread;
//      when a week of history is kept, the smaller of that and the change since the same time
//      one week earlier (so a Monday is compared with last Monday, not only with Sunday),
//   4. flatline: a run of repeated values that is improbable given how often the series repeats.
//   Views 1 and 2 are capped by how well the point matches the values around the same time one
//   day earlier, or one week earlier (±6 samples), so a daily or weekly recurring spike is not news.
// Each view's score goes through its own anomaly likelihood: the 10-point moving average of the
// score against a rolling Gaussian of its history (8640 points); the upper tail probability is
// put on NuPIC's log scale (0.5 at 1e-5, 1 at 1e-10), and only the first point of a run of
// red (< 1e-5) tails keeps its full value. A new extreme beyond the range seen so far by more than
// 5 % of it (HTM's spatial anomaly) ranks above every likelihood. A change of distribution
// (relative entropy, after Wang et al. 2011 and NAB's relative_entropy detector: the histogram of
// the last 52 values in 5 bins of the range seen so far agrees with none of the histograms learned
// so far, chi-square test at 1 %) raises the point to just above the red level, but only as
// corroboration: when some likelihood is at least yellow (tail <= 1e-3). The fused score is mapped
// so the red likelihood level sits at 0.8 (the protocol's default confidenceThreshold of 80).
import { BaseDetector, holdOffPoints, MAX_HOLD_OFF_MINUTES, type Timing } from './base';
import {
  clamp,
  flatRun,
  flatRunUpdate,
  normalTail,
  rollingAt,
  rollingPush,
  rollingStats,
  rollingStd,
  windowSpread,
  zScore,
  type FlatRun,
  type RollingStats,
} from './primitives';
import { dayEnvelope, envelopePush, explainedYesterday, type DayEnvelope } from './day-envelope';
import { drift, DRIFT_LAG, driftUpdate, type Drift, type DriftResult } from './drift';
import { meetsMinEffect, type MinEffect } from './effect-size';
import type { ResolvedConfig, Sensitivity } from './types';

/** Anomaly likelihood state for one view (NuPIC's AnomalyLikelihood, streaming). */
interface Likelihood {
  short: RollingStats;
  history: RollingStats;
  prevTail: number;
  /** Points since the last red tail (absent in older states). */
  sinceRed?: number;
}

interface HybridCore {
  values: RollingStats;
  resid: RollingStats;
  seasonal: RollingStats;
  /** The last week of values (+ jitter) when the weekly views are on, else one slot. */
  week: RollingStats;
  /** Changes since the same time one week earlier. */
  weekly: RollingStats;
  /** Points per day when two days fit in the window, else 0. */
  period: number;
  /** Points per week when the daily views are on and a week is at most MAX_WEEK points, else 0. */
  weekPeriod: number;
  /**
   * Points per hour when the sampling is at most MAX_HOURLY_INTERVAL_SEC, else 0 or absent (older
   * states): the last hour of values (+ jitter) and the changes since one hour earlier, so a job
   * that runs every hour is explained by the one an hour before.
   */
  hourPeriod?: number;
  hour?: RollingStats;
  hourly?: RollingStats;
  /** Seasonal match tolerance in samples. */
  jitter: number;
  ewma: number;
  min: number;
  max: number;
  seen: number;
  flat: FlatRun;
  lValue: Likelihood;
  lResid: Likelihood;
  lSeason: Likelihood;
  lFlat: Likelihood;
  /** Log view (count series): log1p of the values, its changes since one day earlier, and its likelihood (absent in older states). */
  logValues?: RollingStats;
  /** Every value so far a non-negative integer (a count); false in older states. */
  counts?: boolean;
  logSeasonal?: RollingStats;
  lLog?: Likelihood;
  /**
   * Points per reference interval (REFERENCE_INTERVAL_SEC), at least 1: each tail is multiplied by
   * it, so the alert levels hold per unit of time, not per point (absent in older states: 1).
   */
  tailScale?: number;
  /** Whether the previous point's strongest likelihood was red (absent in older states). */
  wasRed?: boolean;
  /** Relative entropy: learned histograms (RE_MAX rows of RE_BINS shares), their use counts, how many. */
  reHyp: Float64Array;
  reCount: Int32Array;
  reM: number;
  /** Bin counts of the last comparison and its match, while the learned set is unchanged. */
  reMemo?: Int32Array;
  /** The current window's bins (a ring, oldest at pos) and counts, for the range min..max, as of point `seen`. */
  reWindow?: { bins: Uint8Array; counts: Int32Array; pos: number; min: number; max: number; seen: number };
  /**
   * The last day in 5-minute buckets (range and mean of each), when no day of points fits in the
   * window (the daily views are off); absent in older states and when the daily views are on.
   */
  envelope?: DayEnvelope;
  /** Slow drift of the 5-minute mean over an hour (absent in older states), and its run of red blocks. */
  drift?: Drift;
  driftRun?: number;
  /** When the last alert started a hold-off (epoch ms; absent: never). */
  firedAt?: number;
  /** Hold-off: points left, its length, and the time (epoch ms) it ends at the latest. */
  hold: number;
  holdLength: number;
  holdUntil?: number;
}

const WARMUP = 32;
const EWMA_ALPHA = 0.1;
/** Spatial anomaly: beyond the range seen so far by this share of it (NAB's HTM uses 5 %). */
const RANGE_TOLERANCE = 0.05;
/** Samples either side of "same time yesterday" that may explain a point (30 min at 5-min sampling). */
const SEASON_JITTER = 6;
/**
 * The hourly match is kept when an hour is at least 60 points: at a fine interval no day fits in
 * the window, and hourly jobs (reports, syncs, cron) are the commonest schedule left to explain.
 */
const MAX_HOURLY_INTERVAL_SEC = 60;
/** Longest week kept for the weekly views (one week at 1-minute sampling). */
const MAX_WEEK = 7 * 1440;
/** NuPIC anomaly-likelihood defaults: averaging window, history, probation, floors, red level. */
const LIKELIHOOD_SHORT = 10;
const LIKELIHOOD_HISTORY = 8640;
const LIKELIHOOD_WARMUP = 300;
/**
 * Range novelty waits this many reference intervals (about a day at 5-minute sampling; the
 * range of a partial day is no baseline), so at least as many points at a finer interval.
 */
const RANGE_WARMUP = LIKELIHOOD_WARMUP;
/**
 * Before that day is seen (a fine interval, after RANGE_WARMUP points), only a gross novelty
 * counts: a value beyond the range so far by at least the range's own width. A new CPU of 400 %
 * after hours at 40 % is news at once; a slightly new extreme of a young series is not.
 */
const GROSS_NOVELTY = 1;
const LIKELIHOOD_MEAN_FLOOR = 0.03;
const LIKELIHOOD_VAR_FLOOR = 0.0003;
const RED_TAIL = 1e-5;
const YELLOW_TAIL = 1e-3;
const LOG_1E10 = Math.log(1e-10);
/** Relative entropy view (NAB's relative_entropy defaults): window, bins, chi-square(4) at 1 %. */
const RE_WINDOW = 52;
const RE_BINS = 5;
const RE_CHI2 = 13.2767;
/** At most this many learned histograms; when full, the least used one is replaced. */
const RE_MAX = 64;
/** Fused level of a corroborated distribution change (just above red, 0.85 * 0.5), and the likelihood it needs (yellow). */
const RE_LEVEL = 0.45;
const RE_NEEDS = Math.log(YELLOW_TAIL) / LOG_1E10;
/** The red and yellow tails on NuPIC's log scale. */
const RED_LEVEL = Math.log(RED_TAIL + 1e-10) / LOG_1E10 - 1e-9;
const YELLOW_LEVEL = Math.log(YELLOW_TAIL + 1e-10) / LOG_1E10;
const reHist = new Float64Array(RE_BINS);
/** SHARE_SUMS[k]: 1 / RE_WINDOW added k times, the value a bin of k values sums to. */
const SHARE_SUMS = Float64Array.from({ length: RE_WINDOW + 1 }, (_, k) => {
  let sum = 0;
  for (let i = 0; i < k; i++) sum += 1 / RE_WINDOW;
  return sum;
});
/** The last bin counts compared and the learned histogram that matched them (-1: none). */
const newMemo = () => Int32Array.from({ length: RE_BINS + 1 }, (_, i) => (i === RE_BINS ? -1 : 0));
/**
 * The hybrid's free parameters. The defaults are the ones `npm run bench:nab` picks by
 * leave-one-category-out; other values exist only so that the benchmark can compare them.
 */
export interface HybridTuning {
  /** Non-red points a likelihood's red run may pause and still count as one run (NuPIC: 0). */
  redGap: number;
  /** Spatial anomaly: beyond the range seen so far by this share of it (NAB's HTM uses 5 %). */
  rangeTolerance: number;
  /** Hold-off after an alert: later scores are multiplied by this, for at most MAX_HOLD_OFF_MINUTES. */
  damp: number;
  /**
   * A seasonal view on log(1 + x) while every value has been a non-negative integer: counts are
   * skewed (a drop from 50 to 2 is a few σ of a symmetric spread but far out on the log scale).
   */
  logSeason: boolean;
  /** NuPIC's red filter on the strongest likelihood too: of a run of red points, whichever view is red, only the first stays red. */
  fusedRedFilter: boolean;
  /** At sampling intervals of at most a minute, how well the same time one hour earlier (±jitter) explains a point caps the level and jump views. */
  hourlyMatch: boolean;
  /** Likelihoods rounded down to this step on NuPIC's log scale (0.1: whole decades of the tail); 0 keeps them as they are. */
  decade: number;
  /**
   * Seconds per point that the alert levels are meant for (NuPIC's and NAB's 5-minute data): at a
   * finer interval each tail is multiplied by the points per reference interval, so a series
   * sampled 30 times as often does not alert 30 times as often. 0: per point.
   */
  referenceSec: number;
  /** Same time yesterday in 5-minute buckets when no day fits in the window: a red likelihood that yesterday's range explains is lowered to yellow. */
  dayEnvelope: boolean;
  /** Slow drift: the 5-minute mean against the one an hour earlier, a red tail of the hourly changes' spread alerts. */
  drift: boolean;
}

export const DEFAULT_HYBRID_TUNING: Readonly<HybridTuning> = { redGap: 0, rangeTolerance: RANGE_TOLERANCE, damp: 0.2, decade: 0.1, logSeason: true, fusedRedFilter: true, referenceSec: 300, hourlyMatch: true, dayEnvelope: true, drift: true };
/** Bucket and drift block length in seconds (the reference interval of the alert levels). */
const SLOW_SEC = 300;

const driftOut: DriftResult = { change: 0, tail: 1, mean: 0 };
/** Sensitivity scales the fused score before the final mapping. */
const GAIN: Record<Sensitivity, number> = { low: 0.85, medium: 1, high: 1.15 };

function likelihood(historyLength: number): Likelihood {
  return { short: rollingStats(LIKELIHOOD_SHORT), history: rollingStats(historyLength), prevTail: 1, sinceRed: NEVER };
}

/** Feeds a [0, 1] view score; returns NuPIC's log likelihood in [0, 1]. */
const NEVER = 1e9;

function likelihoodUpdate(l: Likelihood, raw: number, redGap: number, tailScale = 1): number {
  rollingPush(l.short, raw);
  const avg = l.short.mean;
  const h = l.history;
  let tail = 1;
  if (h.n >= LIKELIHOOD_WARMUP) {
    const mean = Math.max(h.mean, LIKELIHOOD_MEAN_FLOOR);
    const sd = Math.sqrt(Math.max(h.m2 / h.n, LIKELIHOOD_VAR_FLOOR));
    if (avg > mean) tail = Math.min(1, tailScale * normalTail((avg - mean) / sd));
  }
  rollingPush(h, avg);
  // Only the first point of a run of red tails is reported as red (NuPIC's _filterLikelihoods).
  // A run may pause for redGap non-red points (older states know only the point before).
  const sinceRed = Math.min(NEVER, (l.sinceRed ?? (l.prevTail <= RED_TAIL ? 0 : NEVER)) + 1);
  const red = tail <= RED_TAIL;
  const reported = red && sinceRed <= redGap + 1 ? YELLOW_TAIL : tail;
  l.sinceRed = red ? 0 : sinceRed;
  l.prevTail = tail;
  return Math.log(reported + 1e-10) / LOG_1E10;
}

/** The seasonal residual of log(1 + x) against its spread, through its own likelihood; 0 while off. */
function logSeasonView(c: HybridCore, x: number, k: number, redGap: number): number {
  if (!c.period || !c.counts || !(Number.isInteger(x) && x >= 0)) return 0;
  const lv = c.logValues;
  const ls = c.logSeasonal;
  if (!lv || !ls || lv.n < c.period || ls.n <= 16) return 0;
  const y = Math.log1p(x);
  const z = Math.abs(y - rollingAt(lv, c.period) - ls.mean) / Math.max(rollingStd(ls), 1e-9);
  const l = (c.lLog ??= likelihood(c.lValue.history.buf.length));
  return likelihoodUpdate(l, zScore(z, k), redGap, c.tailScale);
}

/** Keeps the log view's history (after the point is scored). */
function logSeasonPush(c: HybridCore, x: number): void {
  if (!c.period) return;
  c.counts = (c.counts ?? c.seen === 0) && Number.isInteger(x) && x >= 0;
  const lv = (c.logValues ??= rollingStats(c.values.buf.length));
  const ls = (c.logSeasonal ??= rollingStats(c.seasonal.buf.length));
  // A value that is not a count ends the view; 0 keeps the buffers aligned.
  const y = c.counts ? Math.log1p(x) : 0;
  if (lv.n >= c.period) rollingPush(ls, y - rollingAt(lv, c.period));
  rollingPush(lv, y);
}

/** Monotone map of the fused score: the red likelihood level (0.425) goes to 0.8. */
function calibrate(s: number): number {
  return s < 0.4 ? 2 * s : Math.min(1, 0.8 + (s - 0.4) / 3);
}

/** The window's bin counts (x and the RE_WINDOW - 1 values before it), kept in the core. */
function reBin(y: number, min: number, range: number): number {
  const b = Math.floor(((y - min) / range) * RE_BINS);
  return b < 0 ? 0 : b >= RE_BINS ? RE_BINS - 1 : b;
}

function windowBinCounts(c: HybridCore, x: number, range: number): Int32Array {
  // Older saved states have no bins: they start counting here.
  const w = (c.reWindow ??= { bins: new Uint8Array(RE_WINDOW), counts: new Int32Array(RE_BINS), pos: 0, min: 0, max: 0, seen: -2 });
  if (w.seen === c.seen - 1 && w.min === c.min && w.max === c.max) {
    // bins[pos] is the oldest value of the last window: it leaves, x takes its place.
    const b = reBin(x, c.min, range);
    w.counts[w.bins[w.pos]]--;
    w.counts[b]++;
    w.bins[w.pos] = b;
    w.pos = (w.pos + 1) % RE_WINDOW;
  } else {
    w.counts.fill(0);
    for (let k = 0; k < RE_WINDOW; k++) {
      const b = reBin(k === RE_WINDOW - 1 ? x : rollingAt(c.values, RE_WINDOW - 1 - k), c.min, range);
      w.bins[k] = b;
      w.counts[b]++;
    }
    w.pos = 0;
    w.min = c.min;
    w.max = c.max;
  }
  w.seen = c.seen;
  return w.counts;
}

/**
 * Relative entropy test: the histogram of x and the previous RE_WINDOW - 1 values, in RE_BINS
 * equal bins of the range seen before x (clamped), against every learned histogram. Returns true
 * when none agrees (2 W KL(hist || learned) >= chi-square threshold); the histogram is then
 * learned, replacing the least used one when RE_MAX are kept. The first histogram is not news.
 */
function distributionChanged(c: HybridCore, x: number): boolean {
  const v = c.values;
  const range = c.max - c.min;
  if (v.n < RE_WINDOW - 1 || c.seen < LIKELIHOOD_WARMUP || !(range > 0)) return false;
  // Bin counts of the window: kept from the point before (the value leaving the window out, x
  // in) while the range is unchanged, recounted otherwise. A window usually falls into the same
  // bins as the one before, and then the comparison with the learned histograms (up to 320
  // logarithms) is not redone either.
  const counts = windowBinCounts(c, x, range);
  // Older saved states have no memo: one is started.
  const memo = (c.reMemo ??= newMemo());
  let same = memo[RE_BINS] >= 0;
  for (let b = 0; same && b < RE_BINS; b++) same = memo[b] === counts[b];
  if (same) {
    c.reCount[memo[RE_BINS]]++;
    return false;
  }
  // Each share is added one at a time, exactly as a per-value histogram would sum it.
  const h = reHist;
  for (let b = 0; b < RE_BINS; b++) h[b] = SHARE_SUMS[counts[b]];
  let best = -1;
  let bestE = RE_CHI2;
  for (let m = 0; m < c.reM; m++) {
    const base = m * RE_BINS;
    let e = 0;
    for (let b = 0; b < RE_BINS; b++) {
      const p = h[b];
      if (p <= 0) continue;
      const q = c.reHyp[base + b];
      if (q <= 0) {
        e = Infinity;
        break;
      }
      e += p * Math.log(p / q);
    }
    e *= 2 * RE_WINDOW;
    if (e < bestE) {
      bestE = e;
      best = m;
    }
  }
  if (best >= 0) {
    c.reCount[best]++;
    memo.set(counts);
    memo[RE_BINS] = best;
    return false;
  }
  // A histogram is learned below: the memo no longer describes the learned set.
  memo[RE_BINS] = -1;
  let slot = c.reM;
  if (slot < RE_MAX) c.reM++;
  else {
    slot = 0;
    for (let m = 1; m < RE_MAX; m++) if (c.reCount[m] < c.reCount[slot]) slot = m;
  }
  for (let b = 0; b < RE_BINS; b++) c.reHyp[slot * RE_BINS + b] = h[b];
  c.reCount[slot] = 1;
  return c.reM > 1;
}

export class HybridDetector extends BaseDetector<HybridCore> {
  readonly algorithm = 'hybrid' as const;
  private readonly gain: number;
  private readonly fire: number;

  constructor(
    config: ResolvedConfig,
    minEffect: MinEffect | null = null,
    private readonly tuning: Readonly<HybridTuning> = DEFAULT_HYBRID_TUNING,
  ) {
    super(config, minEffect);
    this.gain = GAIN[config.sensitivity];
    // An alert (score at the configured confidence) starts the hold-off.
    this.fire = Math.max(0.05, config.confidenceThreshold / 100);
  }

  protected init(t: Timing): HybridCore {
    const w = clamp(t.windowPoints, 64, 8192);
    const period = Math.round(86400 / t.intervalSec);
    const history = Math.max(LIKELIHOOD_HISTORY, w);
    const daily = period >= 8 && period * 2 <= w;
    const weekPeriod = daily && 7 * period <= MAX_WEEK ? 7 * period : 0;
    const hourPeriod = this.tuning.hourlyMatch && t.intervalSec <= MAX_HOURLY_INTERVAL_SEC ? Math.round(3600 / t.intervalSec) : 0;
    return {
      values: rollingStats(w),
      resid: rollingStats(w),
      seasonal: rollingStats(w),
      week: rollingStats(weekPeriod ? weekPeriod + SEASON_JITTER + 1 : 1),
      weekly: rollingStats(weekPeriod ? w : 1),
      period: daily ? period : 0,
      weekPeriod,
      hourPeriod,
      hour: rollingStats(hourPeriod ? hourPeriod + SEASON_JITTER + 1 : 1),
      hourly: rollingStats(hourPeriod ? w : 1),
      jitter: SEASON_JITTER,
      ewma: 0,
      min: 0,
      max: 0,
      seen: 0,
      flat: flatRun(w),
      lValue: likelihood(history),
      lResid: likelihood(history),
      lSeason: likelihood(history),
      lFlat: likelihood(history),
      reHyp: new Float64Array(RE_MAX * RE_BINS),
      reCount: new Int32Array(RE_MAX),
      reM: 0,
      reMemo: newMemo(),
      tailScale: this.tuning.referenceSec > 0 ? Math.max(1, this.tuning.referenceSec / t.intervalSec) : 1,
      ...(this.tuning.dayEnvelope && !daily && { envelope: dayEnvelope(SLOW_SEC * 1000) }),
      ...(this.tuning.drift && { drift: drift(SLOW_SEC / t.intervalSec), driftRun: 0 }),
      hold: 0,
      holdLength: holdOffPoints(w, t.intervalSec),
      holdUntil: 0,
    };
  }

  protected step(c: HybridCore, x: number, timestamp: number): void {
    const out = this.out;
    const k = this.k;
    const v = c.values;
    const mean = v.mean;
    const sd = windowSpread(v);
    let expected = c.seen ? c.ewma : x;
    let spread = sd;
    const zFlat = flatRunUpdate(c.flat, x);
    const block = c.drift !== undefined && driftUpdate(c.drift, x, driftOut);
    let fused = 0;
    if (c.seen >= WARMUP) {
      let zValue = Math.abs(x - mean) / sd;
      const r = c.resid;
      const rsd = Math.max(rollingStd(r), 1e-9);
      let zResid = Math.abs(x - c.ewma - r.mean) / rsd;
      expected = c.ewma + r.mean;
      spread = rsd;
      let zSeason = -1;
      const s = c.seasonal;
      if (c.period && v.n >= c.period + c.jitter && s.n > 16) {
        const ssd = Math.max(rollingStd(s), 1e-9);
        zSeason = Math.abs(x - rollingAt(v, c.period) - s.mean) / ssd;
        // How well the same time yesterday (±jitter) explains x caps the level and jump views.
        let match = Infinity;
        for (let d = -c.jitter; d <= c.jitter; d++) {
          const e = Math.abs(x - rollingAt(v, c.period + d)) / ssd;
          if (e < match) match = e;
        }
        // Same for one week earlier, once a week (and the jitter) is in memory.
        const wk = c.week;
        if (c.weekPeriod && wk.n >= c.weekPeriod + c.jitter) {
          for (let d = -c.jitter; d <= c.jitter; d++) {
            const e = Math.abs(x - rollingAt(wk, c.weekPeriod + d)) / ssd;
            if (e < match) match = e;
          }
          const ws = c.weekly;
          if (ws.n > 16) {
            const zWeek = Math.abs(x - rollingAt(wk, c.weekPeriod) - ws.mean) / Math.max(rollingStd(ws), 1e-9);
            if (zWeek < zSeason) zSeason = zWeek;
          }
        }
        zValue = Math.min(zValue, match);
        zResid = Math.min(zResid, match);
      }
      let hourMatch = Infinity;
      const hr = c.hour;
      const hd = c.hourly;
      if (c.hourPeriod && hr && hd && hr.n >= c.hourPeriod + c.jitter && hd.n > 16) {
        // How well the same time one hour earlier (±jitter) explains x, against the spread of hourly changes.
        const hsd = Math.max(rollingStd(hd), 1e-9);
        let match = Infinity;
        for (let d = -c.jitter; d <= c.jitter; d++) {
          const e = Math.abs(x - rollingAt(hr, c.hourPeriod + d)) / hsd;
          if (e < match) match = e;
        }
        hourMatch = match;
      }
      const lv = likelihoodUpdate(c.lValue, zScore(zValue, k), this.tuning.redGap, c.tailScale);
      const lr = likelihoodUpdate(c.lResid, zScore(zResid, k), this.tuning.redGap, c.tailScale);
      const ls = zSeason >= 0 ? likelihoodUpdate(c.lSeason, zScore(zSeason, k), this.tuning.redGap, c.tailScale) : 0;
      const lf = likelihoodUpdate(c.lFlat, zScore(zFlat, k), this.tuning.redGap, c.tailScale);
      let strongest = Math.max(lv, lr, ls, lf);
      if (this.tuning.logSeason) strongest = Math.max(strongest, logSeasonView(c, x, k, this.tuning.redGap));
      // Whole decades of the tail: 3e-6 and 8e-6 are the same news; finer ranks only fit a threshold to the data.
      const q = this.tuning.decade;
      if (q > 0) strongest = Math.floor(strongest / q + 1e-9) * q;
      if (this.tuning.fusedRedFilter) {
        const red = strongest >= RED_LEVEL;
        if (red && c.wasRed) strongest = YELLOW_LEVEL;
        c.wasRed = red;
      }
      // A point the same time one hour earlier explains (within k σ of the hourly changes) is not red
      // news. Nor is one within the range of the same time yesterday (±30 min, when no day fits in the
      // window), or anything during probation (300 reference intervals, about a day, not 300 points):
      // such a point is at most yellow and a distribution change does not lift it either.
      if (hourMatch <= k && strongest >= RED_LEVEL) strongest = YELLOW_LEVEL;
      let quiet = false;
      if (strongest >= RE_NEEDS) {
        quiet = c.seen < LIKELIHOOD_WARMUP * (c.tailScale ?? 1) || (c.envelope !== undefined && explainedYesterday(c.envelope, timestamp, x));
        if (quiet && strongest >= RED_LEVEL) strongest = YELLOW_LEVEL;
      }
      // Slow drift: the first red block of a run alerts, unless an alert in the two hours compared
      // already reported the change, yesterday's 5-minute means explain it, or it is below the
      // minimum effect. The expected value is then x without the hour's change.
      if (block) {
        const red = driftOut.tail <= RED_TAIL && !(c.envelope && explainedYesterday(c.envelope, timestamp, driftOut.mean, true));
        c.driftRun = red ? (c.driftRun ?? 0) + 1 : 0;
        const reported = timestamp - (c.firedAt ?? -Infinity) <= 2 * DRIFT_LAG * SLOW_SEC * 1000;
        const big = this.minEffect === null || meetsMinEffect(driftOut.mean, driftOut.mean - driftOut.change, this.minEffect);
        if (c.driftRun === 1 && !reported && big && strongest < RED_LEVEL) {
          strongest = RED_LEVEL;
          expected = x - driftOut.change;
        }
      }
      fused = 0.85 * strongest;
      // A distribution change corroborated by a yellow likelihood counts as an alert.
      if (distributionChanged(c, x) && !quiet && strongest >= RE_NEEDS) fused = Math.max(fused, RE_LEVEL);
    }
    // Spatial anomaly: ranks above any likelihood.
    const range = c.max - c.min;
    if (c.seen >= RANGE_WARMUP && range > 0) {
      const tol = (c.seen >= RANGE_WARMUP * (c.tailScale ?? 1) ? this.tuning.rangeTolerance : GROSS_NOVELTY) * range;
      const beyond = x > c.max + tol ? x - c.max - tol : x < c.min - tol ? c.min - tol - x : -1;
      if (beyond >= 0) fused = Math.max(fused, 0.9 + 0.1 * Math.min(1, beyond / range));
    }
    // Capped by the minimum effect before the hold-off: a blip too small to flag starts none.
    let score = this.capped(calibrate(Math.min(1, fused * this.gain)), x, expected);
    // A state saved before the hold-off was bounded in time has no holdUntil: no hold-off.
    if (c.hold > 0 && timestamp < (c.holdUntil ?? 0)) {
      c.hold--;
      score *= this.tuning.damp;
    } else if (score >= this.fire) {
      c.hold = c.holdLength;
      c.holdUntil = timestamp + MAX_HOLD_OFF_MINUTES * 60_000;
      c.firedAt = timestamp;
    }
    out.score = score;
    out.expected = expected;
    out.lower = expected - k * spread;
    out.upper = expected + k * spread;
    if (c.seen > 0) {
      rollingPush(c.resid, x - c.ewma);
      if (c.period && v.n >= c.period) rollingPush(c.seasonal, x - rollingAt(v, c.period));
      if (c.weekPeriod && c.week.n >= c.weekPeriod) rollingPush(c.weekly, x - rollingAt(c.week, c.weekPeriod));
    }
    if (c.hourPeriod && c.hour && c.hourly) {
      if (c.hour.n >= c.hourPeriod) rollingPush(c.hourly, x - rollingAt(c.hour, c.hourPeriod));
      rollingPush(c.hour, x);
    }
    if (this.tuning.logSeason) logSeasonPush(c, x);
    if (c.envelope) envelopePush(c.envelope, timestamp, x);
    c.ewma = c.seen === 0 ? x : c.ewma + EWMA_ALPHA * (x - c.ewma);
    if (c.seen === 0 || x > c.max) c.max = x;
    if (c.seen === 0 || x < c.min) c.min = x;
    rollingPush(v, x);
    if (c.weekPeriod) rollingPush(c.week, x);
    c.seen++;
  }
}
