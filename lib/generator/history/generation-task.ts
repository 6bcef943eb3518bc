/*
 * One generation's pure work, as the worker pool runs it (lib/workers): plain data in (the
 * parsed request and the text, or the previous result and the follow-up), the GeneratedCode
 * out, each progress step emitted as it happens. No database here: the history row is reserved
 * before and completed after, on the main thread (run-generation.ts).
 */
import type { CodeGenerationRequest, GeneratedCode } from '@/schemas';
import { generate } from '@/lib/generator/generate';
import { generateFromDsl } from '@/lib/generator/generate-from-dsl';
import { refine } from '@/lib/generator/refine';
import { pickProvider } from '@/lib/generator/providers/pick-provider';
import type { GenerationStep } from '@/lib/generator/steps';

export type GenerationTaskInput =
  | { kind: 'prompt'; request: CodeGenerationRequest; provider: 'builtin' | 'openai-compatible' }
  | { kind: 'dsl'; request: CodeGenerationRequest; dsl: string }
  | { kind: 'refine'; request: CodeGenerationRequest; previous: GeneratedCode; followUp: string };

export async function runGenerationTask(input: GenerationTaskInput, emit: (step: GenerationStep) => void): Promise<GeneratedCode> {
  const onStep = emit;
  if (input.kind === 'dsl') return generateFromDsl(input.dsl, input.request, { onStep });
  if (input.kind === 'refine') return (await refine(input.previous, input.followUp, input.request, { onStep })).result;
  return generate(input.request, { onStep, provider: pickProvider(input.provider) });
}
