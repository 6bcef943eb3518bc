/*
 * The generation history, newest first: summary rows only (the confidence is read out of the
 * stored result in SQL), so listing never ships every generated file.
 */
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { generation } from '@/lib/db/schema';
import { toSummary, type GenerationSummary } from './generation-dto';

export const summaryColumns = {
  id: generation.id,
  userName: generation.userName,
  prompt: generation.prompt,
  request: generation.request,
  error: generation.error,
  hasResult: sql<boolean>`${generation.result} is not null`,
  confidence: sql<number | null>`round((${generation.result}->>'confidence')::numeric)::int`,
  parentId: generation.parentId,
  provider: generation.provider,
  durationMs: generation.durationMs,
  createdAt: generation.createdAt,
};

export async function listGenerations(db: Db, opts: { limit?: number; userId?: string } = {}): Promise<GenerationSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(generation)
    .where(opts.userId ? eq(generation.userId, opts.userId) : undefined)
    .orderBy(desc(generation.createdAt), desc(generation.id))
    .limit(opts.limit ?? 50);
  return rows.map((row) => toSummary(row));
}
