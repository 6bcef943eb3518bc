/*
 * Starts a generation: checks the user's rate limit and reserves the history row in one
 * transaction, under a per-user advisory lock so two parallel requests cannot both take the
 * last slot. The row is completed by finishGeneration.
 */
import { randomUUID } from 'node:crypto';
import { and, count, eq, gt, min, sql } from 'drizzle-orm';
import type { CodeGenerationRequestInput } from '@/schemas';
import type { Db } from '@/lib/db/client';
import { generation } from '@/lib/db/schema';
import { actorLabel, type Actor } from '@/lib/auth/actor';
import { GENERATIONS_PER_WINDOW, GenerationRateLimited, RATE_WINDOW_MS, retryAfterSeconds } from './rate-limit';

export interface ReserveInput {
  /** What the user typed: the prompt, the DSL text or the follow-up. */
  prompt: string;
  request: CodeGenerationRequestInput;
  /** What read the input: builtin, openai-compatible, dsl (DSL text) or refine (a follow-up edit). */
  provider: string;
  parentId?: string | null;
}

export async function reserveGeneration(db: Db, actor: Actor, input: ReserveInput, now = new Date()): Promise<string> {
  const userKey = actor.id ?? actorLabel(actor);
  const since = new Date(now.getTime() - RATE_WINDOW_MS);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`generation:${userKey}`}))`);
    const [window] = await tx
      .select({ n: count(), oldest: min(generation.createdAt) })
      .from(generation)
      .where(and(eq(generation.userId, userKey), gt(generation.createdAt, since)));
    if (window.n >= GENERATIONS_PER_WINDOW) throw new GenerationRateLimited(retryAfterSeconds(new Date(window.oldest ?? now), now));
    const id = randomUUID();
    await tx.insert(generation).values({
      id,
      userId: userKey,
      userName: actorLabel(actor),
      prompt: input.prompt,
      request: input.request,
      parentId: input.parentId ?? null,
      provider: input.provider,
      durationMs: 0,
      createdAt: now,
    });
    return id;
  });
}
