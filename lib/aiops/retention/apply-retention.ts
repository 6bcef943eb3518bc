// Drops data past its retention: raw points, events and health reports after the raw period,
// per-minute roll-ups after 90 days, per-hour roll-ups after two years.
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { healthReport, metricPoint, metricRollup, pluginEvent } from '../../db/schema';
import { HOUR_ROLLUP_RETENTION_MS, MINUTE_ROLLUP_RETENTION_MS, rawRetentionMs } from '../ingest/retention';

export async function applyRetention(db: Db, now = Date.now()): Promise<void> {
  const raw = new Date(now - rawRetentionMs());
  await db.delete(metricPoint).where(lt(metricPoint.ts, raw));
  await db.delete(pluginEvent).where(lt(pluginEvent.ts, raw));
  await db.delete(healthReport).where(lt(healthReport.ts, raw));
  await db.delete(metricRollup).where(and(eq(metricRollup.resolution, 60), lt(metricRollup.bucket, new Date(now - MINUTE_ROLLUP_RETENTION_MS))));
  await db.delete(metricRollup).where(and(eq(metricRollup.resolution, 3600), lt(metricRollup.bucket, new Date(now - HOUR_ROLLUP_RETENTION_MS))));
}
