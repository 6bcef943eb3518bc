import { describe, expect, it } from 'vitest';
import { classifyAnomaly } from './classify';
import { toAnomalyRecords } from './records';
import { ANOMALY_AT, syntheticSeries, type Injected } from './testing/synthetic';

const values = (kind: Injected) => syntheticSeries(kind).map((p) => p.value);

describe('classifyAnomaly', () => {
  it.each<[Injected, number, string]>([
    ['spike', 0, 'spike'],
    ['dip', 0, 'dip'],
    ['level-shift', 20, 'level-shift'],
    ['flatline', 20, 'flatline'],
    ['trend', 60, 'trend'],
    ['variance-change', 40, 'variance-change'],
  ])('%s', (kind, extra, type) => {
    expect(classifyAnomaly(values(kind), ANOMALY_AT, ANOMALY_AT + extra)).toBe(type);
  });
});

describe('toAnomalyRecords', () => {
  it('applies confidenceThreshold and merges consecutive flagged points', () => {
    const points = Array.from({ length: 10 }, (_, i) => ({ timestamp: i * 60_000, value: i === 4 || i === 5 ? 100 : 1 }));
    const scores = [0, 0, 0, 0.5, 0.9, 0.95, 0.2, 0.85, 0, 0];
    const outputs = scores.map((score) => ({ score, expected: 1, lower: 0, upper: 2 }));
    const records = toAnomalyRecords('latency', points, outputs, 80, 0);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ metric: 'latency', start: 4 * 60_000, end: 5 * 60_000, score: 95, expected: 1, type: 'spike' });
    expect(records[1]).toMatchObject({ start: 7 * 60_000, end: 7 * 60_000, score: 85 });
  });
});
