/*
 * Noun-phrase handling: splitting a stretch of tokens into list items ("an amount, a stage and
 * a close date") and cleaning each item down to the words that name a field or a record,
 * while keeping the cues that matter for typing (required, "whether", a trailing "?", a
 * parenthesised type hint or option list).
 */
import type { Token } from './tokenize';
import { singular, isPluralForm } from './lemma';
import { DETERMINERS, FILLER, NON_HEADS } from './vocabulary/words';

/** A token plus the parenthesised group that followed it, if any. */
export interface Unit {
  tok: Token;
  paren?: Token[];
}

export interface Phrase {
  words: string[];
  head: string;
  plural: boolean;
  /** Items of a parenthesised group after the phrase: "(name, email)" or "(yes/no)". */
  paren?: string[][];
  required: boolean;
  optional: boolean;
  unique: boolean;
  /** "tier (default basic)": the value written after "default". */
  defaultValue?: string;
  /** The group joins its items with "or" ("(UPS, FedEx or DHL)"): a choice, never a record's field list. */
  choice?: boolean;
  /** "available?" or "whether they checked in": a yes/no field. */
  yesNo: boolean;
  raw: string;
}

const CONJUNCTIONS = new Set(['and', 'or', 'plus', 'also', 'but', 'then', 'nor']);
/** Heads that take "to" + verb as part of their name: "steps to reproduce", "reason to call". */
const TO_VERB_HEADS = new Set(['steps', 'step', 'instructions', 'reason', 'time', 'things', 'ability', 'permission', 'right', 'way', 'how', 'what', 'where', 'when', 'date', 'deadline', 'willing', 'able', 'ready', 'likely', 'allowed']);
const PRONOUNS = new Set(['i', 'we', 'they', 'you', 'he', 'she']);
/** Words that end a name: relative words and a subject pronoun ("movies i watched"). */
const RELATIVES = new Set(['i', 'we', 'they', 'you', 'he', 'she', 'who', 'which', 'that', 'where', 'whose', 'when', 'while', 'so', 'because', 'since', 'like', 'such']);
const FLAG_WORDS: Record<string, 'required' | 'optional' | 'unique'> = {
  required: 'required', mandatory: 'required', compulsory: 'required', obligatory: 'required',
  optional: 'optional', unique: 'unique',
};
const WHETHER_DROP = new Set([
  'i', 'it', 'they', 'he', 'she', 'we', 'you', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'been',
  'be', 'the', 'a', 'an', 'or', 'not', 'them', 'already', 'been', 'do', 'does', 'did', 'this', 'that',
]);
/** "done checkbox", "vip flag": the last word says yes/no and is not part of the name. */
const YES_NO_TAILS = new Set(['flag', 'checkbox', 'tickbox', 'toggle', 'switch', 'yes/no', 'true/false']);
/** Pairs that stay one field even though "and" joins them. */
const JOINED_PAIRS = new Set(['date and time', 'time and date', 'terms and conditions', 'questions and answers', 'pros and cons']);

/** Groups parenthesised tokens onto the word before them. */
export function toUnits(tokens: Token[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i];
    if (tok.text !== '(') {
      units.push({ tok });
      continue;
    }
    const group: Token[] = [];
    let depth = 1;
    i += 1;
    for (; i < tokens.length && depth > 0; i += 1) {
      if (tokens[i].text === '(') depth += 1;
      if (tokens[i].text === ')') depth -= 1;
      if (depth > 0) group.push(tokens[i]);
    }
    i -= 1;
    const owner = [...units].reverse().find((u) => u.tok.kind === 'word');
    // "status (open, closed) (default open)": later groups add to the first.
    if (owner) owner.paren = owner.paren ? [...owner.paren, { ...group[0], text: ',', kind: 'punct', tags: [] }, ...group] : group;
  }
  return units;
}

/** Splits units into list items at commas, colons and coordinating conjunctions. */
export function splitList(units: Unit[]): Unit[][] {
  const items: Unit[][] = [];
  let current: Unit[] = [];
  const flush = () => {
    if (current.length) items.push(current);
    current = [];
  };
  for (let i = 0; i < units.length; i += 1) {
    const text = units[i].tok.text;
    const pair = `${units[i - 1]?.tok.text} ${text} ${units[i + 1]?.tok.text}`;
    if (JOINED_PAIRS.has(pair)) {
      current.push(units[i]);
      continue;
    }
    if (text === 'as' && units[i + 1]?.tok.text === 'well' && units[i + 2]?.tok.text === 'as') {
      flush();
      i += 2;
    } else if ((text === 'along' || text === 'together') && units[i + 1]?.tok.text === 'with') {
      flush();
      i += 1;
    } else if (text === ',' || text === ':' || text === '/' || CONJUNCTIONS.has(text)) {
      flush();
    } else {
      current.push(units[i]);
    }
  }
  flush();
  return expandSharedHeads(items);
}

/** "start and end date" → "start date", "end date"; "first and last name" likewise. */
function expandSharedHeads(items: Unit[][]): Unit[][] {
  return items.map((item, i) => {
    const next = items[i + 1];
    const words = item.filter((u) => u.tok.kind === 'word' && !DETERMINERS.has(u.tok.text));
    // "start and end date" shares "date"; "check-out and a status" does not: a determiner starts a new item.
    if (words.length !== 1 || !next || next.length < 2 || DETERMINERS.has(next[0].tok.text)) return item;
    const modifier = words[0].tok.text;
    if (!SHARED_HEAD_MODIFIERS.has(modifier)) return item;
    return [...item, next[next.length - 1]];
  });
}

