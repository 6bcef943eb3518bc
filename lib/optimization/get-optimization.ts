import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { optimization } from '../db/schema';
import { notFound } from '../errors';
import type { OptimizationRow } from './optimization-view';

export async function getOptimizationRow(db: Db, id: string): Promise<OptimizationRow> {
  const [row] = await db.select().from(optimization).where(eq(optimization.id, id));
  if (!row) throw notFound(`Optimization ${id}`);
  return row;
}
