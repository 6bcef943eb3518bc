/*
 * What the language model is told: the job, the answer's shape (also sent as a JSON schema,
 * which some OpenAI-compatible servers ignore, hence the prose), and the request.
 */
import type { CodeGenerationRequest } from '@/schemas';
import { MODEL_FIELD_TYPES } from '@/lib/generator/model/app-model-schema';

export const SYSTEM_PROMPT = [
  'You design the data model of an ObjectStack low-code app from a user\'s description.',
  'Answer with one JSON object only, no prose, shaped as:',
  '{"app": {"label": string, "description": string}, "entities": [{"name": snake_case singular, "label"?: string, "pluralLabel"?: string,',
  ' "nameField"?: field name, "fields": [{"name": snake_case, "type": one of the types below, "required"?: boolean, "unique"?: boolean,',
  ' "options"?: [string] for select/multiselect, "reference"?: object name for lookup/master_detail}]}], "notes"?: [string]}',
  `Field types: ${MODEL_FIELD_TYPES.join(', ')}.`,
  'Use lookup for "belongs to", master_detail when the child cannot exist without its parent, user for people who log in.',
  'Every lookup/master_detail reference must name an entity of your answer. Give each entity a text field used as its name.',
  'Put anything you had to assume in "notes".',
].join('\n');

export function userPrompt(request: CodeGenerationRequest): string {
  return [`Plugin type: ${request.pluginType}`, 'Description:', request.description.trim()].join('\n');
}

export function correctionPrompt(problems: string[]): string {
  return [
    'Your answer failed validation:',
    ...problems.slice(0, 20).map((p) => `- ${p}`),
    'Answer again with the whole corrected JSON object.',
  ].join('\n');
}
