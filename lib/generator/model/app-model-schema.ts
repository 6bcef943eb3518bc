/*
 * The field types of the generator's AppModel (lib/generator/types.ts derives ModelFieldType
 * from this list), and the answer shape a language model is asked to fill, which
 * complete-answer.ts turns into an AppModel.
 */
import { z } from 'zod';

/** The ObjectStack field types the generator emits (a subset of the spec's FieldType enum). */
export const MODEL_FIELD_TYPES = [
  'text', 'textarea', 'email', 'url', 'phone', 'number', 'currency', 'percent', 'date', 'datetime', 'time',
  'boolean', 'select', 'multiselect', 'tags', 'lookup', 'master_detail', 'user', 'image', 'file', 'rating',
  'address', 'autonumber', 'formula',
] as const;

const ModelFieldTypeSchema = z.enum(MODEL_FIELD_TYPES);

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
