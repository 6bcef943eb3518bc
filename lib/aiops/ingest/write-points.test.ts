// The storage fast path on both drivers: binary COPY on PGlite, unnest() on PostgreSQL (the
// postgres suite runs this file too). Values and times must come back exactly, non-finite
// scores as NULL, and roll-ups must count each point once whatever is re-sent, in UTC buckets.
import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, sql } from 'drizzle-orm';
import { useTestDb, testBackend } from '../../testing/test-db';
import { systemActor } from '../../auth/actor';
import { metricPoint, metricRollup, pluginScoreRollup } from '../../db/schema';
import { createPlugin } from '../../plugins/create-plugin';
import type { DetectorOutput } from '../detectors';
import { encodePointRows } from './binary-copy';
import type { CheckedPoint } from './check-points';
import { seriesIds } from './series-ids';
import { insertPoints } from './write-points';

const { handle } = useTestDb();
// 07:59:30 UTC: a minute and an hour boundary fall inside the series.
const start = Date.UTC(2026, 10, 20, 7, 59, 30);
const outs = (n: number, o: DetectorOutput | null) => Array.from({ length: n }, () => o);
const out = (score: number, expected = 10, lower = 8, upper = 12): DetectorOutput => ({ score, expected, lower, upper }) as DetectorOutput;

