/*
 * Turns a prompt into sentences of tokens. Each word carries its lowercase form, a noun lemma
 * and compromise's part-of-speech tags; the parser uses the tags only to break ties that the
 * closed vocabularies cannot (is "records" a noun or a verb here?).
 */
import nlp from 'compromise';
import { singular } from './lemma';
import { rewriteOptionLists } from './rewrite-lists';

export interface Token {
  /** Lowercase surface form. */
  text: string;
  /** Singular form for nouns; the word itself otherwise. */
  lemma: string;
  kind: 'word' | 'punct';
  /** compromise tags (Noun, Plural, Verb, Adjective, ...); empty for punctuation. */
  tags: string[];
  start: number;
}

/** Rewrites spellings so one rule covers each idea ("e-mail", "w/", "&", contractions). */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d"`]/g, ' ')
    // Bullets first, so a "- " that starts a line is not read as a dash between words.
    .replace(/(^|\r?\n)\s*(?:[-*\u2022]|\d+[.)])\s+/g, '$1')
    // A markdown heading ("## Recycling centre") is a title line.
    .replace(/(^|\r?\n)\s*#{1,6}\s+([^\n:]*?)\s*(?=\r?\n|$)/g, '$1$2:')
    .replace(/[ \t][\u2013\u2014][ \t]|[ \t]-{1,2}[ \t]|[\u2013\u2014]/g, ' : ')
    .toLowerCase()
    .replace(/\be-?mail\b/g, 'email')
    .replace(/\bw\/(?=\s)/g, 'with')
    .replace(/\bto-?dos?\b/g, (m) => (m.endsWith('s') ? 'todos' : 'todo'))
    .replace(/\byes\s*(?:\/|or)\s*no\b|\by\/n\b/g, 'yes/no')
    .replace(/\btrue\s*\/\s*false\b/g, 'true/false')
    .replace(/&/g, ' and ')
    .replace(/\b(i|you|we|they)'ve\b/g, '$1 have')
    .replace(/\b(you|we|they)'re\b/g, '$1 are')
    .replace(/\b(it|that|there)'s\b/g, '$1 is')
    .replace(/\bi'm\b/g, 'i am')
    .replace(/n't\b/g, ' not')
    .replace(/'s\b/g, '')
    .replace(/s'(?=\s|$)/g, 's')
    .replace(/\be\.g\.|\bi\.e\.|\betc\.?/g, ' ')
    .replace(/\bthe (?:date|day) (?:it|they|he|she|this|that) (?:was|were|got|has been|have been|is) ([a-z]+(?:ed|en|wn))\b(?: (?:on|in|at|to|into|onto|from) (?:the |a |an )?[a-z]+)?/g, '$1 on')
    // "how many seats they have", "how many tickets": a count.
    .replace(/\bhow many ([a-z]+)(?: (?:they|we|he|she|it|you|the [a-z]+) (?:have|has|had|want|wants|need|needs|bought|buy|buys|get|gets|got|took|take))?/g, 'number of $1')
    // "guests are their own thing with name, email": guests are a record of their own.
    .replace(/\b(?:are|is) (?:their|its) own (?:thing|things|record|records|object|objects|table|tables|entity|entities|list)(?: with)?\b/g, 'have')
    // "the talks that a speaker submits": talks by a speaker.
    .replace(/\b([a-z]+s) (?:that|which) (?:a|an|the|each|one) ([a-z]+) ([a-z]+s)\b/g, (whole, things: string, owner: string, verb: string) => (/(?:ss|us|is|has|was|does)$/.test(verb) ? whole : `${things} by a ${owner}`))
    // "(low, medium, high; default medium)": inside a group a semicolon separates like a comma.
    .replace(/\(([^()]*)\)/g, (_whole, inner: string) => `(${inner.replace(/\s*;\s*/g, ', ')})`)
    .replace(/[^.;!?\n]*/g, splitPipeSections)
    .replace(/[^.;!?\n]*/g, rewriteOptionLists);
}

/**
 * "vet clinic | owners: name, phone | pets: name, species": pipes between two or more sections
 * that each open with a header and a colon end sentences; "style: a | b | c" stays an option list.
 */
function splitPipeSections(sentence: string): string {
  const parts = sentence.split(/\s\|\s/);
  if (parts.length < 3) return sentence;
  const headed = parts.slice(1).filter((p) => /^\s*[a-z][a-z' -]{0,40}:/.test(p)).length;
  return headed >= 2 ? parts.join(' ; ') : sentence;
}

const TOKEN_RE = /yes\/no|true\/false|[a-z0-9][a-z0-9'-]*[a-z0-9]|[a-z0-9]|#|%|[,;:.!?()\n]/g;

export function tokenize(text: string): Token[] {
  const normal = normalizeText(text);
  const tags = tagWords(normal);
  const tokens: Token[] = [];
  for (const match of normal.matchAll(TOKEN_RE)) {
    const raw = match[0];
    const start = match.index ?? 0;
    const isWord = /[a-z0-9#%]/.test(raw);
    tokens.push({
      text: raw,
      lemma: isWord ? singular(raw) : raw,
      kind: isWord ? 'word' : 'punct',
      tags: isWord ? (tags.get(start) ?? []) : [],
      start,
    });
  }
  return tokens;
}

/** Maps each word's start offset to compromise's tags for it. */
function tagWords(text: string): Map<number, string[]> {
  const byStart = new Map<number, string[]>();
  const sentences = nlp(text).json({ offset: true }) as Array<{
    terms: Array<{ tags: string[]; offset: { start: number } }>;
  }>;
  for (const sentence of sentences) {
    for (const term of sentence.terms) byStart.set(term.offset.start, term.tags);
  }
  return byStart;
}

/**
 * Splits tokens into sentences at . ; ! newline, and at ? unless it ends a list item
 * ("available?)" or "paid?,"), so "cars (make, available?)" stays one sentence.
 */
export function splitSentences(tokens: Token[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  tokens.forEach((token, i) => {
    if (token.text === '(') depth += 1;
    if (token.text === ')') depth = Math.max(0, depth - 1);
    const next = tokens[i + 1]?.text;
    const isBoundary =
      depth === 0 &&
      (['.', ';', '!', '\n'].includes(token.text) ||
        (token.text === '?' && !(next && [',', ')', 'and', 'or'].includes(next))));
    if (isBoundary) {
      if (current.length) sentences.push(current);
      current = [];
    } else {
      current.push(token);
    }
  });
  if (current.length) sentences.push(current);
  return sentences;
}
