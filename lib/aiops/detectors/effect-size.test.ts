import { describe, expect, it } from 'vitest';
import { capByEffect, createDetector, detectAnomalies, fromState, meetsMinEffect, MIN_EFFECT, minEffectFor, type MetricPoint } from './index';

const MINUTE = 60_000;
/** Two days of a steady 0.247 % error rate (fraction, with a little seeded noise), then `after` for 30 minutes. */
function errorRate(after: number): MetricPoint[] {
  let s = 9;
  const rand = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return (s + 0.5) / 4294967296;
  };
  const out: MetricPoint[] = [];
  const n = 2 * 1440 + 30;
  for (let i = 0; i < n; i++) {
    const noise = (rand() - 0.5) * 0.0001;
    out.push({ timestamp: Date.UTC(2024, 0, 1) + i * MINUTE, value: i < 2 * 1440 ? 0.00247 + noise : after });
  }
  return out;
}
const config = { metrics: ['error-rate' as const], algorithm: 'hybrid' as const, timeWindow: 2 * 86400, confidenceThreshold: 80 };
const maxAfter = (scores: number[]) => Math.max(...scores.slice(2 * 1440));
const scores = (points: MetricPoint[], options = {}) => {
  const d = createDetector(config, options);
  return points.map((p) => d.update(p).score);
};

describe('minimum effect size', () => {
  it('needs both parts at their bounds: the bound itself passes, just under it does not', () => {
    const err = MIN_EFFECT['error-rate'];
    expect(meetsMinEffect(err.absolute, 0, err)).toBe(true);
    expect(meetsMinEffect(0.0125, 0.0075, err)).toBe(true); // 0.5 pp
    expect(meetsMinEffect(0.0124, 0.0075, err)).toBe(false);
    const lat = MIN_EFFECT.latency;
    expect(meetsMinEffect(240, 200, lat)).toBe(true); // 40 ms = 20 % of 200
    expect(meetsMinEffect(239.9, 200, lat)).toBe(false);
    expect(meetsMinEffect(45, 20, lat)).toBe(true); // 25 ms, 125 %
    expect(meetsMinEffect(39.9, 20, lat)).toBe(false); // 19.9 ms
    expect(meetsMinEffect(44, 50, MIN_EFFECT['cpu-usage'])).toBe(true);
    expect(meetsMinEffect(45.1, 50, MIN_EFFECT['cpu-usage'])).toBe(false);
  });

  it('caps the score under the default threshold and under a lower configured one, never raises it', () => {
    const min = MIN_EFFECT['error-rate'];
    expect(capByEffect(0.97, 0.003, 0.0025, min, 80)).toBe(0.79);
    expect(capByEffect(0.97, 0.003, 0.0025, min, 60)).toBe(0.59);
    expect(capByEffect(0.3, 0.003, 0.0025, min, 80)).toBe(0.3);
    expect(capByEffect(0.97, 0.02, 0.0025, min, 80)).toBe(0.97);
    expect(capByEffect(0.97, 0.003, 0.0025, null, 80)).toBe(0.97);
  });

  it('takes the kind default, field-wise overrides, nothing for an unknown metric, and rejects negatives', () => {
    expect(minEffectFor('latency')).toEqual({ absolute: 20, relative: 0.2 });
    expect(minEffectFor('latency', { relative: 0.5 })).toEqual({ absolute: 20, relative: 0.5 });
    expect(minEffectFor('custom.metric')).toBeNull();
    expect(minEffectFor(undefined)).toBeNull();
    expect(minEffectFor('custom.metric', { absolute: 3, relative: 0 })).toEqual({ absolute: 3, relative: 0 });
    expect(() => minEffectFor('latency', { absolute: -1 })).toThrow(RangeError);
  });

  it('an error rate of 0.303 % against an expected 0.247 % is not flagged, though it is improbable', () => {
    const points = errorRate(0.00303);
    expect(maxAfter(scores(points))).toBeGreaterThanOrEqual(0.8);
    expect(maxAfter(scores(points, { metric: 'error-rate' }))).toBeLessThan(0.8);
    expect(detectAnomalies('error-rate', points, config).filter((a) => a.start >= points[2 * 1440].timestamp)).toEqual([]);
  });

  it('an error rate of 1.5 % is flagged; an override lowers the minimum per metric', () => {
    expect(maxAfter(scores(errorRate(0.015), { metric: 'error-rate' }))).toBeGreaterThanOrEqual(0.8);
    expect(maxAfter(scores(errorRate(0.00303), { metric: 'error-rate', minEffect: { absolute: 0.0005 } }))).toBeGreaterThanOrEqual(0.8);
  });

  it('is kept in saved state', () => {
    const points = errorRate(0.00303);
    const d = createDetector(config, { metric: 'error-rate' });
    for (const p of points.slice(0, 2 * 1440)) d.update(p);
    const restored = fromState(JSON.parse(JSON.stringify(d.getState())));
    expect(restored.minEffect).toEqual(MIN_EFFECT['error-rate']);
    expect(Math.max(...points.slice(2 * 1440).map((p) => restored.update(p).score))).toBeLessThan(0.8);
    expect(fromState(d.getState(), {}).minEffect).toBeNull();
  });
});
