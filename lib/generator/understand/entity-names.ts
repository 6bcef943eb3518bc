/*
 * From a noun phrase to an entity name, and from a later mention back to an entity already
 * declared ("each ticket" → support_ticket, "line items" → purchase_order_line_item).
 */
import { singular } from './lemma';
import { toSnake } from '@/lib/generator/naming';
import type { Phrase } from './phrases';
import { ENTITY_SYNONYMS, lookupEntity } from './vocabulary/entities';
import { APP_WORDS, COLLECTION_WORDS, NON_HEADS, USER_WORDS } from './vocabulary/words';
import { DOMAINS } from './vocabulary/domains';

const PARTITIVES = new Set(['piece', 'pieces', 'item', 'items', 'bit', 'bits', 'kind', 'kinds', 'sort', 'sorts', 'type', 'types']);
const CUT_PREPOSITIONS = new Set(['for', 'in', 'at', 'from', 'on', 'about', 'with', 'to', 'of', 'by', 'per']);
const QUALIFIERS = new Set([
  'new', 'old', 'open', 'closed', 'active', 'existing', 'potential', 'incoming', 'outgoing', 'upcoming',
  'recent', 'internal', 'external', 'important', 'small', 'big', 'large', 'simple', 'basic', 'various',
  'past', 'future', 'current', 'pending', 'daily', 'weekly', 'monthly', 'online', 'local', 'main',
]);
const DOMAIN_MODIFIERS = new Set(['restaurant', 'gym', 'hotel', 'clinic', 'school', 'library', 'crm', 'hr', 'farm', 'company', 'office', 'fitness', 'shop', 'store', 'warehouse']);

/** The words of a phrase that name a record: cut at prepositions, without qualifiers. */
export function nameWords(phrase: Phrase): string[] {
  let words = phrase.words;
  // "piece of equipment", "items of clothing": the record is what follows "of".
  if (words.length > 2 && PARTITIVES.has(words[0]) && words[1] === 'of') words = words.slice(2);
  const cut = words.findIndex((w, i) => i > 0 && CUT_PREPOSITIONS.has(w));
  if (cut > 0) words = words.slice(0, cut);
  words = words.filter((w, i) => i === words.length - 1 || !QUALIFIERS.has(w));
  return words.slice(-4);
}

/** snake_case singular entity name for a phrase, or '' when it can't name a record. */
export function entityName(words: string[]): string {
  const usable = words.filter((w) => /^[a-z][a-z0-9-]*$/.test(w));
  if (usable.length === 0 || NON_HEADS.has(usable.at(-1)!)) return '';
  let parts = [...usable.slice(0, -1), singular(usable.at(-1)!)];
  const head = parts.at(-1)!;
  if (COLLECTION_WORDS.has(head) && parts.length > 1) parts = [...parts.slice(0, -2), singular(parts.at(-2)!)];
  // "restaurant reservations" → reservation, "gym classes" → class, when the rest is a known record.
  while (parts.length > 1 && DOMAIN_MODIFIERS.has(parts[0]) && lookupEntity(toSnake(parts.slice(1)))) parts = parts.slice(1);
  const name = toSnake(parts);
  return ENTITY_SYNONYMS[name] && ['todo', 'person'].includes(ENTITY_SYNONYMS[name]) ? ENTITY_SYNONYMS[name] : name;
}

/** Resolves a mention to a declared entity: exact, or one is a suffix of the other. */
export function resolveEntity(name: string, declared: Iterable<string>): string | undefined {
  if (!name) return undefined;
  const list = [...declared];
  if (list.includes(name)) return name;
  return list.find((d) => d.endsWith(`_${name}`)) ?? list.find((d) => name.endsWith(`_${d}`));
}

/** True when the phrase names the app or business rather than a record ("a car rental business"). */
export function isAppPhrase(phrase: Phrase): boolean {
  const words = nameWords(phrase);
  if (words.length === 0 || words.every((w) => NON_HEADS.has(w))) return true;
  const head = words.at(-1)!;
  if (COLLECTION_WORDS.has(head)) return words.length === 1;
  if (APP_WORDS.has(head)) return true;
  // "events", "projects": a domain name unless it is also a record we know.
  const text = phrase.words.join(' ');
  return DOMAINS.some((d) => d.triggers.includes(text)) && !lookupEntity(entityName(words));
}

export function isUserPhrase(phrase: Phrase): boolean {
  const text = nameWords(phrase).join(' ');
  return USER_WORDS.has(text) || USER_WORDS.has(singular(text));
}
