/*
 * The reviewable plan of an AppModel: every object, field and relation the reader understood,
 * each with the words it came from and a confidence, low ones marked. Confidence per part is
 * read from where the part came from: written in the prompt, typed by a cue, or filled in.
 */
import type { GenerationPlan } from '@/schemas/generator-api';
import type { AppModel, ModelEntity, ModelField, ModelRelation } from '@/lib/generator/types';
import { normalizeText } from '@/lib/generator/understand/tokenize';
import { lookupEntity } from '@/lib/generator/understand/vocabulary/entities';
import { LOW_CONFIDENCE } from '@/lib/generator/understand/confidence';

type PlanObject = GenerationPlan['objects'][number];
type PlanField = PlanObject['fields'][number];
type PlanRelation = GenerationPlan['relations'][number];

export function buildPlan(model: AppModel, reader: string): GenerationPlan {
  const prompt = ` ${normalizeText(model.prompt).replace(/[^a-z0-9%]+/g, ' ')} `;
  return {
    app: { name: model.app.name, label: model.app.label },
    reader,
    confidence: model.confidence,
    objects: model.entities.map((e) => planObject(e, prompt)),
    relations: model.relations.map(planRelation),
    warnings: model.warnings,
    suggestions: model.suggestions,
  };
}

function planObject(entity: ModelEntity, prompt: string): PlanObject {
  const fields = entity.fields.map((f) => planField(f, prompt));
  const ownFields = entity.fields.some((f) => f.source === 'prompt');
  let confidence = entity.source === 'default' ? 40 : lookupEntity(entity.name) ? 90 : 75;
  if (!ownFields) confidence = Math.min(confidence, 50);
  return { name: entity.name, label: entity.label, words: entity.phrase ?? null, ...rated(confidence), fields };
}

function planField(field: ModelField, prompt: string): PlanField {
  const options = field.options?.map((o) => o.label);
  const optionsWritten = options ? options.every((label) => prompt.includes(` ${normalizeText(label).replace(/[^a-z0-9%]+/g, ' ').trim()} `)) : undefined;
  return {
    name: field.name,
    label: field.label,
    type: field.type,
    required: field.required,
    unique: Boolean(field.unique),
    ...(options ? { options, optionsWritten } : {}),
    ...(field.defaultValue !== undefined ? { defaultValue: field.defaultValue } : {}),
    ...(field.reference ? { reference: field.reference } : {}),
    words: field.source === 'prompt' || field.source === 'relation' ? (field.phrase ?? null) : null,
    ...rated(fieldConfidence(field, optionsWritten)),
  };
}

function fieldConfidence(field: ModelField, optionsWritten: boolean | undefined): number {
  if (field.source === 'default') return 40;
  if (field.source === 'name-field') return 70;
  if (field.source === 'relation') return field.phrase?.endsWith('default') ? 40 : 85;
  if ((field.type === 'select' || field.type === 'multiselect') && !field.options?.length) return 30;
  if (optionsWritten === false) return 60;
  // A plain text field is what the reader falls back to when no word gave the type.
  return field.type === 'text' ? 70 : 90;
}

function planRelation(relation: ModelRelation): PlanRelation {
  const guessed = relation.phrase.endsWith('default');
  return {
    from: relation.from,
    field: relation.field,
    to: relation.to,
    kind: relation.kind,
    words: guessed ? null : relation.phrase,
    ...rated(guessed ? 40 : 85),
  };
}

function rated(confidence: number): { confidence: number; low: boolean } {
  return { confidence, low: confidence < LOW_CONFIDENCE };
}
