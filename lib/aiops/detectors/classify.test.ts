import { describe, expect, it } from 'vitest';
import { classifyAnomaly } from './classify';
import { ANOMALY_GAP_MS, joinsAnomaly, toAnomalyRecords } from './records';
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
  it('applies confidenceThreshold and merges flagged points near each other into one anomaly with a start, a peak and an end', () => {
    const points = Array.from({ length: 10 }, (_, i) => ({ timestamp: i * 60_000, value: i === 4 || i === 5 ? 100 : 1 }));
    const scores = [0, 0, 0, 0.5, 0.9, 0.95, 0.2, 0.85, 0, 0];
    const outputs = scores.map((score, i) => ({ score, expected: i, lower: 0, upper: 2 }));
    const records = toAnomalyRecords('latency', points, outputs, 80, 0);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ metric: 'latency', start: 4 * 60_000, end: 7 * 60_000, score: 95, expected: 5, type: 'spike' });
  });

  it.each([
    [ANOMALY_GAP_MS, 1],
    [ANOMALY_GAP_MS + 1, 2],
  ])('joins a flagged point %i ms after an anomaly ends into it (%i records)', (gap, count) => {
    expect(ANOMALY_GAP_MS).toBe(10 * 60_000);
    const points = [0, 1000, gap].map((timestamp) => ({ timestamp, value: 1 }));
    const outputs = [0.9, 0.1, 0.85].map((score) => ({ score, expected: 0, lower: 0, upper: 0 }));
    const records = toAnomalyRecords('latency', points, outputs, 80, 0);
    expect(records).toHaveLength(count);
    expect(records[0].score).toBe(90);
    expect(records[0].end).toBe(count === 1 ? gap : 0);
    expect(joinsAnomaly(0, gap)).toBe(count === 1);
  });
});
