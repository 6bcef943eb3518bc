import { describe, expect, it } from 'vitest';
import { BENCH_PROMPTS } from './prompts';
import { FORMAT_CASES, percentile, timeFormats } from './time-formats';

describe('timeFormats', () => {
  it('times every format through generate()', async () => {
    const rows = await timeFormats(BENCH_PROMPTS.slice(0, 3));
    expect(rows.map((r) => r.format)).toEqual(FORMAT_CASES.map((c) => c.format));
    for (const r of rows) {
      expect(r.timed + r.refused).toBe(3);
      expect(r.medianMs).toBeLessThanOrEqual(r.p95Ms);
    }
  });

  it('percentile is nearest-rank', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
    expect(percentile([], 0.5)).toBe(0);
  });
});
