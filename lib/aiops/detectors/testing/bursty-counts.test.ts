import { describe, expect, it } from 'vitest';
import { burstyCounts } from './bursty-counts';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: number[]) => {
  const m = mean(xs);
  return xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1);
};

describe('bursty count series', () => {
  it('is integer-valued, non-negative, reproducible from its seed and different for another seed', () => {
    const a = burstyCounts({ seed: 3 });
    expect(a.every((p) => Number.isInteger(p.value) && p.value >= 0)).toBe(true);
    expect(burstyCounts({ seed: 3 })).toEqual(a);
    expect(burstyCounts({ seed: 4 }).map((p) => p.value)).not.toEqual(a.map((p) => p.value));
  });

  it('is overdispersed (variance well above the mean, unlike Poisson) and has a daily cycle', () => {
    const v = burstyCounts({ points: 288 * 14, shape: 4 }).map((p) => p.value);
    // Nights (rate 0.4 base) against afternoons (1.6 base) at 5-minute sampling.
    const night = v.filter((_, i) => i % 288 < 24);
    const day = v.filter((_, i) => i % 288 >= 132 && i % 288 < 156);
    expect(mean(day)).toBeGreaterThan(3 * mean(night));
    expect(variance(day)).toBeGreaterThan(2 * mean(day));
  });

  it('puts level shifts and spikes where they are asked for', () => {
    const v = burstyCounts({ points: 2000, daily: 0, shifts: [{ at: 1000, factor: 3 }], spikes: [{ at: 500, factor: 10, length: 3 }] }).map((p) => p.value);
    expect(mean(v.slice(1000))).toBeGreaterThan(2.5 * mean(v.slice(0, 1000)));
    expect(Math.min(...v.slice(500, 503))).toBeGreaterThan(3 * mean(v.slice(0, 500)));
  });
});
