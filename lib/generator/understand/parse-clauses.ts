/*
 * Clause parser: finds the verbs that organise a sentence ("have", "with", ":", "belongs to",
 * "has many", ...) and cuts the sentence into subject / verb / list-of-items clauses.
 * Whether a list holds fields or records is decided later, once the subject is known.
 */
import type { Token } from './tokenize';
import { toUnits, splitList, toPhrase, isNameable, type Phrase, type Unit } from './phrases';
import { FIELD_VERBS, INTRO_VERBS, RELATION_VERBS, WEAK_RELATION_WORDS, NON_HEADS, type RelationVerb } from './vocabulary/words';

export type AnchorKind = 'list' | 'relation' | 'colon' | 'svo';

export interface Anchor {
  kind: AnchorKind;
  words: string;
  relation?: RelationVerb;
  /** "must have": every item is a required field. */
  required?: boolean;
  start: number;
  end: number;
}

export interface Clause {
  subject: Phrase[];
  /** null for a bare list with no organising verb ("Contacts", "products, orders"). */
  anchor: Anchor | null;
  items: Phrase[];
}

export interface ParseContext {
  /** Whether a phrase head names a record already known from the prompt. */
  isEntity: (words: string[]) => boolean;
  /** Whether a phrase names a record the vocabulary knows, declared or not. */
  isKnownNoun: (words: string[]) => boolean;
  /** Enable one-word prepositions ("for", "of", "to") as relation verbs. */
  weakRelations: boolean;
}

const LIST_VERBS = [...new Set([...FIELD_VERBS, ...INTRO_VERBS])].map((w) => w.split(' ')).sort((a, b) => b.length - a.length);
const RELATIONS = [...RELATION_VERBS].sort((a, b) => b.words.split(' ').length - a.words.split(' ').length);
/** List verbs that are also common nouns: anchors only when tagged as verbs or heading a colon. */
const AMBIGUOUS_VERBS = new Set([
  'record', 'records', 'list', 'lists', 'field', 'fields', 'track', 'tracks', 'store', 'stores', 'log', 'logs',
  'need', 'needs', 'hold', 'holds', 'keep', 'keeps', 'run', 'runs', 'columns', 'attributes', 'properties',
  'include', 'includes', 'capture', 'captures', 'monitor', 'monitors', 'handle', 'handles',
]);
/** Words after which a preposition stays inside a field phrase ("date of birth", "number of guests"). */
const FIELD_HEADS_BEFORE_PREP = new Set([
  'number', 'date', 'name', 'amount', 'type', 'count', 'quantity', 'duration', 'yield', 'price', 'steps',
  'cost', 'time', 'place', 'proof', 'method', 'mode', 'level', 'rate', 'total', 'value', 'list', 'kind',
  'sort', 'terms', 'length', 'size', 'weight', 'hours', 'minutes', 'reason', 'description', 'status',
  'stage', 'point', 'percentage', 'share', 'title', 'version', 'state',
]);
const HEADER_SUBJECTS = new Set(['fields', 'field', 'columns', 'attributes', 'properties', 'object', 'objects', 'entity', 'entities', 'table', 'tables', 'model', 'models', 'records', 'data']);
const COPULAS = new Set(['is', 'are']);
const RELATIVE_WORDS = new Set(['where', 'which', 'who', 'that', 'whose']);

export function parseSentence(tokens: Token[], ctx: ParseContext): Clause[] {
  const svos: Clause[] = [];
  const phrasesOf = (units: Unit[]) => listPhrases(units, ctx, svos);
  const extractSubject = (units: Unit[]) => subjectOf(units, phrasesOf);
  return [...parseWith(tokens, ctx, phrasesOf, extractSubject), ...svos];
}

function parseWith(
  tokens: Token[],
  ctx: ParseContext,
  phrasesOf: (units: Unit[]) => Phrase[],
  extractSubject: (units: Unit[]) => Phrase[],
): Clause[] {
  const units = toUnits(tokens);
  const anchors = findAnchors(units, ctx);
  if (anchors.length === 0) {
    return [{ subject: [], anchor: null, items: phrasesOf(units) }];
  }
  const clauses: Clause[] = [];
  let subject = extractSubject(units.slice(0, anchors[0].start));
  anchors.forEach((anchor, k) => {
    const next = anchors[k + 1];
    const segment = units.slice(anchor.end, next ? next.start : units.length);
    const clause: Clause = { subject, anchor, items: [] };
    clauses.push(clause);
    if (!next) {
      clause.items = phrasesOf(segment);
      return;
    }
    const lastWord = [...segment].reverse().find((u) => u.tok.text !== '?');
    const coordinated = !lastWord || [',', 'and', 'but', 'also', 'plus', 'then'].includes(lastWord.tok.text);
    if (anchor.kind === 'relation' && next.kind === 'colon' && anchor.relation?.kind !== 'has-many') {
      // "maintenance requests submitted by a tenant: category, ...": the list is the requests' fields.
      clause.items = phrasesOf(segment);
    } else if (coordinated || (anchor.kind === 'relation' && (next.kind === 'list' || next.kind === 'relation') && !opensNewSubject(segment))) {
      // "enrolments made by a dancer for a class, each with a date": every relation is the enrolments'.
      // "deals have an amount and belong to an account": both verbs share "deals".
      clause.items = phrasesOf(segment);
    } else if (next.kind === 'relation' && anchor.kind === 'list' && INTRO_ONLY.has(anchor.words)) {
      // "log calls and meetings against each company": the relation applies to the whole list.
      clause.items = phrasesOf(segment);
      subject = clause.items;
    } else {
      // "... and leave requests with start date": the last phrase is the next verb's subject.
      const phrases = phrasesOf(segment);
      clause.items = phrases.slice(0, -1);
      subject = extractSubject(segment).slice(-1);
    }
  });
  return clauses;
}

