// Deterministic bursty count series for tests (never for tuning): integer values drawn from a
// gamma-Poisson (negative binomial) around a daily-seasonal rate, like request counts, traffic
// sensors or social-media volumes, with known level shifts and spikes injected.
import type { MetricPoint } from '../types';

export interface BurstyCountOptions {
  points?: number;
  /** Sampling interval, ms (default 5 minutes). */
  intervalMs?: number;
  /** Mean count at the daily average. */
  base?: number;
  /** Daily swing as a share of base (0.6: rate between 0.4 and 1.6 base). */
  daily?: number;
  /** Negative binomial shape: smaller is burstier (variance mean + mean^2 / shape). */
  shape?: number;
  /** Rate multiplier from a row on (a level shift). */
  shifts?: ReadonlyArray<{ at: number; factor: number }>;
  /** Rate multiplier for `length` rows from a row (a spike or burst). */
  spikes?: ReadonlyArray<{ at: number; factor: number; length?: number }>;
  seed?: number;
}

/** A small seeded generator (mulberry32): the same seed gives the same series everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
}

/** Gamma(shape, 1) by Marsaglia and Tsang (with the shape < 1 boost). */
function gamma(rand: () => number, shape: number): number {
  if (shape < 1) return gamma(rand, shape + 1) * Math.pow(rand(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const n = Math.sqrt(-2 * Math.log(rand())) * Math.cos(2 * Math.PI * rand());
    const v = (1 + c * n) ** 3;
    if (v > 0 && Math.log(rand()) < 0.5 * n * n + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Poisson(mean): Knuth's product for small means, a rounded normal for large ones. */
function poisson(rand: () => number, mean: number): number {
  if (mean > 500) return Math.max(0, Math.round(mean + Math.sqrt(mean) * Math.sqrt(-2 * Math.log(rand())) * Math.cos(2 * Math.PI * rand())));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}

export function burstyCounts(options: BurstyCountOptions = {}): MetricPoint[] {
  const n = options.points ?? 4032;
  const interval = options.intervalMs ?? 300_000;
  const base = options.base ?? 40;
  const daily = options.daily ?? 0.6;
  const shape = options.shape ?? 8;
  const rand = random(options.seed ?? 11);
  const perDay = 86_400_000 / interval;
  const t0 = Date.UTC(2024, 0, 1);
  const out: MetricPoint[] = [];
  for (let i = 0; i < n; i++) {
    let rate = base * (1 + daily * Math.sin((2 * Math.PI * i) / perDay - Math.PI / 2));
    for (const s of options.shifts ?? []) if (i >= s.at) rate *= s.factor;
    for (const s of options.spikes ?? []) if (i >= s.at && i < s.at + (s.length ?? 1)) rate *= s.factor;
    out.push({ timestamp: t0 + i * interval, value: poisson(rand, (rate * gamma(rand, shape)) / shape) });
  }
  return out;
}
