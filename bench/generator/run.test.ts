import { describe, expect, it } from 'vitest';
import { runGeneratorBenchmark } from './run';
import { f1 } from './score';
import { BENCH_PROMPTS } from './prompts';

describe('generator benchmark', () => {
  const rows = runGeneratorBenchmark();
  const total = (key: 'entities' | 'fields') =>
    rows.reduce((a, r) => ({ tp: a.tp + r[key].tp, fp: a.fp + r[key].fp, fn: a.fn + r[key].fn }), { tp: 0, fp: 0, fn: 0 });

  it('covers at least 40 prompts', () => expect(BENCH_PROMPTS.length).toBeGreaterThanOrEqual(40));
  it('meets the entity and field F1 targets', () => {
    expect(f1(total('entities')).f1).toBeGreaterThanOrEqual(0.9);
    expect(f1(total('fields')).f1).toBeGreaterThanOrEqual(0.8);
  });
});
