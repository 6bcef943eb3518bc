/*
 * Field inference: from a cleaned phrase ("close date", "available?", "status (open, closed)")
 * to a typed ModelField. The head word (last word) decides first; other words are consulted
 * only when the head says nothing ("date of birth" → date, "steps to reproduce" → textarea).
 */
import type { ModelField, ModelFieldType, ModelOption } from '@/lib/generator/types';
import { toLabel, toOptionValue, toSnake } from '@/lib/generator/naming';
import type { Phrase } from './phrases';
import * as V from './vocabulary/field-types';
import { OPTION_PRESETS } from './vocabulary/select-options';

export interface InferredField {
  field: ModelField;
  /** Set when the type was a guess worth telling the operator about. */
  note?: string;
}

const CURRENCY_UNITS = new Set(['usd', 'eur', 'gbp', 'dollars', 'euros']);
const MEASURE_UNITS = new Set([...V.UNIT_WORDS, 'mm', 'm', 'm2', 'sqm', 'sqft', 'kw', 'kwh', 'mw', 'hectares', 'ha', 'acres', 'ml', 'l', 'lb', 'oz', 'g', 'mg', 'min', 'mins', 'hrs', 'h']);
const DONE_WORDS = new Set(['included', 'paid', 'sent', 'received', 'signed', 'approved', 'allowed', 'done', 'completed', 'refunded', 'returned', 'required', 'confirmed', 'verified', 'found', 'suspected', 'approved', 'checked', 'delivered', 'issued', 'collected', 'submitted', 'attended', 'cancelled', 'canceled']);
const BOOLEAN_LEADS = new Set(['is', 'has', 'can', 'was', 'needs', 'allows', 'requires', 'accepts']);
const YES_NO_HINTS = new Set(['yes/no', 'true/false', 'y/n', 'boolean', 'bool', 'checkbox', 'flag', 'toggle']);
const DATE_EDGE_WORDS = new Set(['start', 'end', 'begin', 'finish', 'expiry', 'expiration', 'renewal', 'until', 'since', 'due']);
/** "bookings have check-in, check-out": alone, these name the day. */
const CHECK_IN_OUT = new Set(['check-in', 'check-out', 'checkin', 'checkout', 'move-in', 'move-out']);
const FORESEEN = new Set(['expected', 'estimated', 'planned', 'scheduled', 'target', 'projected', 'actual', 'anticipated']);
const EVENT_NOUNS = new Set(['delivery', 'arrival', 'completion', 'return', 'departure', 'close', 'launch', 'release', 'shipment', 'payment', 'start', 'end', 'finish', 'pickup', 'dropoff', 'move-in', 'go-live', 'handover', 'closing', 'opening']);
/** Names the platform injects on every object (audit and tenancy columns). */
export const RESERVED_FIELDS = new Set(['id', 'created_at', 'created_by', 'updated_at', 'updated_by', 'owner_id', 'organization_id', 'created', 'modified', 'modified_at']);

/** Sets a default written in a sentence of its own ("default package is basic") on an existing field. */
export function applyWrittenDefault(field: ModelField, written: string): ModelField {
  return withDefault({ field }, written).field;
}

export function inferField(phrase: Phrase, entity: string): InferredField {
  const inferred = inferType(phrase, entity);
  return phrase.defaultValue === undefined ? inferred : withDefault(inferred, phrase.defaultValue);
}

function inferType(phrase: Phrase, entity: string): InferredField {
  const words = phrase.words;
  const name = toSnake(words);
  const base: ModelField = {
    name,
    label: toLabel(name),
    type: 'text',
    required: phrase.required,
    source: 'prompt',
    phrase: phrase.raw,
  };
  if (phrase.unique) base.unique = true;

  const hint = typeHint(phrase);
  if (hint) return { field: withType(base, hint, entity) };

  const options = explicitOptions(phrase);
  if (options) return { field: { ...base, type: 'select', options } };

  if (isYesNo(phrase) || isYesNoPair(phrase)) return { field: { ...base, type: 'boolean' } };

  const type = typeFromWords(words, entity);
  const field = withType(base, type, entity);
  if (field.type === 'select' && !field.options?.length) {
    return { field, note: `'${field.label}' on '${entity}' is a select with no options I know: add its options.` };
  }
  return { field };
}

const TRUE_WORDS = new Set(['yes', 'true', 'checked', 'on', 'y']);
const FALSE_WORDS = new Set(['no', 'false', 'unchecked', 'off', 'n']);