describe(`storing points (${testBackend})`, () => {
  let seriesId: number;
  const pts = (from: number, n: number, value: (i: number) => number): CheckedPoint[] =>
    Array.from({ length: n }, (_, k) => ({ pluginId: 'w', metric: 'latency', ts: start + (from + k) * 10_000, value: value(from + k), seriesId }));

  const forget = async () => {
    const db = handle().db;
    await db.delete(metricPoint).where(eq(metricPoint.seriesId, seriesId));
    await db.delete(metricRollup).where(eq(metricRollup.seriesId, seriesId));
    await db.delete(pluginScoreRollup).where(eq(pluginScoreRollup.pluginId, 'w'));
  };

  beforeAll(async () => {
    const db = handle().db;
    await createPlugin(db, systemActor(), { id: 'w', name: 'w' });
    seriesId = (await seriesIds(db, [{ pluginId: 'w', metric: 'latency' }])).get('w\u0000latency')!;
    // Buckets are UTC whatever the session's zone: +05:30 would shift a local-time hour.
    await db.execute(sql`set time zone 'Asia/Kolkata'`);
  });

  it('stores values and times exactly, and non-finite detector outputs as NULL', async () => {
    const db = handle().db;
    const points: CheckedPoint[] = [
      { pluginId: 'w', metric: 'latency', ts: start - 60_000 + 1, value: 0.1 + 0.2, seriesId },
      { pluginId: 'w', metric: 'latency', ts: start - 50_000, value: -1.5e300, seriesId },
      { pluginId: 'w', metric: 'latency', ts: start - 40_000, value: 42, seriesId },
    ];
    expect(await insertPoints(db, points, [out(0.25), out(1, Number.NaN, Number.NEGATIVE_INFINITY, 3), null])).toBe(3);
    const rows = await db.select().from(metricPoint).where(eq(metricPoint.seriesId, seriesId)).orderBy(asc(metricPoint.ts));
    expect(rows.map((r) => [r.ts.getTime(), r.value])).toEqual(points.map((p) => [p.ts, p.value]));
    expect(rows.map((r) => [r.score, r.expected, r.lower, r.upper])).toEqual([[0.25, 10, 8, 12], [1, null, null, 3], [null, null, null, null]]);
    await forget();
  });

  it('counts each point once in the roll-ups when batches overlap, in UTC minute, quarter-hour and hour buckets', async () => {
    const db = handle().db;
    // 0..29, then 20..49 (ten re-sent with other values: the stored ones stay), then 0..49 again.
    expect(await insertPoints(db, pts(0, 30, (i) => i), outs(30, out(0.1)))).toBe(30);
    expect(await insertPoints(db, pts(20, 30, (i) => 1000 + i), outs(30, out(0.9)))).toBe(20);
    expect(await insertPoints(db, pts(0, 50, () => -1), outs(50, null))).toBe(0);
    const stored = await db.select().from(metricPoint).where(eq(metricPoint.seriesId, seriesId)).orderBy(asc(metricPoint.ts));
    expect(stored).toHaveLength(50);
    expect(stored[25].value).toBe(25);
    const rollups = (res: number) => db.select().from(metricRollup).where(and(eq(metricRollup.seriesId, seriesId), eq(metricRollup.resolution, res))).orderBy(asc(metricRollup.bucket));
    const minutes = await rollups(60);
    expect(minutes.reduce((n, r) => n + r.count, 0)).toBe(50);
    // 07:59:30 → the 07:59 bucket holds three points, 0, 1 and 2.
    expect(minutes[0]).toMatchObject({ bucket: new Date(Date.UTC(2026, 10, 20, 7, 59)), count: 3, min: 0, max: 2, sum: 3, scoredCount: 3 });
    for (const m of minutes) {
      const inside = stored.filter((p) => p.ts >= m.bucket && p.ts.getTime() < m.bucket.getTime() + 60_000);
      expect(m).toMatchObject({ count: inside.length, min: Math.min(...inside.map((p) => p.value)), max: Math.max(...inside.map((p) => p.value)) });
      expect(m.sum).toBeCloseTo(inside.reduce((s, p) => s + p.value, 0), 6);
    }
    expect(minutes.at(-1)!.maxScore).toBeCloseTo(0.9, 5);
    const hours = await rollups(3600);
    expect(hours.map((h) => [h.bucket.toISOString(), h.count])).toEqual([['2026-11-20T07:00:00.000Z', 3], ['2026-11-20T08:00:00.000Z', 47]]);
    expect(hours[1]).toMatchObject({ min: 3, max: 1049, scoredCount: 47, lower: 8, upper: 12 });
    expect(hours[1].expectedSum).toBeCloseTo(470, 3);
    const quarters = await rollups(900);
    expect(quarters.map((h) => [h.bucket.toISOString(), h.count, h.min, h.max])).toEqual([['2026-11-20T07:45:00.000Z', 3, 0, 2], ['2026-11-20T08:00:00.000Z', 47, 3, 1049]]);
    // The plugin's lane: the highest score per bucket, 0.1 before the re-sent half, 0.9 after.
    const lanes = await db.select().from(pluginScoreRollup).where(eq(pluginScoreRollup.pluginId, 'w')).orderBy(asc(pluginScoreRollup.resolution), asc(pluginScoreRollup.bucket));
    const lane = (res: number) => lanes.filter((l) => l.resolution === res).map((l) => [l.bucket.toISOString(), Math.round(l.maxScore * 10) / 10]);
    expect(lane(3600)).toEqual([['2026-11-20T07:00:00.000Z', 0.1], ['2026-11-20T08:00:00.000Z', 0.9]]);
    expect(lane(900)).toEqual([['2026-11-20T07:45:00.000Z', 0.1], ['2026-11-20T08:00:00.000Z', 0.9]]);
    expect(lane(60)).toEqual(minutes.map((m) => [m.bucket.toISOString(), Math.round(m.maxScore! * 10) / 10]));
    await forget();
  });

  it('saturates roll-up sums at the largest float8 instead of overflowing', async () => {
    const db = handle().db;
    // Points 0..2 fall in the 07:59 minute, 3 and 4 in 08:00: two of 1.7e308 in one batch, then
    // one more into the same minute, then two of -1.7e308 in the next minute.
    expect(await insertPoints(db, pts(0, 2, () => 1.7e308), outs(2, out(0.5)))).toBe(2);
    expect(await insertPoints(db, pts(2, 1, () => 1.7e308), outs(1, null))).toBe(1);
    expect(await insertPoints(db, pts(3, 2, () => -1.7e308), outs(2, null))).toBe(2);
    const rows = await db.select().from(metricRollup).where(eq(metricRollup.seriesId, seriesId)).orderBy(asc(metricRollup.resolution), asc(metricRollup.bucket));
    expect(rows.map((r) => [r.resolution, r.bucket.toISOString(), r.count, r.sum])).toEqual([
      [60, '2026-11-20T07:59:00.000Z', 3, Number.MAX_VALUE],
      [60, '2026-11-20T08:00:00.000Z', 2, -Number.MAX_VALUE],
      [900, '2026-11-20T07:45:00.000Z', 3, Number.MAX_VALUE],
      [900, '2026-11-20T08:00:00.000Z', 2, -Number.MAX_VALUE],
      [3600, '2026-11-20T07:00:00.000Z', 3, Number.MAX_VALUE],
      [3600, '2026-11-20T08:00:00.000Z', 2, -Number.MAX_VALUE],
    ]);
    await forget();
  });
});

describe('binary COPY rows', () => {
  it('lays out the header, seven fields per row, NULLs and the trailer', () => {
    const bytes = encodePointRows([{ pluginId: 'p', metric: 'm', ts: Date.UTC(2000, 0, 1, 0, 0, 1), value: 1.5, seriesId: 7 }], [null]);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(new TextDecoder('latin1').decode(bytes.subarray(0, 6))).toBe('PGCOPY');
    expect(view.getInt16(19)).toBe(7);
    expect([view.getInt32(21), view.getInt32(25)]).toEqual([4, 7]);
    expect([view.getInt32(29), view.getBigInt64(33)]).toEqual([8, 1_000_000n]);
    expect([view.getInt32(41), view.getFloat64(45)]).toEqual([8, 1.5]);
    expect([53, 57, 61, 65].map((o) => view.getInt32(o))).toEqual([-1, -1, -1, -1]);
    expect(view.getInt16(69)).toBe(-1);
    expect(bytes.byteLength).toBe(71);
  });
});
