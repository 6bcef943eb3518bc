/*
 * The three ways the page starts a generation, as jobs for runGeneration: read a prompt (the
 * configured provider), read DSL text, or refine a previous generation with a follow-up
 * (its request and result come from the history; the new row points at it with parentId).
 */
import { CodeGenerationRequestSchema } from '@/schemas';
import type { Db } from '@/lib/db/client';
import { ApiError } from '@/lib/errors';
import { generate } from '@/lib/generator/generate';
import { generateFromDsl } from '@/lib/generator/generate-from-dsl';
import { refine } from '@/lib/generator/refine';
import { pickProvider } from '@/lib/generator/providers/pick-provider';
import type { GenerateBody, RefineBody } from '@/schemas/generator-api';
import { getGenerationResult } from './get-generation';
import type { GenerationJob } from './run-generation';

export function generateJob(body: GenerateBody): GenerationJob {
  const { request } = body;
  if (body.input === 'dsl') {
    const dsl = body.dsl ?? '';
    return { prompt: dsl, request, provider: 'dsl', work: (opts) => generateFromDsl(dsl, request, opts) };
  }
  const provider = pickProvider();
  return { prompt: request.description, request, provider: provider.id, work: (opts) => generate(request, { ...opts, provider }) };
}

export async function refineJob(db: Db, body: RefineBody): Promise<GenerationJob> {
  const parent = await getGenerationResult(db, body.parentId);
  if (!parent.result) throw new ApiError(409, 'no_result', `Generation ${body.parentId} has no result to refine; generate again first`);
  const previous = parent.result;
  const request = CodeGenerationRequestSchema.parse(parent.request);
  return {
    prompt: body.followUp,
    request,
    provider: 'refine',
    parentId: body.parentId,
    work: async (opts) => (await refine(previous, body.followUp, request, opts)).result,
  };
}
