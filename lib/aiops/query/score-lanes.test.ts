// Swim lanes: the highest score per cell for each plugin, read from the per-minute roll-ups for
// short ranges and from the per-hour ones from three days on (HOURLY_LANES_FROM_MS), where a
// minute scan of every series held the database for seconds.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '../../testing/test-db';
import { systemActor } from '../../auth/actor';
import { createPlugin } from '../../plugins/create-plugin';
import type { DetectorOutput } from '../detectors';
import type { CheckedPoint } from '../ingest/check-points';
import { seriesIds } from '../ingest/series-ids';
import { insertPoints } from '../ingest/write-points';
import { HOURLY_LANES_FROM_MS, scoreLanes } from './score-lanes';

const { handle } = useTestDb();
const HOUR = 3_600_000;
const to = Date.UTC(2026, 10, 20, 12);
const spikeAt = to - 30 * HOUR + 17 * 60_000; // 06:17 the day before

describe('score lanes', () => {
  beforeAll(async () => {
    const db = handle().db;
    await createPlugin(db, systemActor(), { id: 'lane-a', name: 'A' });
    const seriesId = (await seriesIds(db, [{ pluginId: 'lane-a', metric: 'latency' }])).get('lane-a\u0000latency')!;
    // A point a minute for four days, scored 0.1, and one of 0.9.
    const points: CheckedPoint[] = [];
    const outputs: DetectorOutput[] = [];
    for (let t = to - 4 * 24 * HOUR; t < to; t += 60_000) {
      points.push({ pluginId: 'lane-a', metric: 'latency', ts: t, value: 1, seriesId });
      outputs.push({ score: t === spikeAt ? 0.9 : 0.1, expected: 1, lower: 0, upper: 2 } as DetectorOutput);
    }
    await insertPoints(db, points, outputs);
  });

  it('reads minutes just below three days: cells narrower than an hour, the spike in its own', async () => {
    const from = to - HOURLY_LANES_FROM_MS + 60_000;
    const { bucketMs, lanes } = await scoreLanes(handle().db, from, to, 800);
    expect(bucketMs).toBeLessThan(HOUR);
    const lane = lanes.find((l) => l.pluginId === 'lane-a')!;
    const top = lane.buckets.filter(([, s]) => s > 0.5);
    expect(top).toHaveLength(1);
    expect(top[0][0]).toBeLessThanOrEqual(spikeAt);
    expect(top[0][0] + bucketMs).toBeGreaterThan(spikeAt);
  });

  it('reads hours from three days on, and keeps the highest score of the hour', async () => {
    const from = to - HOURLY_LANES_FROM_MS;
    const { bucketMs, lanes } = await scoreLanes(handle().db, from, to, 800);
    expect(bucketMs).toBe(HOUR);
    const lane = lanes.find((l) => l.pluginId === 'lane-a')!;
    expect(lane.buckets.length).toBeLessThanOrEqual(72);
    const top = lane.buckets.filter(([, s]) => s > 0.5);
    expect(top).toHaveLength(1);
    expect(top[0][1]).toBeCloseTo(0.9, 5);
    expect(top[0][0]).toBeLessThanOrEqual(spikeAt);
    expect(top[0][0] + HOUR).toBeGreaterThan(spikeAt);
  });

  it('starts hour cells on the hour when the range does not', async () => {
    const from = to - HOURLY_LANES_FROM_MS - 40 * 60_000; // 11:20
    const { lanes } = await scoreLanes(handle().db, from, to, 800);
    const lane = lanes.find((l) => l.pluginId === 'lane-a')!;
    expect(lane.buckets.every(([t]) => t % HOUR === 0)).toBe(true);
    const [top] = lane.buckets.filter(([, s]) => s > 0.5);
    expect(top[0]).toBe(Math.floor(spikeAt / HOUR) * HOUR);
  });
});
