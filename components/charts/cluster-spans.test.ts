import { describe, expect, it } from 'vitest';
import { clusterSpans } from './cluster-spans';

const span = (start: number, end: number, score: number) => ({ start, end, score, item: `${start}-${end}` });

describe('clusterSpans', () => {
  it('merges spans whose gap is at most the threshold, keeping the highest score and every member, best first', () => {
    const c = clusterSpans([span(16, 25, 0.9), span(0, 10, 0.4), span(12, 14, 0.7)], 2);
    expect(c).toEqual([{ start: 0, end: 25, score: 0.9, items: ['16-25', '12-14', '0-10'] }]);
  });

  it('keeps spans one past the threshold apart', () => {
    const c = clusterSpans([span(0, 10, 0.4), span(13, 14, 0.7)], 2);
    expect(c.map((x) => [x.start, x.end])).toEqual([
      [0, 10],
      [13, 14],
    ]);
  });

  it('a span inside a longer one does not shorten the cluster', () => {
    expect(clusterSpans([span(0, 100, 0.2), span(10, 20, 0.5), span(101, 102, 0.1)], 1)).toEqual([
      { start: 0, end: 102, score: 0.5, items: ['10-20', '0-100', '101-102'] },
    ]);
  });

  it('returns nothing for nothing', () => {
    expect(clusterSpans([], 5)).toEqual([]);
  });
});
