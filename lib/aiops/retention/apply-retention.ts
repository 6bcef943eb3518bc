// Drops data past its retention: raw points, events and health reports after the raw period,
// roll-ups and score lanes after their resolution's time (ingest/retention.ts).
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { healthReport, metricPoint, metricRollup, pluginEvent, pluginScoreRollup } from '../../db/schema';
import { ROLLUP_RETENTION_MS, rawRetentionMs } from '../ingest/retention';
import { ROLLUP_RESOLUTIONS } from '../ingest/update-rollups';

export async function applyRetention(db: Db, now = Date.now()): Promise<void> {
  const raw = new Date(now - rawRetentionMs());
  await db.delete(metricPoint).where(lt(metricPoint.ts, raw));
  await db.delete(pluginEvent).where(lt(pluginEvent.ts, raw));
  await db.delete(healthReport).where(lt(healthReport.ts, raw));
  for (const resolution of ROLLUP_RESOLUTIONS) {
    const before = new Date(now - ROLLUP_RETENTION_MS[resolution]);
    for (const table of [metricRollup, pluginScoreRollup]) await db.delete(table).where(and(eq(table.resolution, resolution), lt(table.bucket, before)));
  }
}
