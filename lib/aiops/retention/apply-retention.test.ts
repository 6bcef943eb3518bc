// Retention drops each roll-up resolution, and the plugins' score lanes with it, after its own
// time: minutes after 90 days, quarter hours after 180, hours after 730. A bucket exactly at
// the limit stays; one a minute older goes.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDb } from '../../testing/test-db';
import { systemActor } from '../../auth/actor';
import { metricPoint, metricRollup, pluginScoreRollup } from '../../db/schema';
import { createPlugin } from '../../plugins/create-plugin';
import type { DetectorOutput } from '../detectors';
import { seriesIds } from '../ingest/series-ids';
import { insertPoints } from '../ingest/write-points';
import { applyRetention } from './apply-retention';

const { handle } = useTestDb();
const DAY = 86_400_000;
// Hour-aligned, so every age below starts a bucket of each resolution.
const now = Date.UTC(2026, 10, 20, 12);
const AGES_DAYS = [90, 90 + 1 / 1440, 180, 180 + 1 / 1440, 730, 730 + 1 / 1440];

describe('retention of roll-ups and score lanes', () => {
  beforeAll(async () => {
    const db = handle().db;
    await createPlugin(db, systemActor(), { id: 'old', name: 'Old' });
    const seriesId = (await seriesIds(db, [{ pluginId: 'old', metric: 'latency' }])).get('old\u0000latency')!;
    const points = AGES_DAYS.map((d) => ({ pluginId: 'old', metric: 'latency', ts: now - Math.round(d * DAY), value: 1, seriesId }));
    await insertPoints(db, points, points.map(() => ({ score: 0.5, expected: 1, lower: 0, upper: 2 }) as DetectorOutput));
    await applyRetention(db, now);
  });

  const ages = async (table: typeof metricRollup | typeof pluginScoreRollup, resolution: number) =>
    (await handle().db.select({ bucket: table.bucket }).from(table).where(eq(table.resolution, resolution)))
      .map((r) => (now - r.bucket.getTime()) / DAY)
      .sort((a, b) => a - b);

  it.each([
    [60, 90],
    [900, 180],
    [3600, 730],
  ])('keeps resolution %i s for %i days, to the minute', async (resolution, days) => {
    const step = resolution * 1000;
    const buckets = AGES_DAYS.map((d) => Math.floor((now - Math.round(d * DAY)) / step) * step);
    const expected = [...new Set(buckets.filter((b) => b >= now - days * DAY))].map((b) => (now - b) / DAY).sort((a, b) => a - b);
    // One bucket sits exactly at the limit (kept), and one minute past it is dropped.
    expect(expected).toContain(days);
    expect(expected.length).toBeLessThan(new Set(buckets).size);
    expect(await ages(metricRollup, resolution)).toEqual(expected);
    expect(await ages(pluginScoreRollup, resolution)).toEqual(expected);
  });

  it('drops raw points past the raw retention', async () => {
    expect(await handle().db.select().from(metricPoint)).toEqual([]);
  });
});
