/*
 * Scoring of the generator's emitted object metadata against a prompt's expectation, for
 * issue 13's table: objects, named fields, types, relationships, options, markers, refusals.
 * Pure: it takes the parsed objects (or the refusal) and returns counts; run-unseen.ts calls
 * the generator and prints. Counting rules (the denominators) are stated on each measure.
 */
import { f1, rankCorrelation, type Counts } from './score';

export interface ExpectedFieldSpec {
  /** Accepted names; the first is preferred. */
  name: string | string[];
  /** Accepted types. */
  type: string | string[];
  /** Option labels as the user wrote them. */
  options?: string[];
  /** For relationships: accepted names of the object pointed to. */
  reference?: string | string[];
  required?: true;
  unique?: true;
  defaultValue?: string | number | boolean;
}

export interface ExpectedObjectSpec {
  name: string | string[];
  fields: ExpectedFieldSpec[];
}

export interface ExpectedPrompt {
  id: string;
  entities: ExpectedObjectSpec[];
  /** Objects neither rewarded nor penalised. */
  optionalEntities?: string[];
  /** A language name: refuse naming it; true: refuse (any reason); absent: must not refuse. */
  expectRefusal?: string | boolean;
}

export interface GeneratedField {
  type?: string;
  options?: { label?: string; value?: string }[];
  reference?: string;
  required?: boolean;
  unique?: boolean;
  defaultValue?: unknown;
}

export interface GeneratedObject {
  name: string;
  fields: Record<string, GeneratedField>;
}

export type GeneratorAnswer =
  | { kind: 'result'; objects: GeneratedObject[]; confidence: number }
  | { kind: 'refused'; code?: string; message: string };

/** hit out of total; a measure with total 0 does not apply (printed as "–"). */
export interface Ratio {
  hit: number;
  of: number;
}

export interface UnseenScore {
  id: string;
  /** False for prompts that expect a refusal: they count only in `refusal`. */
  modelled: boolean;
  refusal: Ratio;
  objects: Counts;
  /** Expected fields found (by accepted name, on the object they belong to) / expected fields. */
  fieldsFound: Ratio;
  /** Found fields whose type is accepted / found fields. */
  types: Ratio;
  /** Expected relationships present as lookup/master_detail to the right object / expected. */
  relationships: Ratio;
  /** Expected options present among the field's labels / expected options (a missing field misses all). */
  options: Ratio;
  /** Fields whose label set is exactly the user's / fields with expected options. */
  exactOptionFields: Ratio;
  /** Labels on a field with user-given options that the user did not give. */
  invented: number;
  /** Markers honoured / markers stated (a missing field honours none). */
  required: Ratio;
  unique: Ratio;
  defaults: Ratio;
  /** 0..1, null when nothing was modelled (refusal expected, or refused). */
  quality: number | null;
  confidence: number | null;
  misses: string[];
}

const REL = new Set(['lookup', 'master_detail']);
const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const norm = (v: unknown): string => String(v).trim().toLowerCase();
const zero = (): Ratio => ({ hit: 0, of: 0 });
const add = (r: Ratio, ok: boolean): void => {
  r.of += 1;
  if (ok) r.hit += 1;
};
export const rate = (r: Ratio): number | null => (r.of === 0 ? null : r.hit / r.of);

