// Heuristic detector: Skyline-style voting. Several cheap rules (deviation from the window
// mean, from an EWMA, of the 3-point tail average, from a sliding least-squares line, from the
// same time one day earlier, a new range extreme, a run of repeated values) each vote; the score is the
// share of votes plus how strongly the voters exceed their limit. O(1) per point.
import { BaseDetector, holdOffPoints, MAX_HOLD_OFF_MINUTES, type Timing } from './base';
import { clamp, flatRun, flatRunUpdate, refractory, refractoryApply, rollingAt, rollingPush, rollingStats, rollingStd, windowSpread, type FlatRun, type Refractory, type RollingStats } from './primitives';

interface HeuristicCore {
  values: RollingStats;
  seasonal: RollingStats;
  ewmaErr: RollingStats;
  period: number;
  ewma: number;
  seen: number;
  min: number;
  max: number;
  refr: Refractory;
  flat: FlatRun;
}

const RULES = 7;

export class HeuristicDetector extends BaseDetector<HeuristicCore> {
  readonly algorithm = 'heuristic' as const;
  protected init(t: Timing): HeuristicCore {
    const w = clamp(t.windowPoints, 64, 4096);
    const period = Math.round(86400 / t.intervalSec);
    return {
      values: rollingStats(w),
      seasonal: rollingStats(w),
      ewmaErr: rollingStats(w),
      period: period >= 8 && period * 2 <= w ? period : 0,
      ewma: 0,
      seen: 0,
      min: 0,
      max: 0,
      flat: flatRun(w),
      refr: refractory(holdOffPoints(Math.max(16, w >> 1), t.intervalSec), 0.6, 0.3, MAX_HOLD_OFF_MINUTES * 60_000),
    };
  }

  protected step(c: HeuristicCore, x: number, timestamp: number): void {
    const out = this.out;
    const v = c.values;
    const k = this.k;
    const mean = v.mean;
    const sd = windowSpread(v);
    const zFlat = flatRunUpdate(c.flat, x);
    let votes = 0;
    let excess = 0;
    // weight 2 for rules that are decisive on their own (a stuck series).
    const vote = (z: number, weight = 1) => {
      if (z >= k) {
        votes += weight;
        excess += Math.min(z / k - 1, 4);
      }
    };
    if (v.n >= 32) {
      // 1. stddev_from_average
      vote(Math.abs(x - mean) / sd);
      // 2. stddev_from_moving_average (EWMA residual against its own spread)
      const e = c.ewmaErr;
      vote(Math.abs(x - c.ewma - e.mean) / Math.max(rollingStd(e), 1e-9));
      // 3. tail_avg: mean of the last three points including this one
      vote(Math.abs((x + rollingAt(v, 1) + rollingAt(v, 2)) / 3 - mean) / sd);
      // 4. least_squares: distance from the line fitted to the last 16 points
      vote(lineResidual(v, x));
      // 5. seasonal difference against one day earlier
      if (c.period && v.n >= c.period && c.seasonal.n > 16) {
        const s = c.seasonal;
        vote(Math.abs(x - rollingAt(v, c.period) - s.mean) / Math.max(rollingStd(s), 1e-9));
      }
      // 6. new extreme beyond the range seen so far (by 5 % of the range)
      const range = c.max - c.min;
      if (range > 0 && (x > c.max + 0.05 * range || x < c.min - 0.05 * range)) {
        votes++;
        excess += Math.min((x > c.max ? x - c.max : c.min - x) / range, 4);
      }
      // 7. flatline: an improbably long run of repeated values
      vote(zFlat, 3);
    }
    const raw = votes === 0 ? 0 : Math.min(1, (votes + excess / (1 + excess)) / (RULES + 1));
    out.expected = c.seen ? c.ewma : x;
    out.score = refractoryApply(c.refr, this.capped(raw, x, out.expected), timestamp);
    out.lower = out.expected - k * sd;
    out.upper = out.expected + k * sd;
    if (c.seen > 0) {
      rollingPush(c.ewmaErr, x - c.ewma);
      if (c.period && v.n >= c.period) rollingPush(c.seasonal, x - rollingAt(v, c.period));
    }
    c.ewma = c.seen === 0 ? x : c.ewma + 0.1 * (x - c.ewma);
    if (c.seen === 0 || x > c.max) c.max = x;
    if (c.seen === 0 || x < c.min) c.min = x;
    rollingPush(v, x);
    c.seen++;
  }
}

/** z of x against a least-squares line through the previous 16 values. */
function lineResidual(v: RollingStats, x: number): number {
  const m = Math.min(16, v.n);
  let st = 0;
  let sy = 0;
  let stt = 0;
  let sty = 0;
  for (let i = 1; i <= m; i++) {
    const t = -i;
    const y = rollingAt(v, i);
    st += t;
    sy += y;
    stt += t * t;
    sty += t * y;
  }
  const den = m * stt - st * st;
  const slope = den ? (m * sty - st * sy) / den : 0;
  const icpt = (sy - slope * st) / m;
  let sse = 0;
  for (let i = 1; i <= m; i++) {
    const r = rollingAt(v, i) - (icpt - slope * i);
    sse += r * r;
  }
  const s = Math.sqrt(sse / Math.max(1, m - 2));
  return Math.abs(x - icpt) / Math.max(s, 1e-9 + 1e-6 * Math.abs(icpt));
}

