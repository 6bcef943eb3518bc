import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { optimization } from '../db/schema';
import { viewOf, type OptimizationStatus, type OptimizationView } from './optimization-view';

export async function listOptimizations(db: Db, filter: { pluginId?: string; status?: OptimizationStatus } = {}): Promise<OptimizationView[]> {
  const where: SQL[] = [];
  if (filter.pluginId) where.push(eq(optimization.pluginId, filter.pluginId));
  if (filter.status) where.push(eq(optimization.status, filter.status));
  const rows = await db
    .select()
    .from(optimization)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(optimization.updatedAt));
  return rows.map(viewOf);
}