export function scoreUnseenPrompt(expected: ExpectedPrompt, answer: GeneratorAnswer): UnseenScore {
  const refused = answer.kind === 'refused';
  const refusal = zero();
  const misses: string[] = [];
  if (expected.expectRefusal) {
    const language = typeof expected.expectRefusal === 'string' ? expected.expectRefusal : null;
    const ok = refused && (language === null || norm(answer.message).includes(norm(language)));
    add(refusal, ok);
    if (!ok) misses.push(refused ? `refused without naming ${language}: ${answer.message}` : `not refused (expected ${language ?? 'a refusal'})`);
  } else {
    add(refusal, !refused);
    if (refused) misses.push(`refused: ${answer.code ?? ''} ${answer.message}`);
  }

  const score: UnseenScore = {
    id: expected.id, modelled: !expected.expectRefusal, refusal, objects: { tp: 0, fp: 0, fn: 0 },
    fieldsFound: zero(), types: zero(), relationships: zero(), options: zero(), exactOptionFields: zero(),
    invented: 0, required: zero(), unique: zero(), defaults: zero(), quality: null,
    confidence: answer.kind === 'result' ? answer.confidence : null, misses,
  };
  if (!score.modelled) return score;
  const objects = answer.kind === 'result' ? answer.objects : [];

  // Objects: each expected object takes the first unclaimed generated object with an accepted name.
  const matched = new Map<ExpectedObjectSpec, GeneratedObject>();
  for (const exp of expected.entities) {
    const names = asList(exp.name);
    const hit = objects.find((o) => names.includes(o.name) && ![...matched.values()].includes(o));
    if (hit) {
      matched.set(exp, hit);
      score.objects.tp += 1;
    } else {
      score.objects.fn += 1;
      misses.push(`missing object ${names[0]}`);
    }
  }
  const optional = new Set(expected.optionalEntities ?? []);
  for (const o of objects) {
    if ([...matched.values()].includes(o) || optional.has(o.name)) continue;
    score.objects.fp += 1;
    misses.push(`extra object ${o.name}`);
  }

  // A reference is right when it names an accepted object, or the generated object that stands
  // for an expected object under one of its other accepted names.
  const acceptedRefs = (ref: string[]): Set<string> => {
    const out = new Set(ref);
    for (const [exp, obj] of matched) if (asList(exp.name).some((n) => ref.includes(n))) out.add(obj.name);
    return out;
  };

  for (const exp of expected.entities) {
    const obj = matched.get(exp);
    const objName = obj?.name ?? asList(exp.name)[0];
    const found = matchFields(exp.fields, obj, acceptedRefs);
    for (const fl of exp.fields) {
      const label = `${objName}.${asList(fl.name)[0]}`;
      const hit = found.get(fl);
      const got = hit ? obj!.fields[hit] : undefined;
      add(score.fieldsFound, got !== undefined);
      if (!got) misses.push(`${label}: missing`);
      if (got) {
        const ok = asList(fl.type).includes(got.type ?? '');
        add(score.types, ok);
        if (!ok) misses.push(`${label}: got ${got.type}, want ${asList(fl.type).join('|')}`);
      }
      if (fl.reference !== undefined) {
        const ok = !!got && REL.has(got.type ?? '') && acceptedRefs(asList(fl.reference)).has(got.reference ?? '');
        add(score.relationships, ok);
        if (got && !ok) misses.push(`${label}: ${got.type} -> ${got.reference ?? 'nothing'}, want lookup -> ${asList(fl.reference).join('|')}`);
      }
      if (fl.options) scoreOptions(score, label, fl.options, got);
      if (fl.required) markIf(score.required, got?.required === true, `${label}: not required`, misses);
      if (fl.unique) markIf(score.unique, got?.unique === true, `${label}: not unique`, misses);
      if (fl.defaultValue !== undefined) {
        const ok = !!got && defaultMatches(fl.defaultValue, got);
        markIf(score.defaults, ok, `${label}: default ${JSON.stringify(got?.defaultValue)}, want ${JSON.stringify(fl.defaultValue)}`, misses);
      }
    }
  }
  score.quality = refused ? null : promptQuality(score);
  return score;
}

/** Expected field -> generated field name: accepted names first, then (for relationships) a
 *  lookup to the right object under another name; each generated field is claimed once. */
function matchFields(fields: ExpectedFieldSpec[], obj: GeneratedObject | undefined, refs: (r: string[]) => Set<string>): Map<ExpectedFieldSpec, string> {
  const out = new Map<ExpectedFieldSpec, string>();
  if (!obj) return out;
  const claimed = new Set<string>();
  for (const fl of fields) {
    const name = asList(fl.name).find((n) => n in obj.fields && !claimed.has(n));
    if (name) {
      out.set(fl, name);
      claimed.add(name);
    }
  }
  for (const fl of fields) {
    if (out.has(fl) || fl.reference === undefined) continue;
    const accepted = refs(asList(fl.reference));
    const name = Object.keys(obj.fields).find((n) => !claimed.has(n) && REL.has(obj.fields[n].type ?? '') && accepted.has(obj.fields[n].reference ?? ''));
    if (name) {
      out.set(fl, name);
      claimed.add(name);
    }
  }
  return out;
}

