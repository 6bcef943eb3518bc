/*
 * Confidence: how much of the prompt the reader explained and how little it guessed. It starts
 * from the share of content words put to use and loses points for every fallback (starter sets,
 * default fields, option-less selects, guessed links, ignored sentences, records it does not
 * know); each loss keeps its reason, so a low score can say what it is unsure of.
 */
import type { Token } from './tokenize';
import type { Draft } from './draft';
import type { ModelField } from '@/lib/generator/types';
import { lookupEntity } from './vocabulary/entities';
import { APP_WORDS, DETERMINERS, FILLER, NON_HEADS } from './vocabulary/words';

const IGNORABLE = new Set(['a', 'an', 'the', 'and', 'or', 'with', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'app', 'need', 'want', 'so', 'can', 'be']);
/** Below this the model carries a warning naming what the reader is unsure of. */
export const LOW_CONFIDENCE = 50;

export interface Confidence {
  score: number;
  /** What lowered the score, most costly first. */
  doubts: string[];
}

export function scoreConfidence(tokens: Token[], draft: Draft, usedDomain: boolean): Confidence {
  const content = tokens.filter(
    (t) => t.kind === 'word' && /[a-z]/.test(t.text) && !DETERMINERS.has(t.text) && !FILLER.has(t.text) && !NON_HEADS.has(t.text) && !IGNORABLE.has(t.text) && !APP_WORDS.has(t.text),
  );
  const unused = [...new Set(content.filter((t) => !draft.used.has(t.text)).map((t) => t.text))];
  const coverage = content.length === 0 ? 1 : content.filter((t) => draft.used.has(t.text)).length / content.length;
  if (draft.entities.size === 0) {
    return { score: Math.round(Math.min(15, 5 + 10 * coverage)), doubts: ['no records to build were found'] };
  }
  const losses: Array<[number, string]> = [];
  const lose = (points: number, doubt: string) => {
    if (points > 0) losses.push([points, doubt]);
  };
  const entities = [...draft.entities.values()];
  const fromPrompt = entities.filter((e) => e.source === 'prompt');
  const promptFields = entities.flatMap((e) => e.fields).filter((f) => f.source === 'prompt' || f.source === 'relation');
  const defaulted = fromPrompt.filter((e) => !e.fields.some((f) => f.source === 'prompt'));
  const unknown = fromPrompt.filter((e) => !lookupEntity(e.name));
  // "equipment_rental", "movies_i_watched": an unknown compound whose head is a record we know
  // usually carries a word that is not part of the record's name.
  const oddCompounds = unknown.filter((e) => e.name.includes('_') && lookupEntity(e.name.split('_').pop()!));
  const optionless = draft.warnings.filter((w) => w.includes('no options'));
  const ignored = draft.warnings.filter((w) => w.startsWith('Ignored'));
  const guessedLinks = draft.relations.filter((r) => r.phrase.endsWith('default'));
  // "room_number_to_save_the_guest": a field name of four or more words usually holds a clause.
  const longNames = entities.flatMap((e) => e.fields.filter((f) => f.source === 'prompt' && f.name.split('_').length >= 4).map((f) => `${e.name}.${f.name}`));

  lose(Math.round(45 * (1 - coverage)), `${Math.round(100 * (1 - coverage))}% of the words were not used${unused.length ? ` (${unused.slice(0, 6).join(', ')})` : ''}`);
  if (fromPrompt.length === 0) lose(usedDomain ? 40 : 50, 'the prompt names no records: the usual ones of this kind of app were built');
  if (promptFields.length === 0) lose(10, 'the prompt names no fields');
  lose(Math.min(24, 8 * defaulted.length), `no fields were given for ${defaulted.map((e) => e.name).join(', ')}: defaults were used`);
  // "carrier: ups, fedex, dhl" read as fields: plain one-word text fields in a row are usually a list of values.
  const valueRuns = entities.filter((e) => hasValueRun(e.fields)).map((e) => e.name);
  lose(Math.min(16, 8 * valueRuns.length), `${valueRuns.join(', ')} ${valueRuns.length === 1 ? 'has' : 'have'} plain one-word fields in a row that may be a list of values`);
  const linked = new Set(draft.relations.flatMap((r) => [r.from, r.to]));
  const loose = entities.length > 1 ? entities.filter((e) => !linked.has(e.name)).map((e) => e.name) : [];
  lose(Math.min(12, 4 * loose.length), `${loose.join(', ')} ${loose.length === 1 ? 'is' : 'are'} not linked to any other record`);
  lose(Math.min(15, 4 * unknown.filter((e) => defaulted.includes(e)).length), `${unknown.map((e) => e.name).join(', ')} ${unknown.length === 1 ? 'is not a record' : 'are not records'} the reader knows`);
  lose(Math.min(16, 8 * oddCompounds.length), `the names ${oddCompounds.map((e) => e.name).join(', ')} may carry words that are not part of the record's name`);
  lose(Math.min(12, 4 * longNames.length), `the field names ${longNames.join(', ')} may hold more than a name`);
  lose(Math.min(10, 3 * optionless.length), `${optionless.length} select field(s) have no options`);
  lose(Math.min(15, 5 * ignored.length), `${ignored.length} sentence(s) were not understood`);
  lose(Math.min(9, 3 * guessedLinks.length), `links guessed from the kind of app: ${guessedLinks.map((r) => `${r.from} → ${r.to}`).join(', ')}`);
  if (!draft.relations.some((r) => !r.phrase.endsWith('default')) && entities.length > 1) lose(5, 'the prompt does not say how the records relate');

  const score = 95 - losses.reduce((sum, [points]) => sum + points, 0);
  return {
    score: Math.max(5, Math.min(95, Math.round(score))),
    doubts: losses.sort((a, b) => b[0] - a[0]).map(([, doubt]) => doubt),
  };
}

/** Three or more one-word text fields in a row, none a word that usually names a value. */
function hasValueRun(fields: ModelField[]): boolean {
  let run = 0;
  for (const f of fields) {
    const plain = f.source === 'prompt' && f.type === 'text' && !f.name.includes('_') && !VALUE_NOUNS.has(f.name);
    run = plain ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

const VALUE_NOUNS = new Set(['name', 'title', 'make', 'model', 'author', 'company', 'location', 'venue', 'breed', 'species', 'color', 'colour', 'size', 'code', 'subject', 'room', 'floor', 'city', 'country', 'department', 'role', 'team', 'instrument', 'carrier', 'vendor', 'brand', 'genre', 'target', 'site', 'dock', 'shelf', 'grape', 'pattern', 'opponent', 'court', 'registration', 'nationality', 'specialty', 'medication', 'dosage']);