/** Sets the written default in the field's own type; a select gains the option if it lacked it. */
function withDefault({ field, note }: InferredField, written: string): InferredField {
  const out: ModelField = { ...field };
  // "streamed (default no)": a yes/no default on an untyped field makes it a checkbox.
  if (field.type === 'text' && (TRUE_WORDS.has(written) || FALSE_WORDS.has(written))) out.type = 'boolean';
  if (out.type === 'boolean' && (TRUE_WORDS.has(written) || FALSE_WORDS.has(written))) {
    out.defaultValue = TRUE_WORDS.has(written);
  } else if (['number', 'currency', 'percent', 'rating'].includes(field.type) && /^-?\d+(\.\d+)?$/.test(written)) {
    out.defaultValue = Number(written);
  } else if (field.type === 'select' || field.type === 'multiselect') {
    const value = toOptionValue(written);
    const options = field.options ?? [];
    if (!options.some((o) => o.value === value)) out.options = [...options, { label: toLabel(written), value }];
    out.defaultValue = value;
  } else {
    out.defaultValue = written;
  }
  return { field: out, note: out.options?.length ? undefined : note };
}

/** "price (currency)", "available (yes/no)", "notes as long text". */
function typeHint(phrase: Phrase): ModelFieldType | null {
  if (!phrase.paren || phrase.paren.length !== 1) return null;
  const text = phrase.paren[0].join(' ');
  if (YES_NO_HINTS.has(text)) return 'boolean';
  return V.TYPE_HINTS[text] ?? null;
}

/** "status (open, in progress, done)" or "rsvp (yes, no, maybe)": the operator's own options. */
function explicitOptions(phrase: Phrase): ModelOption[] | null {
  if (!phrase.paren || phrase.paren.length < 2) return null;
  const labels = phrase.paren.map((item) => item.join(' '));
  if (labels.length === 2 && labels.every((l) => TRUE_WORDS.has(l) || FALSE_WORDS.has(l))) return null;
  if (phrase.paren.some((item) => item.length > 4)) return null;
  return phrase.paren.map((item) => {
    const label = toLabel(item.join(' '));
    return { label, value: toOptionValue(item.join(' ')) };
  });
}

/** "paid (yes, no)": two answers to a yes/no question are a checkbox, not a two-option select. */
function isYesNoPair(phrase: Phrase): boolean {
  const labels = phrase.paren?.map((item) => item.join(' ')) ?? [];
  return labels.length === 2 && labels.some((l) => TRUE_WORDS.has(l)) && labels.some((l) => FALSE_WORDS.has(l));
}

function isYesNo(phrase: Phrase): boolean {
  const w = phrase.words;
  if (phrase.yesNo) return true;
  if (w.length >= 2 && BOOLEAN_LEADS.has(w[0])) return true;
  if (w.length === 1 && V.BOOLEAN_WORDS.has(w[0])) return true;
  // "checked in", "opted out", "signed up": a past participle with a particle.
  if (w.length === 2 && /ed$/.test(w[0]) && ['in', 'out', 'up', 'off'].includes(w[1])) return true;
  // "helmet included", "deposit paid", "receipt sent": a thing and whether it happened, with no other type cue.
  return w.length >= 2 && DONE_WORDS.has(w.at(-1)!) && typeFromWords(w.slice(0, -1), '') === 'text';
}

export function typeFromWords(words: string[], entity: string): ModelFieldType {
  // Strong cues anywhere in the phrase: "contact email", "email address", "phone number", "video url".
  if (words.some((w) => V.EMAIL_WORDS.has(w))) return 'email';
  if (words.some((w) => V.PHONE_WORDS.has(w))) return 'phone';
  if (words.some((w) => V.URL_WORDS.has(w))) return 'url';
  if (words.join(' ').includes('date and time')) return 'datetime';
  if (words.length === 1 && CHECK_IN_OUT.has(words[0])) return 'date';
  // "listed on", "signed on": a past participle and "on" name the day it happened.
  if (words.length >= 2 && words.at(-1) === 'on' && /(?:ed|born|given|taken|done)$/.test(words.at(-2)!)) return 'date';
  // "ready by", "needed by", "due by": the day something must happen.
  if (words.length >= 2 && words.at(-1) === 'by') return 'date';
  if (words.includes('%')) return 'percent';
  // "weight kg", "aperture mm", "system size kw": a trailing unit makes a measure.
  if (words.length >= 2 && MEASURE_UNITS.has(words.at(-1)!)) return CURRENCY_UNITS.has(words.at(-1)!) ? 'currency' : 'number';
  // "expected delivery", "planned completion": a foreseen event is a date.
  if (words.length >= 2 && FORESEEN.has(words[0]) && EVENT_NOUNS.has(words.at(-1)!)) return 'date';
  const byHead = typeFromHead(words, words.length - 1, entity);
  if (byHead) return byHead;
  for (let i = words.length - 2; i >= 0; i -= 1) {
    const byWord = typeFromHead(words, i, entity);
    if (byWord && byWord !== 'boolean') return byWord;
  }
  return 'text';
}