function scoreOptions(score: UnseenScore, label: string, want: string[], got: GeneratedField | undefined): void {
  const have = (got?.options ?? []).map((o) => norm(o.label ?? o.value ?? ''));
  const wanted = new Set(want.map(norm));
  const captured = [...wanted].filter((w) => have.includes(w));
  const invented = have.filter((h) => !wanted.has(h));
  score.options.of += wanted.size;
  score.options.hit += captured.length;
  score.invented += invented.length;
  const exact = captured.length === wanted.size && invented.length === 0;
  add(score.exactOptionFields, exact);
  if (got && !exact) score.misses.push(`${label}: options [${have.join(', ')}], want [${[...wanted].join(', ')}]`);
}

function markIf(r: Ratio, ok: boolean, miss: string, list: string[]): void {
  add(r, ok);
  if (!ok) list.push(miss);
}

/** A select's default may be stored as the option's label or its value. */
function defaultMatches(want: string | number | boolean, got: GeneratedField): boolean {
  if (got.defaultValue === undefined || got.defaultValue === null) return false;
  if (norm(got.defaultValue) === norm(want)) return true;
  const option = (got.options ?? []).find((o) => norm(o.label ?? '') === norm(want));
  return !!option && option.value !== undefined && norm(option.value) === norm(got.defaultValue);
}

/** The mean of the measures that apply to the prompt: object F1, fields found with the right
 *  type, relationships, options (invented ones count against), markers honoured. */
function promptQuality(s: UnseenScore): number {
  const typed = s.fieldsFound.of === 0 ? null : s.types.hit / s.fieldsFound.of;
  const optionScore = s.options.of === 0 ? null : s.options.hit / (s.options.of + s.invented);
  const markers = sumRatios([s.required, s.unique, s.defaults]);
  const parts = [f1(s.objects).f1, typed, rate(s.relationships), optionScore, rate(markers)].filter((x): x is number => x !== null);
  return parts.reduce((a, b) => a + b, 0) / parts.length;
}

export function sumRatios(rs: Ratio[]): Ratio {
  return rs.reduce((a, r) => ({ hit: a.hit + r.hit, of: a.of + r.of }), zero());
}

export interface UnseenSummary {
  prompts: number;
  objects: { precision: number; recall: number; f1: number } | null;
  fieldsFound: Ratio;
  types: Ratio;
  relationships: Ratio;
  options: Ratio;
  exactOptionFields: Ratio;
  invented: number;
  required: Ratio;
  unique: Ratio;
  defaults: Ratio;
  /** Spearman between confidence and quality over prompts that produced a model; null under 3. */
  rankCorrelation: { rho: number; over: number } | null;
  refusals: Ratio;
  /** Of the refusal row: prompts that expected one / prompts that must not be refused. */
  refusalsExpected: Ratio;
  refusalsUnwanted: Ratio;
}

export function summarize(scores: UnseenScore[]): UnseenSummary {
  const modelled = scores.filter((s) => s.modelled);
  const objects = modelled.reduce((a, s) => ({ tp: a.tp + s.objects.tp, fp: a.fp + s.objects.fp, fn: a.fn + s.objects.fn }), { tp: 0, fp: 0, fn: 0 });
  const pick = (k: 'fieldsFound' | 'types' | 'relationships' | 'options' | 'exactOptionFields' | 'required' | 'unique' | 'defaults') => sumRatios(modelled.map((s) => s[k]));
  const ranked = modelled.filter((s) => s.quality !== null && s.confidence !== null);
  return {
    prompts: scores.length,
    objects: modelled.length === 0 ? null : f1(objects),
    fieldsFound: pick('fieldsFound'),
    types: pick('types'),
    relationships: pick('relationships'),
    options: pick('options'),
    exactOptionFields: pick('exactOptionFields'),
    invented: modelled.reduce((a, s) => a + s.invented, 0),
    required: pick('required'),
    unique: pick('unique'),
    defaults: pick('defaults'),
    rankCorrelation: ranked.length < 3 ? null : { rho: rankCorrelation(ranked.map((s) => s.confidence!), ranked.map((s) => s.quality!)), over: ranked.length },
    refusals: sumRatios(scores.map((s) => s.refusal)),
    refusalsExpected: sumRatios(scores.filter((s) => !s.modelled).map((s) => s.refusal)),
    refusalsUnwanted: sumRatios(modelled.map((s) => s.refusal)),
  };
}
