/*
 * The three ways the page starts a generation, as jobs for runGeneration: read a prompt (the
 * configured provider), read DSL text, or refine a previous generation with a follow-up
 * (its request and result come from the history; the new row points at it with parentId).
 * The work itself runs on the worker pool, so a long generation never holds the event loop.
 */
import { CodeGenerationRequestSchema } from '@/schemas';
import type { Db } from '@/lib/db/client';
import { ApiError } from '@/lib/errors';
import { pickProvider } from '@/lib/generator/providers/pick-provider';
import type { GenerationStep } from '@/lib/generator/steps';
import { runInWorker } from '@/lib/workers';
import type { GenerateBody, RefineBody } from '@/schemas/generator-api';
import { getGenerationResult } from './get-generation';
import type { GenerationTaskInput } from './generation-task';
import type { GenerationJob } from './run-generation';

/** A generation past this is stopped (504): a language model may take two attempts of 60 s. */
export const GENERATION_DEADLINE_MS = 150_000;

function inWorker(input: GenerationTaskInput): GenerationJob['work'] {
  // Not stopped when the client goes away (no signal): the generation is still saved to the history.
  return ({ onStep }) =>
    runInWorker('generate', input, {
      what: 'The generation',
      deadlineMs: GENERATION_DEADLINE_MS,
      onEvent: onStep && ((step) => onStep(step as GenerationStep)),
    });
}

export function generateJob(body: GenerateBody): GenerationJob {
  const { request } = body;
  if (body.input === 'dsl') {
    const dsl = body.dsl ?? '';
    return { prompt: dsl, request, provider: 'dsl', work: inWorker({ kind: 'dsl', request, dsl }) };
  }
  const provider = pickProvider().id === 'openai-compatible' ? 'openai-compatible' : 'builtin';
  return { prompt: request.description, request, provider, work: inWorker({ kind: 'prompt', request, provider }) };
}

export async function refineJob(db: Db, body: RefineBody): Promise<GenerationJob> {
  const parent = await getGenerationResult(db, body.parentId);
  if (!parent.result) throw new ApiError(409, 'no_result', `Generation ${body.parentId} has no result to refine; generate again first`);
  const request = CodeGenerationRequestSchema.parse(parent.request);
  return {
    prompt: body.followUp,
    request,
    provider: 'refine',
    parentId: body.parentId,
    work: inWorker({ kind: 'refine', request, previous: parent.result, followUp: body.followUp }),
  };
}
