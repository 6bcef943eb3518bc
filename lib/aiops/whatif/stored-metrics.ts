// The names of the metric series stored for a plugin.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { metricSeries } from '../../db/schema';

export async function storedMetrics(db: Db, pluginId: string): Promise<string[]> {
  const rows = await db.select({ metric: metricSeries.metric }).from(metricSeries).where(eq(metricSeries.pluginId, pluginId));
  return rows.map((r) => r.metric).sort();
}
