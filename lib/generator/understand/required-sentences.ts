/*
 * Sentences that only state which fields are required: "name and email are required",
 * "required fields: title, due date". They mark existing fields rather than add new ones.
 */
import type { Token } from './tokenize';
import { toUnits, splitList, toPhrase } from './phrases';
import { toSnake } from '@/lib/generator/naming';
import type { Draft } from './draft';

const REQUIRED = new Set(['required', 'mandatory', 'compulsory']);

/** Returns true when the sentence was a required-fields statement and has been applied. */
export function applyRequiredSentence(tokens: Token[], draft: Draft): boolean {
  const words = tokens.map((t) => t.text);
  let listTokens: Token[] | null = null;
  const last = words.length - 1;
  if (REQUIRED.has(words[last]) && ['is', 'are', 'be'].includes(words[last - 1])) {
    listTokens = tokens.slice(0, last - 1).filter((t) => !['must', 'should', 'always'].includes(t.text));
  } else if (REQUIRED.has(words[0]) && words.includes(':')) {
    listTokens = tokens.slice(words.indexOf(':') + 1);
  }
  if (!listTokens) return false;
  const names = splitList(toUnits(listTokens))
    .map(toPhrase)
    .filter((p) => p !== null)
    .map((p) => toSnake(p.words));
  const order = draft.focus ? [draft.focus, ...draft.names.filter((n) => n !== draft.focus)] : draft.names;
  for (const name of names) {
    for (const entity of order) {
      const field = draft.entities.get(entity)?.fields.find((f) => f.name === name || f.name === `${name}_id`);
      if (field) {
        field.required = true;
        break;
      }
    }
  }
  words.forEach((w) => draft.used.add(w));
  return true;
}
