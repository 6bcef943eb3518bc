/*
 * Zod statements of the generator's AppModel (lib/generator/types.ts): the full model, used to
 * check models that come from outside (DSL, refine input, the page), and the smaller answer
 * shape a language model is asked to fill, which complete-answer.ts turns into an AppModel.
 */
import { z } from 'zod';
import type { AppModel, ModelFieldType } from '@/lib/generator/types';

export const MODEL_FIELD_TYPES = [
  'text', 'textarea', 'email', 'url', 'phone', 'number', 'currency', 'percent', 'date', 'datetime', 'time',
  'boolean', 'select', 'multiselect', 'tags', 'lookup', 'master_detail', 'user', 'image', 'file', 'rating',
  'address', 'autonumber', 'formula',
] as const satisfies readonly ModelFieldType[];

export const ModelFieldTypeSchema = z.enum(MODEL_FIELD_TYPES);

const OptionSchema = z.object({ label: z.string().min(1), value: z.string().min(1) });

export const ModelFieldSchema = z.object({
  name: z.string().min(1),
  label: z.string().min(1),
  type: ModelFieldTypeSchema,
  required: z.boolean(),
  unique: z.boolean().optional(),
  options: z.array(OptionSchema).optional(),
  reference: z.string().optional(),
  autonumberFormat: z.string().optional(),
  expression: z.string().optional(),
  source: z.enum(['prompt', 'default', 'relation', 'name-field']),
  phrase: z.string().optional(),
});

export const ModelEntitySchema = z.object({
  name: z.string().min(1),
  label: z.string().min(1),
  pluralLabel: z.string().min(1),
  icon: z.string().min(1),
  nameField: z.string().min(1),
  fields: z.array(ModelFieldSchema).min(1),
  source: z.enum(['prompt', 'default']),
});

export const AppModelSchema = z.object({
  prompt: z.string(),
  app: z.object({ name: z.string().min(1), label: z.string().min(1), domain: z.string().optional(), description: z.string() }),
  entities: z.array(ModelEntitySchema),
  relations: z.array(
    z.object({ from: z.string(), field: z.string(), to: z.string(), kind: z.enum(['lookup', 'master_detail', 'user']), phrase: z.string() }),
  ),
  confidence: z.number().min(0).max(100),
  warnings: z.array(z.string()),
  suggestions: z.array(z.string()),
});

// Compile-time guard: the schema and the hand-written interface must not drift apart.
export const appModelSchemaMatches: z.ZodType<AppModel> = AppModelSchema;

/** What a language model answers: names and types only; labels, icons and sources are filled in. */
export const AppModelAnswerSchema = z
  .object({
    app: z.object({
      label: z.string().describe('Human name of the app, e.g. "Sales CRM"'),
      description: z.string().optional().describe('One sentence on what the app is for'),
    }),
    entities: z
      .array(
        z.object({
          name: z.string().describe('snake_case singular object name, e.g. "deal"'),
          label: z.string().optional().describe('Singular label, e.g. "Deal"'),
          pluralLabel: z.string().optional().describe('Plural label, e.g. "Deals"'),
          icon: z.string().optional().describe('A lucide icon name'),
          nameField: z.string().optional().describe('The field shown as the record name; defaults to the first text field'),
          fields: z
            .array(
              z.object({
                name: z.string().describe('snake_case field name'),
                label: z.string().optional(),
                type: ModelFieldTypeSchema,
                required: z.boolean().optional(),
                unique: z.boolean().optional(),
                options: z.array(z.string()).optional().describe('Choices, for select and multiselect fields'),
                reference: z.string().optional().describe('Target object name, for lookup and master_detail fields'),
              }),
            )
            .describe('Fields of the object'),
        }),
      )
      .min(1)
      .describe('The objects (record types) of the app'),
    notes: z.array(z.string()).optional().describe('Assumptions you made that the user should check'),
  })
  .describe('An ObjectStack app: its objects and their fields');
export type AppModelAnswer = z.infer<typeof AppModelAnswerSchema>;
