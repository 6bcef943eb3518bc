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
const DOMAIN_MODIFIERS = new Set(['restaurant', 'gym', 'hotel', 'clinic', 'school', 'library', 'crm', 'hr', 'farm', 'company', 'office', 'fitness', 'shop', 'store', 'warehouse', 'rental', 'fleet']);

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

/**
 * Words that never sit inside a record's name: a phrase that holds one ("for a class", "while
 * classes", "we take table reservations") names the record only after it.
 */
const CLAUSE_WORDS = new Set([
  'for', 'while', 'where', 'when', 'whose', 'which', 'who', 'that', 'by', 'to', 'from', 'into', 'at', 'on', 'in', 'about',
  'we', 'i', 'you', 'they', 'he', 'she', 'it', 'is', 'are', 'am', 'be', 'was', 'were', 'been', 'do', 'does', 'did',
  'can', 'could', 'will', 'would', 'should', 'must', 'may', 'might', 'get', 'gets', 'got', 'um', 'uh', 'honestly',
  'maybe', 'basically', 'actually', 'really', 'just', 'so', 'like', 'also', 'then', 'and', 'or', 'but', 'plus',
  'take', 'takes', 'took', 'run', 'runs', 'ran', 'need', 'needs', 'needing', 'want', 'wants', 'wanting', 'love', 'loves',
  'live', 'lives', 'fly', 'flies', 'ship', 'ships', 'sell', 'sells', 'selling', 'keep', 'keeps', 'use', 'uses', 'all', 'themselves', 'themself',
]);
/** Places of business: the words up to one name the business, not the record ("print shop orders" → order). */
const BUSINESS_PLACES = new Set([
  'shop', 'store', 'studio', 'clinic', 'club', 'school', 'firm', 'practice', 'agency', 'company', 'office', 'bakery',
  'pharmacy', 'shipyard', 'marina', 'museum', 'observatory', 'winery', 'brewery', 'laundromat', 'lab', 'laboratory',
  'church', 'parish', 'academy', 'kennel', 'daycare', 'salon', 'spa', 'garage', 'restaurant', 'hotel', 'gym', 'cafe',
  'centre', 'center', 'rink', 'dealership', 'hospital', 'business',
]);
/** Verb forms that end a record's name when they follow it ("cycles started", "flights flown"). */
const TRAILING_VERB = /^(?:[a-z]+ed|flown|done|made|given|taken|written|held|run|sent|hand|submit|start|begin|do)$/;

/** The words of a phrase that can name a record: after any clause word or business place, before a trailing verb. */
export function recordWords(words: string[]): string[] {
  let out = words;
  const clause = findLast(out, (w, i) => CLAUSE_WORDS.has(w) && i < out.length - 1);
  if (clause >= 0) out = out.slice(clause + 1);
  const place = findLast(out, (w, i) => BUSINESS_PLACES.has(w) && i < out.length - 1);
  if (place >= 0) out = out.slice(place + 1);
  const verb = out.findIndex((w, i) => i > 0 && TRAILING_VERB.test(w));
  if (verb > 0) out = out.slice(0, verb);
  return out.filter((w) => !DETERMINER_WORDS.has(w));
}
const DETERMINER_WORDS = new Set(['a', 'an', 'the', 'each', 'every', 'our', 'their', 'its', 'my', 'your', 'his', 'her', 'custom', 'own', 'few', 'some']);

function findLast<T>(items: T[], test: (item: T, i: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i], i)) return i;
  return -1;
}

/** snake_case singular entity name for a phrase, or '' when it can't name a record. */
export function entityName(words: string[]): string {
  const usable = recordWords(words).filter((w) => /^[a-z][a-z0-9-]*$/.test(w));
  if (usable.length && CLAUSE_WORDS.has(usable.at(-1)!)) return '';
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
  // "for our developer conference we need ...": the speaker's own business.
  if (/^(?:for|in|at|from|of) (?:our|my)(?: [a-z-]+){1,3}$/.test(phrase.raw)) return true;
  const words = nameWords(phrase);
  if (words.length === 0 || words.every((w) => NON_HEADS.has(w))) return true;
  const head = words.at(-1)!;
  if (COLLECTION_WORDS.has(head)) return words.length === 1;
  if (APP_WORDS.has(head) || BUSINESS_PLACES.has(head)) return true;
  // "events", "projects": a domain name unless it is also a record we know.
  const text = phrase.words.join(' ');
  return DOMAINS.some((d) => d.triggers.includes(text)) && !lookupEntity(entityName(words));
}

/** True when the phrase's head names an app or a place of business ("clinic", "tracker"), not only a kind of app ("landlord"). */
export function isBusinessPhrase(phrase: Phrase): boolean {
  const words = nameWords(phrase);
  const head = words.at(-1) ?? '';
  return words.length === 0 || APP_WORDS.has(head) || BUSINESS_PLACES.has(head) || COLLECTION_WORDS.has(head);
}

export function isUserPhrase(phrase: Phrase): boolean {
  const text = nameWords(phrase).join(' ');
  return USER_WORDS.has(text) || USER_WORDS.has(singular(text));
}
