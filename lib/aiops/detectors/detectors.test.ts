import { describe, expect, it } from 'vitest';
import { createDetector, fromState, scoreSeries, type DetectorAlgorithm } from './index';
import { ANOMALY_AT, syntheticSeries, type Injected } from './testing/synthetic';
import { detectAnomalies } from './records';
import { decodeState, encodeState } from './state';

const ALGORITHMS: DetectorAlgorithm[] = ['statistical', 'heuristic', 'machine-learning', 'hybrid'];
const config = (algorithm: DetectorAlgorithm) => ({ metrics: ['cpu-usage' as const], algorithm, timeWindow: 86400 });
const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), 0);

describe.each(ALGORITHMS)('%s detector', (algorithm) => {
  const clean = scoreSeries(syntheticSeries('none'), config(algorithm));
  const cleanMax = max(clean.slice(300));

  it('keeps scores in [0, 1] and does not flag clean noise at the default threshold', () => {
    expect(clean.every((s) => s >= 0 && s <= 1)).toBe(true);
    expect(cleanMax).toBeLessThan(0.8);
    expect(detectAnomalies('cpu-usage', syntheticSeries('none').slice(300), { ...config(algorithm), confidenceThreshold: 80 })).toEqual([]);
  });

  it.each<Injected>(['spike', 'level-shift', 'flatline'])('flags a %s well above clean noise', (kind) => {
    const s = scoreSeries(syntheticSeries(kind), config(algorithm));
    const hit = max(s.slice(ANOMALY_AT, ANOMALY_AT + 60));
    expect(hit).toBeGreaterThan(Math.max(1.25 * cleanMax, cleanMax + 0.05));
  });

  it('is causal: scores of a prefix equal the first scores of the whole series', () => {
    const points = syntheticSeries('spike');
    const whole = scoreSeries(points, config(algorithm));
    const prefix = scoreSeries(points.slice(0, 1234), config(algorithm));
    expect(prefix).toEqual(whole.slice(0, 1234));
  });

  it('resumes from JSON state with identical subsequent outputs', () => {
    const points = syntheticSeries('level-shift');
    const a = createDetector(config(algorithm));
    const expected = points.map((p) => a.update(p));
    for (const cut of [3, 700]) {
      const b = createDetector(config(algorithm));
      for (const p of points.slice(0, cut)) b.update(p);
      const restored = fromState(JSON.parse(JSON.stringify(b.getState())));
      expect(points.slice(cut).map((p) => restored.update(p))).toEqual(expected.slice(cut));
    }
  });

  it('reports an expected value inside its band', () => {
    const d = createDetector(config(algorithm));
    for (const p of syntheticSeries('none', 600)) {
      const o = d.update(p);
      expect(o.lower).toBeLessThanOrEqual(o.expected);
      expect(o.upper).toBeGreaterThanOrEqual(o.expected);
    }
  });
});

describe('config', () => {
  it('rejects a timeWindow under 60 s and thresholds outside 0..100', () => {
    expect(() => createDetector({ metrics: ['latency'], timeWindow: 30 })).toThrow(RangeError);
    expect(() => createDetector({ metrics: ['latency'], confidenceThreshold: 120 })).toThrow(RangeError);
  });

  it('flags less at low sensitivity than at high', () => {
    const points = syntheticSeries('spike');
    const low = scoreSeries(points, { ...config('statistical'), sensitivity: 'low' });
    const high = scoreSeries(points, { ...config('statistical'), sensitivity: 'high' });
    expect(low[ANOMALY_AT]).toBeLessThan(high[ANOMALY_AT]);
  });
});

describe('detector state encoding', () => {
  it('writes doubles as base64 bytes, reads them back exactly, and still reads the older number lists', () => {
    const values = Float64Array.from([0, -0, 1 / 3, 1e-300, -1.7976931348623157e308, 42]);
    const encoded = encodeState({ buf: values }) as { buf: { $f64b: string } };
    expect(typeof encoded.buf.$f64b).toBe('string');
    const back = decodeState<{ buf: Float64Array }>(JSON.parse(JSON.stringify(encoded)));
    expect(back.buf).toBeInstanceOf(Float64Array);
    expect(Array.from(back.buf)).toEqual(Array.from(values));
    expect(Object.is(back.buf[1], -0)).toBe(true);
    expect(Array.from(decodeState<{ buf: Float64Array }>({ buf: { $f64: [1.5, 2] } }).buf)).toEqual([1.5, 2]);
    expect(() => encodeState({ buf: Float64Array.from([1, Number.NaN]) })).toThrow(/non-finite/);
  });
});
