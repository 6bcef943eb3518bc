import { describe, expect, it } from 'vitest';
import { drift, driftUpdate, type DriftResult } from './drift';
import { HybridDetector, resolveConfig } from './index';

// 10-second points: 30 to a 5-minute block, 360 to an hour.
const HOUR = 360;
const WARM = 28 * HOUR;

/** Noise around 100 (seeded, wandering for a few points) with an optional ramp (share of 100 per hour) and a blip. */
function series(n: number, options: { rampAt?: number; perHour?: number; blipAt?: number } = {}): number[] {
  let s = 7;
  const rand = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return (s + 0.5) / 4294967296;
  };
  let w = 0;
  return Array.from({ length: n }, (_, i) => {
    w = 0.8 * w + (rand() - 0.5) * 6;
    let v = 100 + w;
    if (options.rampAt !== undefined && i >= options.rampAt) v += ((i - options.rampAt) / HOUR) * 100 * (options.perHour ?? 0);
    if (options.blipAt !== undefined && i >= options.blipAt && i < options.blipAt + 3) v *= 5;
    return v;
  });
}

function redBlocks(values: number[]): number[] {
  const d = drift(30);
  const out: DriftResult = { change: 0, tail: 1, mean: 0 };
  const red: number[] = [];
  values.forEach((x, i) => {
    if (driftUpdate(d, x, out) && out.tail <= 1e-5) red.push(i);
  });
  return red;
}

describe('slow drift', () => {
  it('finds a ramp of 10 % an hour within 90 minutes and nothing in the day before it', () => {
    const red = redBlocks(series(WARM + 2 * HOUR, { rampAt: WARM, perHour: 0.1 }));
    expect(red.length).toBeGreaterThan(0);
    expect(red[0]).toBeGreaterThanOrEqual(WARM);
    expect(red[0] - WARM).toBeLessThanOrEqual(1.5 * HOUR);
  });

  it('does not report a 30-second blip to five times the level a second time as a drift (its own alert reported the change)', () => {
    const values = series(WARM + 3 * HOUR, { blipAt: WARM });
    // The hour means do move: the drift view alone is red.
    expect(redBlocks(values).length).toBeGreaterThan(0);
    const d = new HybridDetector(resolveConfig({ algorithm: 'hybrid' }));
    const flagged = values.map((value, i) => d.update({ timestamp: i * 10_000, value }).score).flatMap((score, i) => (score >= 0.8 ? [i] : []));
    expect(flagged).toEqual([WARM]);
  });

  it('lets the hybrid flag the ramp after its probation, with the same scores from a restored state', () => {
    const config = resolveConfig({ algorithm: 'hybrid' });
    const values = series(WARM + 2 * HOUR, { rampAt: WARM, perHour: 0.1 });
    const d = new HybridDetector(config);
    const flagged: number[] = [];
    let copy: HybridDetector | null = null;
    const copyScores: number[] = [];
    const scores: number[] = [];
    values.forEach((value, i) => {
      const o = d.update({ timestamp: i * 10_000, value });
      scores.push(o.score);
      if (copy) copyScores.push(copy.update({ timestamp: i * 10_000, value }).score);
      if (i === WARM - 1) copy = new HybridDetector(config).restore(d.getState());
      if (o.score >= 0.8) flagged.push(i);
    });
    expect(flagged.filter((i) => i < WARM)).toEqual([]);
    expect(flagged.length).toBeGreaterThanOrEqual(1);
    expect(flagged[0] - WARM).toBeLessThanOrEqual(1.5 * HOUR);
    expect(copyScores).toEqual(scores.slice(WARM));
  });
});