const SHARED_HEAD_MODIFIERS = new Set([
  'start', 'end', 'first', 'last', 'middle', 'check-in', 'check-out', 'pickup', 'return', 'billing',
  'shipping', 'min', 'max', 'minimum', 'maximum', 'home', 'work', 'opening', 'closing', 'arrival',
  'departure', 'begin', 'finish', 'planned', 'actual', 'primary', 'secondary',
]);

/** Cleans a list item into a phrase; null when nothing nameable is left. */
export function toPhrase(units: Unit[]): Phrase | null {
  const phrase: Phrase = {
    words: [], head: '', plural: false, required: false, optional: false, unique: false, yesNo: false,
    raw: units.map((u) => u.tok.text).join(' '),
  };
  let words = units.filter((u) => u.tok.kind === 'word' || u.tok.text === '?');
  const paren = units.find((u) => u.paren)?.paren;
  if (paren) phrase.paren = takeMarkers(splitList(paren.map((tok) => ({ tok }))).map((item) => item.map((u) => u.tok.text)), phrase);
  if (paren?.some((tok) => tok.text === 'or')) phrase.choice = true;

  if (words.at(-1)?.tok.text === '?') {
    phrase.yesNo = true;
    words = words.slice(0, -1);
  }
  words = words.filter((u) => u.tok.text !== '?');
  // "a room number to save the guest", "in order to bill": a purpose, not part of the name.
  const purpose = words.findIndex((u, i) => i > 0 && u.tok.text === 'to' && isVerbOnly(words[i + 1]?.tok) && !TO_VERB_HEADS.has(words[i - 1].tok.text));
  if (purpose > 0) words = words.slice(0, words[purpose - 1].tok.text === 'order' && words[purpose - 2]?.tok.text === 'in' ? purpose - 2 : purpose);
  // "which book was borrowed": the record asked about.
  if (words.length > 2 && (words[0].tok.text === 'which' || words[0].tok.text === 'what')) {
    const verb = words.findIndex((u, i) => i > 1 && ['was', 'is', 'were', 'are', 'has', 'have', 'got', 'they', 'it', 'we'].includes(u.tok.text));
    if (verb > 1) words = words.slice(1, verb);
  }
  const asks = words.some((u) => u.tok.text === 'whether' || u.tok.text === 'if');
  const relative = words.findIndex((u, i) => i > 0 && RELATIVES.has(u.tok.text) && !(asks && PRONOUNS.has(u.tok.text)));
  if (relative > 0) words = words.slice(0, relative);

  const out: Token[] = [];
  let whether = false;
  for (const unit of words) {
    const text = unit.tok.text;
    const flag = FLAG_WORDS[text];
    if (flag) {
      phrase[flag] = true;
      continue;
    }
    if (out.length === 0 && (text === 'whether' || text === 'if')) {
      whether = true;
      continue;
    }
    if (whether && WHETHER_DROP.has(text)) continue;
    // "records of pet owners", "a list of books": the leading filler and its "of" go.
    if (out.length === 0 && (DETERMINERS.has(text) || FILLER.has(text) || text === 'must' || text === 'be' || text === 'of')) continue;
    out.push(unit.tok);
  }
  if (whether) phrase.yesNo = true;
  while (out.length && (FILLER.has(out.at(-1)!.text) || DETERMINERS.has(out.at(-1)!.text))) out.pop();
  if (out.length > 1 && YES_NO_TAILS.has(out.at(-1)!.text)) {
    out.pop();
    phrase.yesNo = true;
  }
  if (out.length === 0) return null;
  phrase.words = out.map((t) => t.text);
  const last = out.at(-1)!.text;
  phrase.head = singular(last);
  phrase.plural = isPluralForm(last);
  return phrase;
}

function isVerbOnly(tok: Token | undefined): boolean {
  return Boolean(tok && tok.tags.includes('Verb') && !tok.tags.includes('Noun'));
}

/** Removes "required", "unique", "optional" and "default X" from a parenthesised group, setting them on the phrase. */
export function takeMarkers(items: string[][], phrase: Pick<Phrase, 'required' | 'optional' | 'unique' | 'defaultValue'>): string[][] | undefined {
  const rest = items.filter((item) => {
    const words = item.filter((w) => w !== 'must' && w !== 'be' && w !== 'is');
    const flag = words.length === 1 ? FLAG_WORDS[words[0]] : undefined;
    if (flag) phrase[flag] = true;
    else if (words[0] === 'default' && words.length > 1) phrase.defaultValue = words.slice(1).join(' ');
    else return true;
    return false;
  });
  return rest.length ? rest : undefined;
}

/** True when the phrase can name a record: a noun-like head that isn't a pronoun or function word. */
export function isNameable(phrase: Phrase): boolean {
  if (!/^[a-z][a-z-]*$/.test(phrase.head) || phrase.head.length < 2) return false;
  return !phrase.words.every((w) => NON_HEADS.has(w));
}
