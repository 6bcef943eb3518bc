// Which store a chart reads: raw points while a pixel covers at most a minute, then the
// coarsest roll-up whose bucket is at most 1.5 pixels wide, so a week reads quarter hours.
import { describe, expect, it } from 'vitest';
import { chooseSource } from './query-series';

const S = 1000;

describe('choosing the source of a series', () => {
  it.each([
    [60 * S, 'raw', 60 * S],
    [61 * S, 'rollup-1m', 120 * S],
    [599 * S, 'rollup-1m', 600 * S],
    [600 * S, 'rollup-15m', 900 * S],
    [901 * S, 'rollup-15m', 1800 * S],
    [2399 * S, 'rollup-15m', 2700 * S],
    [2400 * S, 'rollup-1h', 3600 * S],
    [86_400 * S, 'rollup-1h', 86_400 * S],
  ] as const)('a pixel of %i ms reads %s in buckets of %i ms', (perPixel, source, bucketMs) => {
    expect(chooseSource(perPixel * 1000, 1000)).toEqual({ source, bucketMs });
  });

  it('reads a week across 960 px from quarter hours (672 points), not 10 080 minutes', () => {
    expect(chooseSource(7 * 86_400 * S, 960)).toEqual({ source: 'rollup-15m', bucketMs: 900 * S });
  });
});
