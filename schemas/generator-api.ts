/*
 * Request bodies and queries of /api/v1/generator. The CodeGenerationRequest inside is the
 * protocol's own schema, so R8 errors come back with their field paths (`request.schemaOptions`).
 */
import { z } from 'zod';
import { CodeGenerationRequestSchema } from './codegen';
import { checkStorableJson, idText, storedText } from './primitives';

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
  });
export type GenerateBody = z.infer<typeof GenerateBodySchema>;

export const RefineBodySchema = z.object({
  parentId: idText('parentId').describe('The generation to refine'),
  followUp: storedText(2000).trim().min(1, 'Say what to change, e.g. "add a priority to tasks"').describe('What to change'),
});
export type RefineBody = z.infer<typeof RefineBodySchema>;

export const GenerationListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  mine: z.enum(['0', '1']).optional().describe('1: only the caller’s generations'),
});
