import { describe, expect, it } from 'vitest';
import { histogramQuantile } from './histogram-quantile';

describe('histogramQuantile', () => {
  const bounds = [10, 20, 50];

  it('interpolates inside the bucket holding the rank, the first bucket starting at 0', () => {
    expect(histogramQuantile(0.5, { counts: [10, 0, 0, 0], bounds })).toBe(5);
    expect(histogramQuantile(0.5, { counts: [0, 10, 0, 0], bounds })).toBe(15);
    expect(histogramQuantile(0.95, { counts: [50, 40, 10, 0], bounds })).toBe(35);
  });

  it('tightens the outer buckets with the recorded min and max', () => {
    expect(histogramQuantile(0.5, { counts: [10, 0, 0, 0], bounds, min: 8 })).toBe(9);
    expect(histogramQuantile(0.99, { counts: [0, 0, 0, 10], bounds, max: 70 })).toBeCloseTo(69.8);
  });

  it('answers the last bound for a rank in the overflow bucket without a max, as Prometheus does', () => {
    expect(histogramQuantile(0.99, { counts: [0, 0, 0, 10], bounds })).toBe(50);
  });

  it('has no answer without observations, with mismatched buckets, or with one bucket and no max', () => {
    expect(histogramQuantile(0.5, { counts: [0, 0, 0, 0], bounds })).toBeNull();
    expect(histogramQuantile(0.5, { counts: [1, 2], bounds })).toBeNull();
    expect(histogramQuantile(0.5, { counts: [4], bounds: [] })).toBeNull();
    expect(histogramQuantile(0.5, { counts: [4], bounds: [], max: 3 })).toBe(3);
  });
});
