// Statistical detector: a windowed Gaussian. The last W values (W = timeWindow at the sampling
// interval) give a rolling mean and standard deviation; the score is the two-sided normal tail
// probability of the new value on NAB's log scale. O(1) per point, one ring buffer.
import { BaseDetector, type Timing } from './base';
import { clamp, flatRun, flatRunUpdate, rollingPush, rollingStats, windowSpread, zScore, type FlatRun, type RollingStats } from './primitives';

interface StatisticalCore {
  window: RollingStats;
  flat: FlatRun;
}

const MIN_POINTS = 32;
const MAX_POINTS = 8192;

export class StatisticalDetector extends BaseDetector<StatisticalCore> {
  readonly algorithm = 'statistical' as const;
  protected init(timing: Timing): StatisticalCore {
    const w = clamp(timing.windowPoints, MIN_POINTS, MAX_POINTS);
    return { window: rollingStats(w), flat: flatRun(w) };
  }

  protected step(c: StatisticalCore, x: number): void {
    const w = c.window;
    const out = this.out;
    const mean = w.mean;
    const sd = windowSpread(w);
    const zFlat = flatRunUpdate(c.flat, x);
    if (w.n >= 8) {
      const z = Math.max(Math.abs(x - mean) / sd, zFlat);
      // The score is 0.5 at k standard deviations (k from sensitivity) and 0.8 at 2k.
      out.score = zScore(z, this.k);
    } else out.score = 0;
    out.expected = mean;
    out.lower = mean - this.k * sd;
    out.upper = mean + this.k * sd;
    rollingPush(w, x);
  }
}
