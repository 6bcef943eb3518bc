// Machine-learning detector: k-nearest-neighbour conformal detection (after KNN-CAD, Burnaev &
// Ishimtsev). Each point closes a D-point shape vector (values scaled by the window's spread);
// its non-conformity is the mean distance to its k nearest earlier shapes in the window. The
// log non-conformity is compared with its own rolling Gaussian; the tail gives the score.
import { BaseDetector, holdOffPoints, MAX_HOLD_OFF_MINUTES, type Timing } from './base';
import { clamp, flatRun, flatRunUpdate, refractory, refractoryApply, rollingPush, rollingStats, rollingStd, windowSpread, zScore, type FlatRun, type Refractory, type RollingStats } from './primitives';

const DIM = 8;
const K = 5;

interface MlCore {
  values: RollingStats;
  /**
   * The same values twice over (slot i and i + cap), newest at lin[head] and lin[head + cap], so
   * the shapes of any lag are read contiguously backwards from head + cap without wrapping.
   */
  lin: Float64Array;
  head: number;
  /** Reused current shape: x, then the previous DIM - 1 values. */
  shape: Float64Array;
  /** Rolling Gaussian of log non-conformity scores. */
  ncm: RollingStats;
  /** Reused k smallest distances. */
  best: Float64Array;
  train: number;
  refr: Refractory;
  flat: FlatRun;
}

export class MachineLearningDetector extends BaseDetector<MlCore> {
  readonly algorithm = 'machine-learning' as const;
  protected init(t: Timing): MlCore {
    const w = clamp(t.windowPoints, 64, 1024);
    return {
      values: rollingStats(w),
      lin: new Float64Array(2 * w),
      head: w - 1,
      shape: new Float64Array(DIM),
      ncm: rollingStats(w),
      best: new Float64Array(K),
      train: w - DIM,
      flat: flatRun(w),
      refr: refractory(holdOffPoints(Math.max(16, w >> 1), t.intervalSec), 0.8, 0.3, MAX_HOLD_OFF_MINUTES * 60_000),
    };
  }

  protected step(c: MlCore, x: number, timestamp: number): void {
    const out = this.out;
    const v = c.values;
    const mean = v.mean;
    const sd = windowSpread(v);
    const zFlat = flatRunUpdate(c.flat, x);
    let score = zFlat > 0 ? zScore(zFlat, this.k) : 0;
    let expected = mean;
    if (v.n >= DIM + 4 * K) {
      // Candidate shapes end at lag j (j >= DIM so they don't overlap the current shape's newest point).
      const best = c.best;
      best.fill(Infinity);
      const maxLag = Math.min(v.n, c.train + DIM) - DIM + 1;
      const lin = c.lin;
      const cap = v.buf.length;
      // lin[top - j] is the value pushed j steps ago (j = 1 most recent), for 1 <= j <= cap.
      const top = c.head + cap + 1;
      const q = c.shape;
      q[0] = x;
      for (let i = 1; i < DIM; i++) q[i] = lin[top - i];
      let nearest = mean;
      let worst = Infinity;
      for (let j = DIM; j < maxLag; j++) {
        // distance between [x, v(1..DIM-1)] and [v(j), v(j+1..j+DIM-1)]
        const b = top - j;
        let e = q[0] - lin[b];
        let d = e * e;
        for (let i = 1; i < DIM && d < worst; i++) {
          e = q[i] - lin[b - i];
          d += e * e;
        }
        if (d < worst) {
          let p = K - 1;
          while (p > 0 && best[p - 1] > d) {
            best[p] = best[p - 1];
            p--;
          }
          best[p] = d;
          worst = best[K - 1];
          if (p === 0) nearest = lin[b];
        }
      }
      let s = 0;
      for (let i = 0; i < K; i++) s += Math.sqrt(best[i]);
      const a = Math.log(1e-3 + s / (K * sd));
      const n = c.ncm;
      if (n.n >= 32) score = Math.max(score, zScore(Math.max(0, a - n.mean) / Math.max(rollingStd(n), 1e-3), this.k));
      rollingPush(n, a);
      // The point that ended the nearest earlier shape is what this shape predicts for x.
      expected = nearest;
    }
    out.score = refractoryApply(c.refr, this.capped(score, x, expected), timestamp);
    out.expected = expected;
    out.lower = expected - this.k * sd;
    out.upper = expected + this.k * sd;
    rollingPush(v, x);
    const cap = v.buf.length;
    c.head = c.head + 1 === cap ? 0 : c.head + 1;
    c.lin[c.head] = x;
    c.lin[c.head + cap] = x;
  }
}