/** "... has many rides, and a ride has ...": after a separator, a determiner and a noun start the next verb's subject. */
function opensNewSubject(segment: Unit[]): boolean {
  const items = splitList(segment);
  if (items.length < 2) return false;
  const last = items.at(-1)!.map((u) => u.tok.text);
  return last.length >= 2 && ['a', 'an', 'the', 'each', 'every'].includes(last[0]);
}

/** Verbs that only introduce records ("log calls and meetings"), never fields. */
const INTRO_ONLY = new Set(INTRO_VERBS.filter((v) => !FIELD_VERBS.includes(v) || ['track', 'tracks', 'tracking', 'log', 'logs', 'manage', 'keep'].includes(v)));
/** Words after which an ambiguous noun/verb ("log", "track") is the verb. */
const VERB_CONTEXT = new Set(['and', 'to', 'we', 'i', 'they', 'you', 'can', 'will', 'should', 'must', 'also', 'then', 'please', 'want', 'need']);

/**
 * List items as phrases. An item that is a whole sentence between two known records
 * ("customers place orders") yields its object as the item and an 'svo' clause on the side.
 */
function listPhrases(units: Unit[], ctx: ParseContext, svos: Clause[]): Phrase[] {
  const out: Phrase[] = [];
  for (const item of splitList(units)) {
    const verbAt = item.findIndex((u, i) => i > 0 && i < item.length - 1 && u.tok.tags.includes('Verb') && !u.tok.tags.includes('Adjective'));
    if (verbAt > 0) {
      const subject = toPhrase(item.slice(0, verbAt));
      const object = toPhrase(item.slice(verbAt + 1));
      if (subject && object && ctx.isKnownNoun(subject.words) && ctx.isKnownNoun(object.words)) {
        const verb = item[verbAt].tok;
        svos.push({ subject: [subject], anchor: { kind: 'svo', words: verb.lemma, start: 0, end: 0 }, items: [object] });
        out.push(object);
        continue;
      }
    }
    const phrase = toPhrase(item);
    if (phrase) out.push(phrase);
  }
  return out;
}

/**
 * The subject of a verb from the words before it: the phrase after a relative word ("a bug
 * tracker where each bug"), before a trailing one ("opportunities which"), after a copula
 * ("laptops are assets"), or the whole list ("projects and tasks").
 */
function subjectOf(units: Unit[], phrasesOf: (units: Unit[]) => Phrase[]): Phrase[] {
  let words = units;
  // "applicants apply (to a job)": the verb before a preposition is not part of the subject.
  while (words.length > 1 && isVerbOnly(words.at(-1)!.tok) && !isVerbOnly(words.at(-2)!.tok) && words.at(-2)!.tok.kind === 'word') words = words.slice(0, -1);
  if (words.length && RELATIVE_WORDS.has(words.at(-1)!.tok.text)) {
    return lastNounPhrase(words.slice(0, -1));
  }
  const relative = findLastIndex(words, (u) => RELATIVE_WORDS.has(u.tok.text));
  if (relative >= 0 && relative < words.length - 1) words = words.slice(relative + 1);
  const copula = findLastIndex(words, (u) => COPULAS.has(u.tok.text));
  // "laptops are assets" names the assets; "each claim is filed (against a policy)" keeps the claim.
  const predicate = words.slice(copula + 1);
  const passive = copula > 1 && predicate.length === 1 && /^[a-z]{3,}ed$/.test(predicate[0].tok.text) && ['each', 'every'].includes(words[copula - 2]?.tok.text);
  if (copula >= 0 && copula < words.length - 1 && !passive) words = words.slice(copula + 1);
  else if (passive) words = words.slice(0, copula);
  const phrases = phrasesOf(words).filter(isNameable);
  return phrases.length ? phrases : lastNounPhrase(words);
}

