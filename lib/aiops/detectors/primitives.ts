// Small numeric building blocks shared by the detectors: normal tail probabilities, a
// fixed-size rolling mean/variance, a refractory period and flatline evidence.
// All state lives in plain objects of numbers and typed arrays so it serialises to JSON.

/** Complementary error function (Numerical Recipes erfcc, relative error < 1.2e-7). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Upper tail P(Z > z) of the standard normal. */
export function normalTail(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** Maps a deviation z >= 0 (in standard deviations) to [0, 1): 0.5 at z = half, never saturating. */
export function zScore(z: number, half: number): number {
  const q = z * z;
  return q / (q + half * half);
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

// ---------------------------------------------------------------- rolling window statistics

export interface RollingStats {
  buf: Float64Array;
  pos: number;
  n: number;
  mean: number;
  m2: number;
}

export function rollingStats(capacity: number): RollingStats {
  return { buf: new Float64Array(Math.max(1, capacity)), pos: 0, n: 0, mean: 0, m2: 0 };
}

/** Pushes x, evicting the oldest value once full (sliding Welford update). */
export function rollingPush(r: RollingStats, x: number): void {
  const cap = r.buf.length;
  if (r.n < cap) {
    r.n++;
    const d = x - r.mean;
    r.mean += d / r.n;
    r.m2 += d * (x - r.mean);
  } else {
    const y = r.buf[r.pos];
    const old = r.mean;
    r.mean += (x - y) / cap;
    r.m2 += (x - y) * (x - r.mean + y - old);
    if (r.m2 < 0) r.m2 = 0;
  }
  r.buf[r.pos] = x;
  r.pos = r.pos + 1 === cap ? 0 : r.pos + 1;
}

export function rollingStd(r: RollingStats): number {
  return r.n > 1 ? Math.sqrt(r.m2 / (r.n - 1)) : 0;
}

/** The window's standard deviation, floored relative to its mean (and absolutely) so flat series do not explode. */
export function windowSpread(r: RollingStats): number {
  return Math.max(rollingStd(r), 1e-6 * Math.abs(r.mean), 1e-9);
}

/** The value pushed `lag` steps ago (lag 1 = most recent); requires lag <= n. */
export function rollingAt(r: RollingStats, lag: number): number {
  let i = r.pos - lag;
  if (i < 0) i += r.buf.length;
  return r.buf[i];
}

// ---------------------------------------------------------------- refractory period

/**
 * After a score reaches `fire`, later scores are damped for `hold` points so one incident
 * raises one alert (NAB's HTM, CAD OSE and ARTime do the same), and never past `until`
 * (epoch ms): the hold-off is bounded in time too, so no state (also one saved before the
 * bound existed) mutes a metric for longer than `maxMs`.
 */
export interface Refractory {
  since: number;
  hold: number;
  fire: number;
  damp: number;
  until?: number;
  maxMs?: number;
}

export function refractory(hold: number, fire: number, damp: number, maxMs: number): Refractory {
  return { since: hold, hold, fire, damp, until: 0, maxMs };
}

export function refractoryApply(r: Refractory, score: number, timestamp: number): number {
  r.since++;
  if (r.since <= r.hold && timestamp < (r.until ?? 0)) return score * r.damp;
  if (score >= r.fire) {
    r.since = 0;
    r.until = timestamp + (r.maxMs ?? 0);
  }
  return score;
}

// ---------------------------------------------------------------- flatline

/**
 * Flatline evidence: the run of exactly repeated values, judged against how often the series
 * repeats a value at all (EWMA of the repeat rate, floored at `floor`). A run of r repeats has
 * probability rate^r; that tail is returned as an equivalent normal deviation.
 */
export interface FlatRun {
  last: number;
  run: number;
  rate: number;
  alpha: number;
  floor: number;
  started: boolean;
}

/** Shorter runs never count: stuck sensors and dead exporters repeat for a while. */
const MIN_FLAT_RUN = 12;

export function flatRun(memory: number): FlatRun {
  return { last: 0, run: 0, rate: 0.5, alpha: 1 / memory, floor: 1 / memory, started: false };
}

/** Returns the deviation (in standard deviations) that a run this long represents. */
export function flatRunUpdate(f: FlatRun, x: number): number {
  if (!f.started) {
    f.started = true;
    f.last = x;
    return 0;
  }
  const repeat = x === f.last ? 1 : 0;
  const rate = Math.max(f.rate, f.floor);
  f.run = repeat ? f.run + 1 : 0;
  f.rate += f.alpha * (repeat - f.rate);
  f.last = x;
  if (f.run < MIN_FLAT_RUN || rate >= 0.5) return 0;
  // ln(1 / rate^run) -> z with P(Z > z) ~ e^(-z^2/2)
  return Math.sqrt(2 * f.run * -Math.log(rate));
}
