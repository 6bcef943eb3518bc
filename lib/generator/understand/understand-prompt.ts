/*
 * The language pipeline's entry: prompt text in, AppModel out. Deterministic: the same text
 * always gives the same model (no randomness, no clock, no network).
 */
import type { AppModel, ModelEntity } from '@/lib/generator/types';
import { toLabel, toSnake } from '@/lib/generator/naming';
import { normalizeText, splitSentences, tokenize, type Token } from './tokenize';
import { parseSentence, type ParseContext } from './parse-clauses';
import { Draft } from './draft';
import { declareEntities, attachFields, linkOwnedRecords } from './resolve-clauses';
import { applyRequiredSentence } from './required-sentences';
import { applyOptionSentence, applyPendingOptions } from './option-sentences';
import { entityName, resolveEntity } from './entity-names';
import { addDefaultFields, addDomainRelations, addDomainStarterSet, ensureNameFields } from './complete-model';
import { detectDomain } from './detect-domain';
import { LOW_CONFIDENCE, scoreConfidence } from './confidence';
import { lookupEntity } from './vocabulary/entities';
import { plural, singular } from './lemma';
import { DETERMINERS, NON_HEADS } from './vocabulary/words';
import { detectForeignLanguage } from './detect-language';

export function understandPrompt(text: string): AppModel {
  const language = detectForeignLanguage(text);
  if (language) return refuseLanguage(text, language);
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const normal = normalizeText(text);
  const draft = new Draft();
  for (const owner of possessorsOf(text)) draft.possessors.add(owner);
  const { domain, trigger } = detectDomain(normal);
  trigger?.split(' ').forEach((w) => draft.used.add(w));

  const known = (words: string[]) => Boolean(lookupEntity(entityName(words)));
  const declared = (words: string[]) => Boolean(resolveEntity(entityName(words), draft.names));
  const firstPass: ParseContext = { isEntity: declared, isKnownNoun: known, weakRelations: false };
  const secondPass: ParseContext = { isEntity: declared, isKnownNoun: (w) => declared(w) || known(w), weakRelations: true };

  for (const sentence of sentences) declareEntities(parseSentence(sentence, firstPass), draft);
  for (const sentence of sentences) {
    if (applyRequiredSentence(sentence, draft) || applyOptionSentence(sentence, draft)) continue;
    const clauses = parseSentence(sentence, secondPass);
    declareEntities(clauses, draft);
    attachFields(clauses, draft);
  }

  linkOwnedRecords(draft);
  applyPendingOptions(draft);
  addDomainStarterSet(domain, draft);
  addDefaultFields(draft);
  addDomainRelations(domain, draft);
  const nameFields = ensureNameFields(draft);
  reportIgnoredSentences(sentences, draft);
  if (draft.entities.size === 0) {
    draft.warn(`Couldn't find any records to build in "${text.trim().slice(0, 80)}": nothing was generated.`);
    draft.suggest('Describe the records to keep and their fields, e.g. "a CRM with accounts and contacts; contacts have a name, email and phone".');
  } else if (draft.entities.size > 1 && draft.relations.length === 0) {
    draft.suggest('Say how the records relate, e.g. "each contact belongs to an account".');
  }

  const confidence = scoreConfidence(tokens, draft, Boolean(domain));
  if (draft.entities.size > 0 && confidence.score < LOW_CONFIDENCE) {
    draft.warn(`Low confidence (${confidence.score}/100), unsure because ${confidence.doubts.slice(0, 3).join('; ')}.`);
  }

  const entities: ModelEntity[] = [...draft.entities.values()].map((e) => {
    const label = toLabel(e.name);
    return {
      name: e.name,
      label,
      pluralLabel: toLabel(plural(e.name.split('_').pop()!) === e.name.split('_').pop() ? e.name : e.name.replace(/[a-z]+$/, (h) => plural(h))),
      icon: lookupEntity(e.name)?.icon ?? 'database',
      nameField: nameFields.get(e.name)!,
      fields: e.fields,
      source: e.source,
      ...(e.phrase ? { phrase: e.phrase } : {}),
    };
  });
  keepWrittenCase(text, entities);
  const appLabel = appLabelFrom(normal, domain?.label, entities);
  return {
    prompt: text,
    app: {
      name: toSnake(appLabel) || 'generated_app',
      label: appLabel,
      ...(domain ? { domain: domain.key } : {}),
      description: text.trim().slice(0, 280),
    },
    entities,
    relations: draft.relations,
    confidence: confidence.score,
    warnings: draft.warnings,
    suggestions: draft.suggestions,
  };
}

const NOT_OWNERS = new Set(['it', 'that', 'there', 'what', 'who', 'let', 'he', 'she', 'here', 'where', 'one', 'today', 'everyone', 'someone']);

/** "a member's loans", "each team's projects": the owner nouns, singular. */
function possessorsOf(text: string): string[] {
  const owners = [...text.toLowerCase().replace(/[\u2018\u2019]/g, "'").matchAll(/\b([a-z][a-z-]*)'s\s+[a-z]/g)].map((m) => m[1]);
  return owners.filter((w) => !NOT_OWNERS.has(w)).map(singular);
}

/** "DevOps", "UPS", "FedEx": an option the user capitalised inside the word keeps the user's spelling. */
function keepWrittenCase(text: string, entities: ModelEntity[]): void {
  for (const option of entities.flatMap((e) => e.fields.flatMap((f) => f.options ?? []))) {
    const escaped = option.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const written = new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'iu').exec(text)?.[0];
    if (written && /\p{Lu}/u.test(written.slice(1))) option.label = written;
  }
}

/** A prompt the reader cannot read gives no model at all, rather than records made of foreign words. */
function refuseLanguage(text: string, language: string): AppModel {
  return {
    prompt: text,
    app: { name: 'generated_app', label: 'Generated App', description: text.trim().slice(0, 280) },
    entities: [],
    relations: [],
    confidence: 0,
    warnings: [`The description looks like ${language}: the built-in reader understands English only, so nothing was generated.`],
    suggestions: ['Write the description in English, or configure a language model that reads this language.'],
    unreadableLanguage: language,
  };
}

const APP_NOUN_RE = /((?:[a-z-]+ ){1,3})(app|application|system|tool|tracker|platform|portal|manager|database|planner)\b/;
const KEEP_APP_NOUN = new Set(['tracker', 'manager', 'planner', 'platform', 'portal']);

/** "gym membership app" → "Gym Membership"; else the app kind's label; else the first record's plural. */
function appLabelFrom(normal: string, domainLabel: string | undefined, entities: ModelEntity[]): string {
  const match = APP_NOUN_RE.exec(normal);
  if (match) {
    const words = match[1].trim().split(' ').filter((w) => !DETERMINERS.has(w) && !NON_HEADS.has(w) && w !== 'simple');
    if (words.length) return toLabel([...words.slice(-2), ...(KEEP_APP_NOUN.has(match[2]) ? [match[2]] : [])].join(' '));
  }
  if (domainLabel) return domainLabel;
  return entities.length ? entities[0].pluralLabel : 'Generated App';
}

function reportIgnoredSentences(sentences: Token[][], draft: Draft): void {
  if (draft.entities.size === 0) return;
  for (const sentence of sentences) {
    const words = sentence.filter((t) => t.kind === 'word' && !DETERMINERS.has(t.text) && !NON_HEADS.has(t.text));
    if (words.length > 0 && !words.some((t) => draft.used.has(t.text))) {
      draft.warn(`Ignored "${sentence.map((t) => t.text).join(' ')}": couldn't tell what to build from it.`);
    }
  }
}
