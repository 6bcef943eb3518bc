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

/** Body of POST /api/v1/generator/plan: the description to read into a plan. */
export const PlanBodySchema = z.object({
  description: z.string().trim().min(1, 'Describe the app to plan').max(20_000).describe('The app described in English'),
});
export type PlanBody = z.infer<typeof PlanBodySchema>;

const PlanConfidenceSchema = z.number().int().min(0).max(100).describe('0..100: how sure the reader is of this part');
const PlanWordsSchema = z.string().nullable().describe('The words of the description it came from; null when the reader added it on its own');

export const PlanFieldSchema = z.object({
  name: z.string(),
  label: z.string(),
  type: z.string().describe('ObjectStack field type'),
  required: z.boolean(),
  unique: z.boolean(),
  options: z.array(z.string()).optional().describe('Choices of a select, as labels'),
  optionsWritten: z.boolean().optional().describe('True when the description gave the options; false when built-in ones were used'),
  defaultValue: z.union([z.string(), z.number(), z.boolean()]).optional(),
  reference: z.string().optional().describe('Target object of a lookup, master_detail or user field'),
  words: PlanWordsSchema,
  confidence: PlanConfidenceSchema,
  low: z.boolean().describe('Confidence below 50: review this part'),
});

export const PlanObjectSchema = z.object({
  name: z.string(),
  label: z.string(),
  words: PlanWordsSchema,
  confidence: PlanConfidenceSchema,
  low: z.boolean(),
  fields: z.array(PlanFieldSchema),
});

export const PlanRelationSchema = z.object({
  from: z.string().describe('Object holding the reference field'),
  field: z.string(),
  to: z.string(),
  kind: z.enum(['lookup', 'master_detail', 'user']),
  words: PlanWordsSchema,
  confidence: PlanConfidenceSchema,
  low: z.boolean(),
});

/** What the reader understood, to review (rename, retype, move, drop) before generating. */
export const GenerationPlanSchema = z.object({
  app: z.object({ name: z.string(), label: z.string() }),
  reader: z.string().describe('The reader that produced the plan'),
  confidence: PlanConfidenceSchema,
  objects: z.array(PlanObjectSchema),
  relations: z.array(PlanRelationSchema),
  warnings: z.array(z.string()),
  suggestions: z.array(z.string()),
});
export type GenerationPlan = z.infer<typeof GenerationPlanSchema>;
