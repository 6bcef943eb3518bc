// Seeded PRNG whose whole state is one uint32, so it fits in the JSON FleetState and a resumed
// simulation draws exactly the numbers an uninterrupted one would have drawn.

/** A mutable holder of a mulberry32 state. */
export interface Rng {
  s: number;
}

/** Uniform in [0, 1). mulberry32: tiny, fast, good enough for demo noise. */
export function next(r: Rng): number {
  let t = (r.s = (r.s + 0x6d2b79f5) | 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Standard normal (Box–Muller, one value per call: simpler state than caching the pair). */
export function gauss(r: Rng): number {
  const u = 1 - next(r);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next(r));
}

export function between(r: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * next(r);
}

export function intBetween(r: Rng, lo: number, hi: number): number {
  return Math.floor(between(r, lo, hi + 1));
}

export function chance(r: Rng, p: number): boolean {
  return next(r) < p;
}

export function pick<T>(r: Rng, items: readonly T[]): T {
  return items[Math.floor(next(r) * items.length)];
}

/** Poisson-ish count with mean m: the integer part plus a Bernoulli remainder (cheap, bounded). */
export function countWithMean(r: Rng, m: number): number {
  const whole = Math.floor(m);
  return whole + (next(r) < m - whole ? 1 : 0);
}

/** Short random token in base36, for request ids, message ids and the like. */
export function token(r: Rng, len = 8): string {
  let out = '';
  while (out.length < len) out += Math.floor(next(r) * 2176782336).toString(36);
  return out.slice(0, len);
}

/** Derives a seed from a base seed and a label (FNV-1a), so each plugin gets its own stream. */
export function deriveSeed(seed: number, label: string): number {
  let h = (2166136261 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}
