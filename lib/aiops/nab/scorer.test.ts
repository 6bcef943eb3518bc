import { describe, expect, it } from 'vitest';
import { probationLength, scaledSigmoid, scoreCorpus, type LabelledSeries } from './scorer';
import { parseNabCsv, windowIndices } from './loader';

// 1000 rows -> probation 150; one window [500, 599] (W = 100).
const series: LabelledSeries = { name: 'a.csv', length: 1000, windows: [[500, 599]] };
const at = (...rows: number[]) => {
  const s = new Float64Array(1000);
  for (const r of rows) s[r] = 1;
  return s;
};
const sig1 = scaledSigmoid(-1);

describe('NAB scorer', () => {
  it('uses NAB probation and sigmoid', () => {
    expect(probationLength(1000)).toBe(150);
    expect(probationLength(10000)).toBe(750);
    expect(scaledSigmoid(0)).toBeCloseTo(0, 12);
    expect(scaledSigmoid(3)).toBe(-1);
    expect(sig1).toBeCloseTo(0.98661, 5);
  });

  it('no detection scores 0, a left-edge detection scores 100', () => {
    expect(scoreCorpus([series], [at()]).normalized).toBe(0);
    const r = scoreCorpus([series], [at(500)]);
    expect(r.normalized).toBeCloseTo(100, 10);
    expect(r.threshold).toBe(1);
  });

  it('weights a right-edge detection by sigma(-1/W)/sigma(-1)', () => {
    const r = scoreCorpus([series], [at(599)]);
    const tp = scaledSigmoid(-1 / 100) / sig1;
    expect(r.raw).toBeCloseTo(tp, 12);
    expect(r.normalized).toBeCloseTo((100 * (tp + 1)) / 2, 10);
  });

  it('counts only the best detection of a window', () => {
    expect(scoreCorpus([series], [at(500, 550, 599)]).raw).toBeCloseTo(1, 12);
  });

  it('charges a false positive before any window A_FP in full', () => {
    const r = scoreCorpus([series], [at(500, 300)]);
    expect(r.threshold).toBe(1);
    expect(r.raw).toBeCloseTo(1 - 0.11, 12);
  });

  it('charges a false positive after a window by its distance', () => {
    const r = scoreCorpus([series], [at(500, 620)]);
    const fp = 0.11 * scaledSigmoid(Math.abs(599 - 620) / 99);
    expect(r.raw).toBeCloseTo(1 + fp, 12);
    expect(fp).toBeLessThan(0);
    expect(fp).toBeGreaterThan(-0.11);
  });

  it('ignores detections in the probation period', () => {
    expect(scoreCorpus([series], [at(500, 10, 149)]).raw).toBeCloseTo(1, 12);
  });

  it('chooses one corpus-wide threshold that maximises the total', () => {
    const other: LabelledSeries = { name: 'b.csv', length: 1000, windows: [[700, 799]] };
    const s1 = new Float64Array(1000);
    s1[500] = 0.9; // TP at 0.9
    s1[300] = 0.6; // FP at 0.6
    const s2 = new Float64Array(1000);
    s2[720] = 0.7; // TP at 0.7
    const r = scoreCorpus([series, other], [s1, s2]);
    // Lowering to 0.6 adds an FP costing 0.11 and gains nothing; 0.7 gains a window.
    expect(r.threshold).toBe(0.7);
    expect(r.raw).toBeCloseTo(1 + scaledSigmoid(-(799 - 720 + 1) / 100) / sig1, 12);
  });

  it('loads NAB CSVs and maps window timestamps to rows', () => {
    const csv = 'timestamp,value\n2014-04-01 00:00:00,1\n2014-04-01 00:05:00,2\n2014-04-01 00:10:00,3\n';
    const p = parseNabCsv(csv);
    expect(Array.from(p.values)).toEqual([1, 2, 3]);
    expect(p.rawTimestamps[1]).toBe('2014-04-01 00:05:00');
    expect(windowIndices(p.timestamps, [['2014-04-01 00:05:00.000000', '2014-04-01 00:10:00.000000']])).toEqual([[1, 2]]);
  });
});