/** The type word `words[i]` implies, looking at its neighbours where the meaning depends on them. */
function typeFromHead(words: string[], i: number, entity: string): ModelFieldType | null {
  const w = words[i];
  const prev = words[i - 1];
  const isLast = i === words.length - 1;
  // "duration in minutes", "yield in kg", "price in usd": the unit decides.
  if (V.UNIT_WORDS.has(w) && prev === 'in') return CURRENCY_UNITS.has(w) ? 'currency' : 'number';
  if (isLast && w === 'at' && words.length > 1) return 'datetime';
  if (V.DATETIME_WORDS.has(w)) return 'datetime';
  if (V.TIME_WORDS.has(w)) return prev && V.TIME_OF_DAY_MODIFIERS.has(prev) ? 'time' : 'datetime';
  if (V.DATE_WORDS.has(w) || (isLast && words.length > 1 && DATE_EDGE_WORDS.has(w))) return 'date';
  // "rate per word", "hourly rate": a price per unit; "interest rate": a percentage.
  if (w === 'rate') return (prev && V.PRICE_RATE_MODIFIERS.has(prev)) || words[i + 1] === 'per' ? 'currency' : 'percent';
  if (V.PERCENT_WORDS.has(w)) return 'percent';
  if (['number', 'no', 'num', '#', 'id', 'code'].includes(w) && isLast) return identifierType(words);
  if (w === 'number' && words[i + 1] === 'of') return 'number';
  if (V.CURRENCY_WORDS.has(w)) return 'currency';
  if (V.RATING_WORDS.has(w)) return 'rating';
  if (V.IMAGE_WORDS.has(w)) return 'image';
  if (V.FILE_WORDS.has(w)) return 'file';
  if (V.ADDRESS_WORDS.has(w)) return 'address';
  if (V.TAG_WORDS.has(w)) return 'tags';
  if (V.TEXTAREA_WORDS.has(w)) return 'textarea';
  if (V.NUMBER_WORDS.has(w)) return 'number';
  if (V.SELECT_WORDS.has(w)) return 'select';
  return null;
}

/**
 * "case number", "serial number", "berth code": a code the user names is typed in (and often
 * given from outside: a court, a registry, a door), so it is text; the platform's own running
 * number is added only as a display name when nothing else names the record.
 */
function identifierType(words: string[]): ModelFieldType {
  if (words.length === 1) return words[0] === 'number' ? 'number' : 'text';
  return 'text';
}

function withType(field: ModelField, type: ModelFieldType, entity: string): ModelField {
  const out: ModelField = { ...field, type };
  if (type === 'select' || type === 'multiselect') {
    const options = presetOptions(field.name, entity);
    if (options) out.options = options;
  }
  if (type === 'autonumber') {
    const prefix = entity.split('_').map((p) => p.slice(0, 3)).join('').slice(0, 4).toUpperCase();
    out.autonumberFormat = `${prefix}-{0000}`;
    out.required = false;
  }
  return out;
}

/** The option preset for a select field: entity-specific first, then the generic one. */
export function presetOptions(fieldName: string, entity: string): ModelOption[] | undefined {
  const parts = fieldName.split('_');
  const keys = [fieldName, parts.at(-1)!];
  const entityHead = entity.split('_').pop()!;
  const matchesField = (fields: string[]) => keys.some((k) => fields.includes(k));
  const preset =
    OPTION_PRESETS.find((p) => p.entities && matchesField(p.fields) && (p.entities.includes(entity) || p.entities.includes(entityHead))) ??
    OPTION_PRESETS.find((p) => !p.entities && matchesField(p.fields));
  return preset?.options.map((label) => ({ label, value: toOptionValue(label) }));
}
