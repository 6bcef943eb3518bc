/*
 * Request bodies and queries of /api/v1/generator. The CodeGenerationRequest inside is the
 * protocol's own schema, so R8 errors come back with their field paths (`request.schemaOptions`).
 */
import { z } from 'zod';
import { CodeGenerationRequestSchema } from './codegen';
import { checkStorableJson, idText, storedText } from './primitives';

/**
 * The longest prompt (request.description) and follow-up the generator reads. Its time grows
 * with the length (about 1 s at 8 000 characters, 6 s at 60 000: bench/event-loop); a real
 * app's description is far shorter. Longer text is refused with 413 prompt_too_large.
 */
export const MAX_PROMPT_CHARS = 8000;

/** A custom issue that asks the route for 413 instead of 400 (see parseBody in lib/auth/route.ts). */
function boundPrompt(text: string, path: (string | number)[], ctx: z.RefinementCtx) {
  if (text.length <= MAX_PROMPT_CHARS) return;
  ctx.addIssue({
    code: 'custom',
    path,
    message: `${path.join('.')} is ${text.length} characters long; the limit is ${MAX_PROMPT_CHARS}`,
    params: { status: 413, code: 'prompt_too_large' },
  });
}

export const GenerateBodySchema = z
  .object({
    input: z.enum(['prompt', 'dsl']).default('prompt').describe('Read the request description (prompt) or the DSL text (dsl)'),
    request: CodeGenerationRequestSchema,
    dsl: storedText(100_000).optional().describe('The app in the console DSL, for input dsl'),
  })
  .superRefine((body, ctx) => {
    checkStorableJson(body.request, ctx); // the request is stored with the generation
    if (body.input === 'dsl' && !body.dsl?.trim()) ctx.addIssue({ code: 'custom', path: ['dsl'], message: 'Write the app in the DSL, or switch to a prompt' });
    if (body.input === 'prompt' && !body.request.description.trim()) {
      ctx.addIssue({ code: 'custom', path: ['request', 'description'], message: 'Describe the app to generate' });
    }
    boundPrompt(body.request.description, ['request', 'description'], ctx);
  });
export type GenerateBody = z.infer<typeof GenerateBodySchema>;

export const RefineBodySchema = z
  .object({
    parentId: idText('parentId').describe('The generation to refine'),
    // A generous storage bound; past MAX_PROMPT_CHARS the refinement answers 413.
    followUp: storedText(10 * MAX_PROMPT_CHARS)
      .trim()
      .min(1, 'Say what to change, e.g. "add a priority to tasks"')
      .describe(`What to change, at most ${MAX_PROMPT_CHARS} characters`),
  })
  .superRefine((body, ctx) => boundPrompt(body.followUp, ['followUp'], ctx));
export type RefineBody = z.infer<typeof RefineBodySchema>;

export const GenerationListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  mine: z.enum(['0', '1']).optional().describe('1: only the caller’s generations'),
});
