// Zod issues rewritten for people: "Must be at least 60 seconds" rather than
// "Too small: expected number to be >=60". Messages the schema authors wrote themselves
// (custom errors, cross-field rules) are kept, with field names made readable.
import type { z } from 'zod';
import { introspect, infoAt, type SchemaInfo } from './introspect';
import { humanizeIdentifiers, withUnitWords } from './labels';
import { getAt } from './paths';

export interface FieldInfo {
  /** What the walker knows about the field the issue is at. */
  info?: SchemaInfo;
  /** The value that failed, when known (Zod 4 issues do not carry it by default). */
  value?: unknown;
}

/** Zod's own English messages start like this; anything else was written by a schema author. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized key)/;

const FORMAT_TEXT: Record<string, string> = {
  url: 'Enter a full URL, e.g. https://registry.example.com',
  datetime: 'Enter a date and time with a zone, e.g. 2024-05-01T12:00:00Z',
  date: 'Enter a date, e.g. 2024-05-01',
  time: 'Enter a time, e.g. 12:00:00',
  email: 'Enter an email address, e.g. ops@example.com',
  uuid: 'Enter a UUID',
  regex: 'Does not have the expected form',
};

const TYPE_TEXT: Record<string, string> = {
  number: 'Enter a number',
  int: 'Enter a whole number',
  string: 'Enter text',
  boolean: 'Must be on or off',
  array: 'Must be a list',
  object: 'Must be a group of fields',
  record: 'Must be a set of keys and values',
};

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function quoteList(values: readonly unknown[]): string {
  const shown = values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

type Issue = z.core.$ZodIssue;

/** The message to show for one issue. */
export function humanizeIssue(issue: Issue, field: FieldInfo = {}): string {
  const { info, value } = field;
  // A missing value reads the same whatever message the schema gives for a wrong one.
  if (issue.code === 'invalid_type' && 'value' in field && value === undefined && issue.expected !== 'undefined') {
    return info?.kind === 'enum' ? 'Choose a value' : 'Required';
  }
  if (issue.code === 'custom' || !ZOD_DEFAULT.test(issue.message)) return humanizeIdentifiers(issue.message);
  const unit = info?.unit;
  switch (issue.code) {
    case 'invalid_type': {
      if (isBlank(value) || (issue.expected !== 'undefined' && /received undefined/.test(issue.message))) {
        return info?.kind === 'enum' ? 'Choose a value' : 'Required';
      }
      if (issue.expected === 'number' && typeof value === 'number' && Number.isNaN(value)) return 'Enter a number';
      return TYPE_TEXT[issue.expected] ?? `Must be ${issue.expected}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        return issue.inclusive === false
          ? `Must be more than ${withUnitWords(min, unit)}`
          : `Must be at least ${withUnitWords(min, unit)}`;
      }
      if (issue.origin === 'string') return min <= 1 ? 'Required' : `Must be at least ${plural(min, 'character', 'characters')}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Add at least ${plural(min, 'item', 'items')}`;
      return `Must be at least ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        return issue.inclusive === false
          ? `Must be less than ${withUnitWords(max, unit)}`
          : `Must be at most ${withUnitWords(max, unit)}`;
      }
      if (issue.origin === 'string') return `Must be at most ${plural(max, 'character', 'characters')}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Keep at most ${plural(max, 'item', 'items')}`;
      return `Must be at most ${max}`;
    }
    case 'invalid_format':
      if (issue.format === 'starts_with' || issue.format === 'ends_with' || issue.format === 'includes') {
        return 'Does not have the expected form';
      }
      return FORMAT_TEXT[issue.format] ?? `Enter a valid ${issue.format}`;
    case 'invalid_value':
      if (isBlank(value)) return 'Choose a value';
      return issue.values.length === 1 ? `Must be ${quoteList(issue.values)}` : `Choose one of ${quoteList(issue.values)}`;
    case 'not_multiple_of':
      return `Must be a multiple of ${withUnitWords(Number(issue.divisor), unit)}`;
    case 'unrecognized_keys':
      return `Unknown ${issue.keys.length === 1 ? 'field' : 'fields'}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'Does not match any of the allowed forms';
    case 'invalid_key':
      return 'Has a key that is not allowed';
    case 'invalid_element':
      return 'Has a value that is not allowed';
    default:
      return humanizeIdentifiers((issue as { message: string }).message);
  }
}

/** Dotted path of an issue, as form field names are written. */
export function issuePath(issue: Pick<Issue, 'path'>): string {
  return issue.path.map(String).join('.');
}

/**
 * Every issue of a failed parse as field path → message (the first issue at a field wins), with
 * the field info and the submitted value looked up for each.
 */
export function issuesToMessages(schema: z.core.$ZodType, issues: readonly Issue[], values: unknown): Map<string, string> {
  const root = introspect(schema);
  const out = new Map<string, string>();
  for (const issue of issues) {
    const path = issuePath(issue);
    const [fieldPath, message] = fieldForIssue(root, path, humanizeIssue(issue, { info: infoAt(root, path), value: getAt(values, path) }));
    if (!out.has(fieldPath)) out.set(fieldPath, message);
  }
  return out;
}

/**
 * The path of the field that shows an issue. Inside a list of scalars, a record or a value
 * edited as JSON there is no field per entry, so the issue moves to that widget's path with
 * the entry named: ("network.allowedPorts.1", msg) → ("network.allowedPorts", "Entry 2: msg").
 */
export function fieldForIssue(root: SchemaInfo, path: string, message: string): [string, string] {
  const segments = path === '' ? [] : path.split('.');
  let node: SchemaInfo | undefined = root;
  for (let i = 0; i < segments.length; i++) {
    if (!node) break;
    const containerOfScalars =
      (node.kind === 'array' && node.element?.kind !== 'object') || node.kind === 'record' || node.kind === 'unknown';
    if (containerOfScalars) {
      const rest = segments.slice(i);
      const entry = node.kind === 'array' && /^\d+$/.test(rest[0]) ? `Entry ${Number(rest[0]) + 1}` : rest.join('.');
      return [segments.slice(0, i).join('.'), `${entry}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`];
    }
    node = node.kind === 'array' ? node.element : node.kind === 'record' ? node.value : node.fields?.[segments[i]];
  }
  return [path, message];
}
