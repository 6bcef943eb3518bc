// The walker's view of a Zod schema: each node unwrapped (optional, default, pipe, ...) into a
// SchemaInfo that says what kind of value it is, its label, help, unit, bounds, format, default
// and secret mark. Widgets are chosen from SchemaInfo, never from Zod internals directly.
import { z } from 'zod';
import { helpText, humanizeName, unitOf, type Unit } from './labels';
import { splitPath } from './paths';

export type SchemaKind =
  | 'object'
  | 'array'
  | 'record'
  | 'enum'
  | 'literal'
  | 'boolean'
  | 'number'
  | 'string'
  | 'unknown';

export interface SchemaInfo {
  /** The field's key in its parent ("" for the root, "[]" for array items, "{}" for record values). */
  name: string;
  label: string;
  description?: string;
  /** The description without its unit suffix. */
  help?: string;
  unit?: Unit;
  kind: SchemaKind;
  /** The unwrapped schema: what the value itself must match. */
  schema: z.core.$ZodType;
  /** The schema as it appears in its parent (with optional/default wrappers). */
  wrapped: z.core.$ZodType;
  optional: boolean;
  nullable: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
  secret: boolean;
  /** The schema carries refinements (cross-field rules) of its own. */
  refined: boolean;
  /** Why the kind is `unknown`, when the walker met a construct it does not render. */
  unsupported?: string;
  // number
  integer?: boolean;
  min?: number;
  max?: number;
  minInclusive?: boolean;
  maxInclusive?: boolean;
  multipleOf?: number;
  // string
  format?: string;
  minLength?: number;
  maxLength?: number;
  // enum / literal
  options?: (string | number | boolean | null)[];
  // containers
  fields?: Record<string, SchemaInfo>;
  element?: SchemaInfo;
  value?: SchemaInfo;
}

type Def = z.core.$ZodTypes['_zod']['def'];

function defOf(schema: z.core.$ZodType): Def {
  return (schema as z.core.$ZodTypes)._zod.def;
}

function metaOf(schema: z.core.$ZodType) {
  return z.globalRegistry.get(schema);
}

interface CheckDef {
  check: string;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  format?: string;
}

function checksOf(schema: z.core.$ZodType): CheckDef[] {
  const checks = (defOf(schema) as { checks?: z.core.$ZodCheck[] }).checks ?? [];
  return checks.map((c) => c._zod.def as unknown as CheckDef);
}

const cache = new WeakMap<z.core.$ZodType, SchemaInfo>();

/** The SchemaInfo tree of a root schema (cached per schema instance). */
export function introspect(schema: z.core.$ZodType): SchemaInfo {
  let info = cache.get(schema);
  if (!info) {
    info = describe(schema, '', 0);
    cache.set(schema, info);
  }
  return info;
}

const MAX_DEPTH = 24;

