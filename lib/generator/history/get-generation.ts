/*
 * One generation with everything the page needs to re-open it; a refinement is diffed
 * against its parent's result.
 */
import { eq } from 'drizzle-orm';
import type { GeneratedCode } from '@/schemas';
import type { Db } from '@/lib/db/client';
import { generation } from '@/lib/db/schema';
import { notFound } from '@/lib/errors';
import { toDetail, toSummary, type GenerationDetail } from './generation-dto';
import { summaryColumns } from './list-generations';

/** The stored result of a generation (null while running or after a failure); 404 if there is no such generation. */
export async function getGenerationResult(db: Db, id: string): Promise<{ result: GeneratedCode | null; request: unknown }> {
  const [row] = await db.select({ result: generation.result, request: generation.request }).from(generation).where(eq(generation.id, id));
  if (!row) throw notFound(`Generation ${id}`);
  return { result: row.result as GeneratedCode | null, request: row.request };
}

export async function getGeneration(db: Db, id: string): Promise<GenerationDetail> {
  const [row] = await db.select({ ...summaryColumns, result: generation.result }).from(generation).where(eq(generation.id, id));
  if (!row) throw notFound(`Generation ${id}`);
  const parent = row.parentId ? await getGenerationResult(db, row.parentId).catch(() => null) : null;
  return toDetail(toSummary(row), row.request, row.result as GeneratedCode | null, parent?.result ?? null);
}
