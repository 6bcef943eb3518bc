import { describe, expect, it } from 'vitest';
import { parseCondition, type ConditionNode } from '@/schemas/condition-language';
import { evaluateCondition, lookBackByName, type ConditionSeries } from './evaluate-condition';
import { resolveConditionName } from './metric-names';

const NOW = 1_700_000_000_000;
const ast = (text: string): ConditionNode => {
  const r = parseCondition(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.ast;
};
/** Points every 10 s ending at NOW, oldest first. */
const series = (...values: number[]): ConditionSeries => ({ metric: 'm', points: values.map((value, i) => ({ ts: NOW - (values.length - 1 - i) * 10_000, value })) });
const run = (text: string, data: Record<string, ConditionSeries>) => evaluateCondition(ast(text), (n) => data[n] ?? { metric: null, points: [] }, NOW);

describe('evaluateCondition', () => {
  it('compares the latest value', () => {
    expect(run('errorRate > 0.1', { errorRate: series(0.5, 0.2) }).holds).toBe(true);
    expect(run('errorRate > 0.1', { errorRate: series(0.5, 0.05) }).holds).toBe(false);
    expect(run('errorRate >= 0.1', { errorRate: series(0.1) }).holds).toBe(true);
    expect(run('errorRate == 0.1', { errorRate: series(0.1) }).holds).toBe(true);
    expect(run('errorRate != 0.1', { errorRate: series(0.1) }).holds).toBe(false);
    expect(run('errorRate < 0.1', { errorRate: series(0.01) }).holds).toBe(true);
  });

  it('combines with AND, OR, NOT and parentheses', () => {
    const data = { a: series(5), b: series(1) };
    expect(run('a > 1 AND b > 1', data).holds).toBe(false);
    expect(run('a > 1 OR b > 1', data).holds).toBe(true);
    expect(run('NOT b > 1', data).holds).toBe(true);
    expect(run('NOT (a > 1 OR b > 1)', data).holds).toBe(false);
    expect(run('(a > 1 OR b > 1) AND b < 2', data).holds).toBe(true);
  });

  it('FOR needs the comparison to hold without a break for the whole duration', () => {
    // 31 points over 5 minutes, all above 80: holds.
    expect(run('cpu > 80 FOR 5m', { cpu: series(...Array(31).fill(90)) }).holds).toBe(true);
    // One dip 2 minutes ago: held only since the point after it.
    const dipped = Array(31).fill(90);
    dipped[18] = 50;
    const r = run('cpu > 80 FOR 5m', { cpu: series(...dipped) });
    expect(r.holds).toBe(false);
    expect(r.comparisons[0].heldForMs).toBe(110_000);
    // Not enough history yet.
    expect(run('cpu > 80 FOR 5m', { cpu: series(...Array(10).fill(90)) }).holds).toBe(false);
  });

  it('treats missing or stale data as unknown, so NOT does not fire on silence', () => {
    expect(run('x > 1', {}).holds).toBe(false);
    expect(run('NOT x > 1', {}).holds).toBe(false);
    expect(run('NOT x > 1 OR a > 1', { a: series(5) }).holds).toBe(true);
    expect(run('x > 1 AND a > 1', { a: series(0) }).holds).toBe(false);
    const stale: ConditionSeries = { metric: 'x', points: [{ ts: NOW - 10 * 60_000, value: 0 }] };
    const r = run('NOT x > 1', { x: stale });
    expect(r.holds).toBe(false);
    expect(r.comparisons[0].note).toBe('no recent data');
  });

  it('reports each comparison with its value', () => {
    const r = run('a > 1 AND b > 1', { a: series(5), b: series(3) });
    expect(r.comparisons.map((c) => [c.name, c.value, c.holds])).toEqual([
      ['a', 5, true],
      ['b', 3, true],
    ]);
  });

  it('knows how far back each name must look', () => {
    expect([...lookBackByName(ast('a > 1 FOR 5m OR (a < 0 FOR 10m AND NOT b > 1)'))]).toEqual([
      ['a', 600_000],
      ['b', 0],
    ]);
  });
});

describe('resolveConditionName', () => {
  it.each([
    ['errorRate', 'error-rate'],
    ['error-rate', 'error-rate'],
    ['cpuUsage', 'cpu-usage'],
    ['queue-depth', 'queue-depth'],
    ['latency', 'latency'],
  ])('%s reads metric %s', (name, metric) => {
    expect(resolveConditionName(name)).toEqual({ metric });
  });

  it('derives heapUsedPercent from memory-usage', () => {
    expect(resolveConditionName('heapUsedPercent')).toEqual({ metric: 'memory-usage', derived: 'heap-percent' });
  });
});
