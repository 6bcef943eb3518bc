/*
 * One generation from start to history: reserve the row (rate limit), run the pipeline with
 * its progress steps, store the result or the error, audit, and return the detail the page
 * shows. The caller supplies the work (generate, generateFromDsl or refine).
 */
import type { CodeGenerationRequest, GeneratedCode } from '@/schemas';
import type { Db } from '@/lib/db/client';
import type { Actor } from '@/lib/auth/actor';
import { ApiError } from '@/lib/errors';
import type { OnStep } from '@/lib/generator/steps';
import { finishGeneration } from './finish-generation';
import { getGeneration } from './get-generation';
import type { GenerationDetail } from './generation-dto';
import { reserveGeneration } from './reserve-generation';

export interface GenerationJob {
  prompt: string;
  /** The request, already parsed (R8) by the route. */
  request: CodeGenerationRequest;
  provider: string;
  parentId?: string | null;
  work: (opts: { onStep?: OnStep; signal?: AbortSignal }) => Promise<GeneratedCode>;
}

export interface RunOptions {
  onStep?: OnStep;
  signal?: AbortSignal;
}

/** Reserves the history row; throws GenerationRateLimited (429) when the user is over the limit. */
export function startGeneration(db: Db, actor: Actor, job: GenerationJob): Promise<string> {
  return reserveGeneration(db, actor, { prompt: job.prompt, request: job.request, provider: job.provider, parentId: job.parentId });
}

/** Runs a reserved generation to its end; a failure is stored, then rethrown for the caller to report. */
export async function completeGeneration(db: Db, actor: Actor, id: string, job: GenerationJob, opts: RunOptions = {}): Promise<GenerationDetail> {
  const started = performance.now();
  const row = { id, prompt: job.prompt, parentId: job.parentId, outputFormat: job.request.outputFormat };
  let result: GeneratedCode;
  try {
    result = await job.work(opts);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = error instanceof ApiError ? error.code : 'internal';
    await finishGeneration(db, actor, row, { ok: false, error: message, code }, Math.round(performance.now() - started));
    throw error;
  }
  await finishGeneration(db, actor, row, { ok: true, result }, Math.round(performance.now() - started));
  return getGeneration(db, id);
}