function describe(wrapped: z.core.$ZodType, name: string, depth: number): SchemaInfo {
  let node = wrapped;
  let description: string | undefined;
  let secret = false;
  let optional = false;
  let nullable = false;
  let hasDefault = false;
  let defaultValue: unknown;

  // Peel wrappers from the outside in; the outermost description wins.
  for (let guard = 0; guard < 32; guard++) {
    const meta = metaOf(node);
    description ??= meta?.description;
    if (meta?.secret === true) secret = true;
    const def = defOf(node);
    if (def.type === 'optional') {
      optional = true;
      node = def.innerType;
    } else if (def.type === 'nullable') {
      nullable = true;
      node = def.innerType;
    } else if (def.type === 'default' || def.type === 'prefault') {
      if (!hasDefault) {
        hasDefault = true;
        defaultValue = def.defaultValue;
      }
      node = def.innerType;
    } else if (def.type === 'readonly' || def.type === 'catch' || def.type === 'nonoptional') {
      node = def.innerType;
    } else if (def.type === 'pipe') {
      // A transform's input side is what documents contain; a preprocess's output is the schema.
      node = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else if (def.type === 'lazy' && depth < MAX_DEPTH) {
      node = def.getter();
    } else {
      break;
    }
  }

  const base: SchemaInfo = {
    name,
    label: name === '[]' || name === '{}' ? 'Item' : humanizeName(name),
    description,
    help: helpText(description),
    unit: unitOf(description),
    kind: 'unknown',
    schema: node,
    wrapped,
    optional,
    nullable,
    hasDefault,
    defaultValue,
    secret,
    refined: checksOf(node).length > 0,
  };
  if (depth > MAX_DEPTH) return { ...base, unsupported: 'nested too deeply' };

  const def = defOf(node);
  switch (def.type) {
    case 'object': {
      const fields: Record<string, SchemaInfo> = {};
      for (const [key, field] of Object.entries(def.shape)) fields[key] = describe(field, key, depth + 1);
      return { ...base, kind: 'object', fields };
    }
    case 'array':
      return { ...base, kind: 'array', element: describe(def.element, '[]', depth + 1), ...lengthBounds(node) };
    case 'record': {
      const keyType = defOf(def.keyType).type;
      if (keyType !== 'string') return { ...base, unsupported: `record with ${keyType} keys` };
      return { ...base, kind: 'record', value: describe(def.valueType, '{}', depth + 1) };
    }
    case 'enum':
      return { ...base, kind: 'enum', options: Object.values(def.entries) };
    case 'literal':
      return { ...base, kind: 'literal', options: [...def.values] as SchemaInfo['options'] };
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'number':
      return { ...base, kind: 'number', ...numberBounds(node) };
    case 'string':
      return { ...base, kind: 'string', ...stringFormat(node) };
    case 'union': {
      // A union of string/number literals reads as an enum; anything else is edited as JSON.
      const values: SchemaInfo['options'] = [];
      for (const option of def.options) {
        const o = defOf(option);
        if (o.type === 'literal') values.push(...(o.values as SchemaInfo['options'] & unknown[]));
        else if (o.type === 'enum') values.push(...Object.values(o.entries));
        else return { ...base, unsupported: 'union of structured types' };
      }
      return { ...base, kind: 'enum', options: values };
    }
    case 'unknown':
    case 'any':
      return { ...base, unsupported: 'free-form value' };
    default:
      return { ...base, unsupported: `${def.type} schema` };
  }
}

function numberBounds(schema: z.core.$ZodType): Partial<SchemaInfo> {
  const def = defOf(schema) as { format?: string };
  const out: Partial<SchemaInfo> = { integer: /int/.test(def.format ?? '') };
  for (const c of checksOf(schema)) {
    if (c.check === 'greater_than') {
      out.min = c.value;
      out.minInclusive = c.inclusive;
    } else if (c.check === 'less_than') {
      out.max = c.value;
      out.maxInclusive = c.inclusive;
    } else if (c.check === 'multiple_of') {
      out.multipleOf = c.value;
    } else if (c.check === 'number_format' && /int/.test(c.format ?? '')) {
      out.integer = true;
    }
  }
  return out;
}

function stringFormat(schema: z.core.$ZodType): Partial<SchemaInfo> {
  const def = defOf(schema) as { format?: string };
  const out: Partial<SchemaInfo> = {};
  if (def.format) out.format = def.format;
  for (const c of checksOf(schema)) {
    if (c.check === 'string_format' && c.format) out.format ??= c.format;
    if (c.check === 'min_length') out.minLength = c.minimum;
    if (c.check === 'max_length') out.maxLength = c.maximum;
  }
  return out;
}

function lengthBounds(schema: z.core.$ZodType): Partial<SchemaInfo> {
  const out: Partial<SchemaInfo> = {};
  for (const c of checksOf(schema)) {
    if (c.check === 'min_length') out.minLength = c.minimum;
    if (c.check === 'max_length') out.maxLength = c.maximum;
  }
  return out;
}

/** The SchemaInfo at a dotted path (array indexes step into the element), if the schema has one. */
export function infoAt(root: SchemaInfo, path: string): SchemaInfo | undefined {
  let node: SchemaInfo | undefined = root;
  for (const segment of splitPath(path)) {
    if (!node) return undefined;
    if (node.kind === 'array') node = node.element;
    else if (node.kind === 'object') node = node.fields?.[String(segment)];
    else if (node.kind === 'record') node = node.value;
    else return undefined;
  }
  return node;
}

/** Labels of each step of a path, for messages and the error summary: ["Upstream", "#2", "Sync interval"]. */
export function labelTrail(root: SchemaInfo, path: string): string[] {
  const out: string[] = [];
  let node: SchemaInfo | undefined = root;
  for (const segment of splitPath(path)) {
    if (typeof segment === 'number') {
      out.push(`#${segment + 1}`);
      node = node?.element;
    } else {
      node = node?.kind === 'record' ? node.value : node?.fields?.[segment];
      out.push(node && node.name !== '{}' ? node.label : segment);
    }
  }
  return out;
}
