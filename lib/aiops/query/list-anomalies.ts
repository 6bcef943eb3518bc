import { and, asc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { anomaly } from '../../db/schema';

export type AnomalyRow = typeof anomaly.$inferSelect;

/** Anomalies overlapping [from, to], optionally for one plugin and metric. */
export async function listAnomalies(db: Db, q: { from: number; to: number; pluginId?: string; metric?: string; minScore?: number }): Promise<AnomalyRow[]> {
  const where: SQL[] = [lte(anomaly.startedAt, new Date(q.to)), gte(anomaly.endedAt, new Date(q.from))];
  if (q.pluginId) where.push(eq(anomaly.pluginId, q.pluginId));
  if (q.metric) where.push(eq(anomaly.metric, q.metric));
  if (q.minScore !== undefined) where.push(gte(anomaly.score, q.minScore));
  return db.select().from(anomaly).where(and(...where)).orderBy(asc(anomaly.startedAt)).limit(5000);
}
