import { describe, expect, it } from 'vitest';
import { leaveOneCategoryOut, type CategorisedSeries } from './leave-one-category-out';
import { scaledSigmoid, scoreCorpus, REWARD_LOW_FN_PROFILE } from './scorer';

// 1000 rows each -> probation 150; one window [500, 599] per series.
const series = (category: string, name: string): CategorisedSeries => ({ name, category, length: 1000, windows: [[500, 599]] });
const scores = (hits: Record<number, number>) => {
  const s = new Float64Array(1000);
  for (const [row, v] of Object.entries(hits)) s[Number(row)] = v;
  return s;
};
const corpus = [series('a', 'a1'), series('a', 'a2'), series('b', 'b1'), series('c', 'c1')];

describe('leave-one-category-out NAB score', () => {
  it('equals the plain score when one threshold suits every category', () => {
    const s = corpus.map(() => scores({ 500: 0.9, 300: 0.2 }));
    const loco = leaveOneCategoryOut(corpus, [{ name: 'd', scores: s }]);
    expect(loco.normalized).toBeCloseTo(scoreCorpus(corpus, s).normalized, 10);
    expect(loco.normalized).toBeCloseTo(100, 10);
    expect(loco.categories.map((c) => c.category)).toEqual(['a', 'b', 'c']);
  });

  it('scores a category with the threshold chosen on the others, not on itself', () => {
    // Category c's window is hit only at 0.5, where a and b have a false positive each; the
    // others prefer a threshold above 0.5, so held-out c misses its window.
    const s = [scores({ 500: 0.9, 300: 0.5 }), scores({ 500: 0.9, 300: 0.5 }), scores({ 500: 0.9, 300: 0.5 }), scores({ 500: 0.5 })];
    const plain = scoreCorpus(corpus, s);
    const loco = leaveOneCategoryOut(corpus, [{ name: 'd', scores: s }]);
    const c = loco.categories.find((x) => x.category === 'c')!;
    expect(c.threshold).toBe(0.9);
    expect(c.raw).toBe(-1);
    expect(c.normalized).toBe(0);
    expect(loco.normalized).toBeLessThan(plain.normalized);
  });

  it('picks the candidate on the other categories and honours the profile', () => {
    const good = corpus.map(() => scores({ 500: 0.9 }));
    const late = corpus.map((_, i) => scores(i === 3 ? { 500: 0.9 } : { 599: 0.9 }));
    const loco = leaveOneCategoryOut(corpus, [{ name: 'late', scores: late }, { name: 'good', scores: good }], REWARD_LOW_FN_PROFILE);
    expect(loco.categories.map((c) => c.chosen)).toEqual(['good', 'good', 'good']);
    expect(loco.normalized).toBeCloseTo(100, 10);
    // With only the late candidate, every window is found at its right edge.
    const lateOnly = leaveOneCategoryOut(corpus, [{ name: 'late', scores: late }], REWARD_LOW_FN_PROFILE);
    const edge = scaledSigmoid(-1 / 100) / scaledSigmoid(-1);
    expect(lateOnly.categories[0].raw).toBeCloseTo(2 * edge, 10);
  });

  it('refuses an empty candidate list', () => {
    expect(() => leaveOneCategoryOut(corpus, [])).toThrow(/no candidates/);
  });
});
