// Swim lanes: the highest score per cell for each plugin across its metrics, from the score
// roll-ups ingest keeps: minute cells up to a few days, quarter hours for a week. (Hour cells
// for a week were tried: an hour's highest minute coloured most of the week elevated.)
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '../../testing/test-db';
import { systemActor } from '../../auth/actor';
import { createPlugin } from '../../plugins/create-plugin';
import type { DetectorOutput } from '../detectors';
import type { CheckedPoint } from '../ingest/check-points';
import { seriesIds } from '../ingest/series-ids';
import { insertPoints } from '../ingest/write-points';
import { scoreLanes } from './score-lanes';

const { handle } = useTestDb();
const HOUR = 3_600_000;
const to = Date.UTC(2026, 10, 20, 12);
const spikeAt = to - 30 * HOUR + 17 * 60_000; // 06:17 the day before
const otherSpikeAt = to - 100 * HOUR + 3 * 60_000; // on the second metric, four days before

describe('score lanes', () => {
  beforeAll(async () => {
    const db = handle().db;
    await createPlugin(db, systemActor(), { id: 'lane-a', name: 'A' });
    const ids = await seriesIds(db, [{ pluginId: 'lane-a', metric: 'latency' }, { pluginId: 'lane-a', metric: 'error-rate' }]);
    // A point a minute on two metrics for seven days, scored 0.1, and one of 0.9 on each.
    const points: CheckedPoint[] = [];
    const outputs: DetectorOutput[] = [];
    for (const [metric, spike, top] of [['latency', spikeAt, 0.9], ['error-rate', otherSpikeAt, 0.7]] as const) {
      for (let t = to - 7 * 24 * HOUR; t < to; t += 60_000) {
        points.push({ pluginId: 'lane-a', metric, ts: t, value: 1, seriesId: ids.get(`lane-a\u0000${metric}`)! });
        outputs.push({ score: t === spike ? top : 0.1, expected: 1, lower: 0, upper: 2 } as DetectorOutput);
      }
    }
    await insertPoints(db, points, outputs);
  });

  it('reads minutes over four days: cells narrower than an hour, the spike in its own', async () => {
    const from = to - 4 * 24 * HOUR;
    const { bucketMs, lanes } = await scoreLanes(handle().db, from, to, 800);
    expect(bucketMs).toBeLessThan(HOUR);
    const lane = lanes.find((l) => l.pluginId === 'lane-a')!;
    expect(lane.buckets.length).toBeGreaterThan(700);
    const top = lane.buckets.filter(([, s]) => s > 0.5);
    expect(top).toHaveLength(1);
    expect(top[0][1]).toBeCloseTo(0.9, 5);
    expect(top[0][0]).toBeLessThanOrEqual(spikeAt);
    expect(top[0][0] + bucketMs).toBeGreaterThan(spikeAt);
  });

  it('reads quarter hours over a week: each spike in its own cell, the highest of the metrics', async () => {
    const from = to - 7 * 24 * HOUR;
    const { bucketMs, lanes } = await scoreLanes(handle().db, from, to, 800);
    expect(bucketMs).toBe(15 * 60_000);
    const lane = lanes.find((l) => l.pluginId === 'lane-a')!;
    expect(lane.buckets).toHaveLength(7 * 24 * 4);
    const top = lane.buckets.filter(([, s]) => s > 0.5);
    expect(top.map(([, s]) => Math.round(s * 10) / 10)).toEqual([0.7, 0.9]);
    for (const [[start], at] of top.map((c, i) => [c, [otherSpikeAt, spikeAt][i]] as const)) {
      expect(start).toBeLessThanOrEqual(at);
      expect(start + bucketMs).toBeGreaterThan(at);
    }
  });

  it('leaves out plugins with no scored data in the range', async () => {
    const { lanes } = await scoreLanes(handle().db, to + HOUR, to + 2 * HOUR, 800);
    expect(lanes.find((l) => l.pluginId === 'lane-a')).toBeUndefined();
  });
});
