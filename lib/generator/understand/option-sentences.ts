/*
 * Sentences that only give the choices of a field named earlier: "Orders have a status. The
 * status can be new, paid or shipped." (rewrite-lists.ts has turned the list into a group).
 * They set the options of the existing field rather than add a new one.
 */
import type { Token } from './tokenize';
import { toUnits, toPhrase } from './phrases';
import { toSnake } from '@/lib/generator/naming';
import { singular } from './lemma';
import { entityName, resolveEntity } from './entity-names';
import { applyWrittenDefault, inferField } from './infer-field';
import { SELECT_WORDS } from './vocabulary/field-types';
import type { Draft } from './draft';

/** Returns true when the sentence named an existing field's options and they have been set. */
export function applyOptionSentence(tokens: Token[], draft: Draft): boolean {
  const units = toUnits(tokens);
  const last = units.at(-1);
  if (!last?.paren || units.some((u) => u.tok.kind !== 'word')) return false;
  const phrase = toPhrase(units);
  if (phrase && !phrase.paren && phrase.defaultValue !== undefined) return applyDefaultSentence(phrase.words, phrase.defaultValue, tokens, draft);
  if (!phrase?.paren || phrase.paren.length < 2) return false;
  const words = [...phrase.words.slice(0, -1), singular(phrase.words.at(-1)!)];
  const order = draft.focus ? [draft.focus, ...draft.names.filter((n) => n !== draft.focus)] : draft.names;
  for (let skip = 0; skip < words.length; skip += 1) {
    const name = toSnake(words.slice(skip));
    const owner = skip === 0 ? undefined : resolveEntity(entityName(words.slice(0, skip)), draft.names);
    for (const entity of owner ? [owner] : order) {
      // The options the user wrote win over a guessed type ("level" guessed a number), never over a reference.
      const field = draft.entities.get(entity)?.fields.find((f) => f.name === name && !['lookup', 'master_detail', 'user'].includes(f.type));
      if (!field) continue;
      const { field: typed } = inferField({ ...phrase, words: words.slice(skip) }, entity);
      if (typed.type !== 'select' || !typed.options) return false;
      field.type = 'select';
      field.options = typed.options;
      if (typed.defaultValue !== undefined) field.defaultValue = typed.defaultValue;
      tokens.forEach((t) => draft.used.add(t.text));
      return true;
    }
  }
  // "The priority should be low or high. Tickets have a priority.": kept for the field named later.
  if (words.length <= 3 && SELECT_WORDS.has(words.at(-1)!)) {
    draft.pendingOptions.set(toSnake(words), phrase);
    tokens.forEach((t) => draft.used.add(t.text));
    return true;
  }
  return false;
}

/** Options given before their field was named: set on the field of that name, else on the record in focus. */
export function applyPendingOptions(draft: Draft): void {
  for (const [name, phrase] of draft.pendingOptions) {
    const owners = [...draft.entities.values()].filter((e) => e.fields.some((f) => f.name === name && ['select', 'text', 'multiselect'].includes(f.type)));
    const targets = owners.length ? owners.map((e) => e.name) : draft.focus ? [draft.focus] : [];
    for (const entity of targets) {
      const { field: typed } = inferField({ ...phrase, words: name.split('_') }, entity);
      const existing = draft.entities.get(entity)!.fields.find((f) => f.name === name && ['select', 'text', 'multiselect'].includes(f.type));
      if (existing) Object.assign(existing, { type: typed.type, options: typed.options, ...(typed.defaultValue !== undefined ? { defaultValue: typed.defaultValue } : {}) });
      else draft.addField(entity, typed);
    }
  }
}

/** "Default package is basic", "the package defaults to basic": the default of a field named earlier. */
function applyDefaultSentence(words: string[], written: string, tokens: Token[], draft: Draft): boolean {
  const name = toSnake([...words.slice(0, -1), singular(words.at(-1)!)]);
  const order = draft.focus ? [draft.focus, ...draft.names.filter((n) => n !== draft.focus)] : draft.names;
  for (const entity of order) {
    const fields = draft.entities.get(entity)?.fields ?? [];
    const index = fields.findIndex((f) => f.name === name);
    if (index < 0) continue;
    fields[index] = applyWrittenDefault(fields[index], written);
    tokens.forEach((t) => draft.used.add(t.text));
    return true;
  }
  return false;
}
