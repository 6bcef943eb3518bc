import { describe, expect, it } from 'vitest';
import { DEFAULT_HYBRID_TUNING, HybridDetector, resolveConfig, toAnomalyRecords, type HybridTuning } from './index';
import { fineSeries } from './testing/fine-series';
import { syntheticSeries } from './testing/synthetic';
import type { MetricPoint } from './types';

// The hybrid's alert levels are meant per unit of time (NuPIC's 5-minute data), not per point:
// a series sampled every 10 s must not alert 30 times as often, nor judge range novelty after 50 minutes.
const DAY_10S = 8640;
/** 300 reference intervals of 5 minutes at 10 s: the likelihoods' probation (a multiple of the 360-point hour). */
const PROBATION_10S = 9000;
const config = resolveConfig({ algorithm: 'hybrid' });

function scores(points: MetricPoint[], tuning: Partial<HybridTuning> = {}): number[] {
  const d = new HybridDetector(config, null, { ...DEFAULT_HYBRID_TUNING, ...tuning });
  return points.map((p) => d.update(p).score);
}

function secondDayAnomalies(points: MetricPoint[], tuning: Partial<HybridTuning> = {}): number {
  const d = new HybridDetector(config, null, { ...DEFAULT_HYBRID_TUNING, ...tuning });
  const outputs = points.map((p) => d.update(p));
  return toAnomalyRecords('latency', points, outputs, config.confidenceThreshold).filter((a) => a.start >= points[DAY_10S].timestamp).length;
}

describe('hybrid at a fine sampling interval', () => {
  it.each([1, 2, 3])('raises at most 3 anomalies a day on clean 10-second noise that wanders (seed %i), fewer than with per-point levels', (seed) => {
    const points = fineSeries({ points: 2 * DAY_10S, seed });
    // The hourly match and yesterday's envelope are off here, to see this rule alone.
    const perTime = secondDayAnomalies(points, { hourlyMatch: false, dayEnvelope: false });
    expect(perTime).toBeLessThanOrEqual(3);
    expect(secondDayAnomalies(points, { hourlyMatch: false, dayEnvelope: false, referenceSec: 0 })).toBeGreaterThan(perTime);
  });

  it.each([
    ['doubles', 2, 1],
    ['halves', 0.5, 6],
  ])('still flags a level that %s within %i points', (_, factor, within) => {
    const at = DAY_10S + 3000;
    const s = scores(fineSeries({ points: at + 60, seed: 1, shift: { at, factor } }));
    expect(Math.max(...s.slice(at, at + within))).toBeGreaterThanOrEqual(0.8);
  });

  it('leaves 5-minute data as it was: the levels hold per point at the reference interval', () => {
    const points = syntheticSeries('level-shift');
    expect(scores(points)).toEqual(scores(points, { referenceSec: 0 }));
  });

  it('judges a slight range novelty only after 300 reference intervals (9000 points at 10 s), a gross one after 300 points', () => {
    // A new extreme half a range beyond what was seen: no spatial anomaly (≥ 0.967) before the day
    // is seen, only likelihoods (at most 0.95). Beyond by more than the range's width: spatial at once.
    const slight = (at: number) => {
      const seen = fineSeries({ points: at, seed: 2 }).map((p) => p.value);
      const min = Math.min(...seen);
      const max = Math.max(...seen);
      return max + 0.5 * (max - min);
    };
    const before = scores(fineSeries({ points: 9001, seed: 2, spike: { at: 8999, value: slight(8999) } }));
    expect(before[8999]).toBeLessThan(0.96);
    const early = scores(fineSeries({ points: 400, seed: 2, spike: { at: 350, value: slight(350) } }));
    expect(early[350]).toBeLessThan(0.96);
    const at = scores(fineSeries({ points: 9001, seed: 2, spike: { at: 9000, value: 10_000 } }));
    expect(at[9000]).toBeGreaterThanOrEqual(0.967);
    const gross = scores(fineSeries({ points: 400, seed: 2, spike: { at: 350, value: 10_000 } }));
    expect(gross[350]).toBeGreaterThanOrEqual(0.967);
    const tooEarly = scores(fineSeries({ points: 400, seed: 2, spike: { at: 299, value: 10_000 } }));
    expect(tooEarly[299]).toBeLessThan(0.96);
  });
});

describe('hybrid probation in time', () => {
  it.each([
    [PROBATION_10S - 180, false],
    [PROBATION_10S + 180, true],
  ])('a level that doubles at point %i (probation: 300 reference intervals, 9000 points at 10 s) is flagged within 10 minutes: %s', (at, flagged) => {
    const s = scores(fineSeries({ points: at + 60, seed: 1, shift: { at, factor: 2 } }));
    expect(Math.max(...s.slice(at)) >= 0.8).toBe(flagged);
  });
});

describe('hybrid hourly match (sampling of a minute or finer)', () => {
  // A 3-minute job every hour at 10-second sampling: 18 points at 1.8× the level every 360 points.
  const jobs = { every: 360, length: 18, factor: 1.8 };

  it('flags an hourly job less than half as often as without the rule', () => {
    let withRule = 0;
    let without = 0;
    for (const seed of [1, 2, 3]) {
      const points = fineSeries({ points: 2 * DAY_10S, seed, jobs });
      withRule += secondDayAnomalies(points);
      without += secondDayAnomalies(points, { hourlyMatch: false });
    }
    expect(withRule).toBeLessThanOrEqual(12);
    expect(2 * withRule).toBeLessThan(without);
  });

  it('flags a level that triples between two runs of the job within two minutes, as soon as without the rule', () => {
    const at = PROBATION_10S + 180; // half past, between two runs, after probation
    const points = fineSeries({ points: at + 60, seed: 1, jobs, shift: { at, factor: 3 } });
    const first = (s: number[]) => s.slice(at).findIndex((x) => x >= 0.8);
    const found = first(scores(points));
    expect(found).toBeGreaterThanOrEqual(0);
    expect(found).toBeLessThanOrEqual(12);
    expect(found).toBe(first(scores(points, { hourlyMatch: false })));
  });

  it.each([
    [60_000, 60],
    [61_000, 0],
  ])('at %i ms per point keeps an hour of %i points (none above a minute)', (intervalMs, hourPeriod) => {
    const d = new HybridDetector(config);
    for (const p of fineSeries({ points: 10, intervalMs, seed: 3 })) d.update(p);
    expect((d.getState().data as { core: { hourPeriod: number } }).core.hourPeriod).toBe(hourPeriod);
  });
});