function lastNounPhrase(units: Unit[]): Phrase[] {
  const out: Unit[] = [];
  for (let i = units.length - 1; i >= 0; i -= 1) {
    const u = units[i];
    if (u.tok.kind !== 'word' || NON_HEADS.has(u.tok.text) || isVerbOnly(u.tok)) break;
    out.unshift(u);
  }
  const phrase = toPhrase(out);
  return phrase && isNameable(phrase) ? [phrase] : [];
}

function isVerbOnly(tok: Token): boolean {
  return tok.tags.includes('Verb') && !tok.tags.includes('Noun');
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i])) return i;
  return -1;
}

function findAnchors(units: Unit[], ctx: ParseContext): Anchor[] {
  const anchors: Anchor[] = [];
  let inWhether = false;
  for (let i = 0; i < units.length; ) {
    const text = units[i].tok.text;
    if (text === 'whether' || text === 'if') inWhether = true;
    if (inWhether) {
      if (text === ',' || text === 'and' || text === ';') inWhether = false;
      i += 1;
      continue;
    }
    if (text === ':') {
      anchors.push({ kind: 'colon', words: ':', start: i, end: i + 1 });
      i += 1;
      continue;
    }
    const anchor = matchRelation(units, i, ctx) ?? matchListVerb(units, i);
    if (anchor) {
      anchors.push(anchor);
      i = anchor.end;
    } else {
      i += 1;
    }
  }
  return anchors;
}

function wordsAt(units: Unit[], i: number, n: number): string {
  return units.slice(i, i + n).map((u) => u.tok.text).join(' ');
}

function matchRelation(units: Unit[], i: number, ctx: ParseContext): Anchor | null {
  for (const relation of RELATIONS) {
    const n = relation.words.split(' ').length;
    if (wordsAt(units, i, n) !== relation.words) continue;
    const weak = WEAK_RELATION_WORDS.has(relation.words) || /^(is|are) (for|in|under)$/.test(relation.words);
    if (weak && !weakRelationHolds(units, i, n, ctx)) continue;
    return { kind: 'relation', words: relation.words, relation, required: relation.required, start: i, end: i + n };
  }
  // "cycles started by a customer", "flights flown by a pilot": any participle before "by".
  const word = units[i].tok.text;
  if (units[i + 1]?.tok.text === 'by' && i > 0 && PARTICIPLE.test(word)) {
    const relation: RelationVerb = { words: `${word} by`, kind: 'belongs', userField: `${word}_by` };
    return { kind: 'relation', words: relation.words, relation, start: i, end: i + 2 };
  }
  return null;
}

const PARTICIPLE = /^(?:[a-z]{2,}(?:ed|en|wn)|made|done|run|held|sent|built|paid|kept|led|set|taught|bought|sold|brought|written)$/;

/** A bare preposition is a relation only between a record and a known record ("a visit is for one pet"). */
function weakRelationHolds(units: Unit[], i: number, n: number, ctx: ParseContext): boolean {
  if (!ctx.weakRelations || i === 0) return false;
  const before = units[i - 1].tok;
  if (before.kind !== 'word' || FIELD_HEADS_BEFORE_PREP.has(before.text)) return false;
  const target: string[] = [];
  for (let j = i + n; j < units.length; j += 1) {
    const t = units[j].tok;
    if (t.kind !== 'word' || t.text === 'and' || t.text === 'or' || t.text === 'with') break;
    if (target.length === 0 && ['a', 'an', 'the', 'each', 'one', 'every', 'its', 'their', 'his', 'her', 'my', 'our'].includes(t.text)) continue;
    target.push(t.text);
    if (units[j].paren) break;
  }
  return target.length > 0 && ctx.isEntity(target);
}

function matchListVerb(units: Unit[], i: number): Anchor | null {
  for (const verb of LIST_VERBS) {
    const n = verb.length;
    if (wordsAt(units, i, n) !== verb.join(' ')) continue;
    const first = units[i].tok;
    const next = units[i + n]?.tok;
    // "a tracking number", "the holding period": after a determiner the word describes a noun.
    if (n === 1 && (/ing$/.test(first.text) || AMBIGUOUS_VERBS.has(first.text)) && ['a', 'an', 'the', 'its', 'their', 'our', 'my'].includes(units[i - 1]?.tok.text ?? '')) continue;
    if (n === 1 && AMBIGUOUS_VERBS.has(first.text)) {
      const header = next?.text === ':';
      const prev = units[i - 1]?.tok;
      // Sentence-initial "track ..." is an imperative; elsewhere the tagger or the word before decides.
      const verbal = i === 0 ? INTRO_VERBS.includes(first.text) : (first.tags.includes('Verb') && prev.kind === 'word') || VERB_CONTEXT.has(prev.text);
      if (!header && !verbal) continue;
      if (header && HEADER_SUBJECTS.has(first.text)) return null; // "fields:" is a subject, not a verb
    }
    if (!next || next.text === ',' ) continue;
    const required = verb[0] === 'must' || verb[0] === 'requires' || verb[0] === 'require';
    return { kind: 'list', words: verb.join(' '), required, start: i, end: i + n };
  }
  return null;
}
