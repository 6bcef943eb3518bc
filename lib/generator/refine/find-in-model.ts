/*
 * Resolves the words of a follow-up ("the deals", "phone number") to an entity or field of
 * the current model, by machine name, label or plural label, singular or plural.
 */
import type { AppModel, ModelEntity, ModelField } from '@/lib/generator/types';
import { toSnake } from '@/lib/generator/naming';
import { singular } from '@/lib/generator/understand/lemma';

const DETERMINER = /^(?:the|a|an|all|each|every|my|our|its|their)\s+/i;

export function cleanPhrase(text: string): string {
  return text.trim().replace(/[.!?]+$/, '').replace(DETERMINER, '').replace(/['’]s$/, '').trim();
}

function candidates(phrase: string): string[] {
  const snake = toSnake(cleanPhrase(phrase));
  const words = snake.split('_');
  const singularised = [...words.slice(0, -1), singular(words.at(-1) ?? '')].join('_');
  return [...new Set([snake, singularised])];
}

export function findEntity(model: AppModel, phrase: string): ModelEntity | undefined {
  const names = candidates(phrase.replace(/\s+(?:object|objects|records?|entity|entities|table)$/i, ''));
  return model.entities.find(
    (e) => names.includes(e.name) || names.includes(toSnake(e.label)) || names.includes(toSnake(e.pluralLabel)),
  );
}

export function findField(entity: ModelEntity, phrase: string): ModelField | undefined {
  const names = candidates(phrase.replace(/\s+fields?$/i, ''));
  return entity.fields.find((f) => names.includes(f.name) || names.includes(toSnake(f.label)));
}
