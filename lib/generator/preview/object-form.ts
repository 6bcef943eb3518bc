/*
 * An ObjectStack object as a Zod object schema, so the schema-form engine can render it as a
 * working form in the generator's preview. One field type → one Zod type; select options are
 * offered by label (what a user of the app would see) and mapped back to their values; a lookup
 * is a choice among the sample records of the object it references. Computed fields
 * (autonumber, formula, ...) are left out: the platform fills them.
 */
import { z } from 'zod';
import type { ObjectDef } from '@/lib/generator/metadata/spec-types';

/** Field metadata the preview reads; the spec's FieldSchema has many more keys it ignores. */
interface FieldLike {
  label?: string;
  type: string;
  required?: boolean;
  description?: string;
  options?: { label: string; value: string }[];
  reference?: string;
  min?: number;
  max?: number;
  readonly?: boolean;
}

/** Extra metadata on each field's schema: the field's own label, and the widget it wants. */
export interface PreviewFieldMeta {
  title: string;
  description?: string;
  previewWidget?: 'textarea' | 'select';
}

export interface ObjectForm {
  schema: z.ZodObject;
  /** The form's fields in order (the form view's, else the object's editable fields). */
  fields: string[];
  /** A stored record as form values: option values become their labels. */
  toFormValues(record: Record<string, unknown>): Record<string, unknown>;
  /** Submitted form values as a record: option labels become their values. */
  toRecord(values: Record<string, unknown>): Record<string, unknown>;
}

export interface ObjectFormOptions {
  /** Field order from the object's form view, when it has one. */
  formFields?: string[];
  /** The display names of the sample records of an object, for lookups to it. */
  lookupChoices?: (objectName: string) => string[];
}

/** Types the platform computes or stores outside the record: not in a data-entry form. */
export const COMPUTED_TYPES = new Set(['autonumber', 'formula', 'summary', 'rollup', 'vector']);
const LONG_TEXT = new Set(['textarea', 'markdown', 'html', 'richtext', 'code', 'json']);
const MULTI = new Set(['multiselect', 'checkboxes', 'tags']);
const PHONE_RE = /^\+?[\d\s().-]{5,}$/;

export function buildObjectForm(object: ObjectDef, options: ObjectFormOptions = {}): ObjectForm {
  const all = (object.fields ?? {}) as Record<string, FieldLike>;
  const editable = (name: string) => all[name] && !COMPUTED_TYPES.has(all[name].type) && !all[name].readonly;
  const order = options.formFields?.length ? options.formFields : Object.keys(all);
  const fields = [...new Set(order)].filter(editable);
  const shape: Record<string, z.ZodType> = {};
  for (const name of fields) shape[name] = fieldSchema(name, all[name], options.lookupChoices ?? (() => []));

  const optionMap = (name: string, from: 'value' | 'label') => {
    const opts = all[name]?.options ?? [];
    const to = from === 'value' ? 'label' : 'value';
    return (v: unknown) => opts.find((o) => o[from] === v)?.[to] ?? v;
  };
  const mapSelects = (values: Record<string, unknown>, from: 'value' | 'label') => {
    const out: Record<string, unknown> = {};
    for (const name of fields) {
      const v = values[name];
      if (v === undefined) continue;
      const map = optionMap(name, from);
      out[name] = Array.isArray(v) ? v.map(map) : map(v);
    }
    return out;
  };
  return {
    schema: z.object(shape),
    fields,
    toFormValues: (record) => mapSelects(record, 'value'),
    toRecord: (values) => mapSelects(values, 'label'),
  };
}

/** The Zod schema of one field; exported for tests. */
export function fieldSchema(name: string, field: FieldLike, lookupChoices: (objectName: string) => string[]): z.ZodType {
  const label = field.label || name;
  const meta: PreviewFieldMeta = { title: label };
  const base = baseSchema(field, label, lookupChoices, meta);
  const described = base.meta({ ...meta } as Record<string, unknown>);
  if (field.type === 'boolean' || field.type === 'toggle') return described.default(false);
  return field.required ? described : described.optional();
}

function baseSchema(field: FieldLike, label: string, lookupChoices: (objectName: string) => string[], meta: PreviewFieldMeta): z.ZodType {
  const required = `${label} is required`;
  const text = () => (field.required ? z.string().min(1, required) : z.string());
  const labels = (field.options ?? []).map((o) => o.label);
  if (field.description) meta.description = field.description;
  switch (field.type) {
    case 'email':
      return z.email(`${label} must be an email address`);
    case 'url':
    case 'image':
    case 'file':
      return z.url(`${label} must be a URL (https://...)`);
    case 'phone':
      return z.string().regex(PHONE_RE, `${label} must be a phone number`);
    case 'number':
      return bounded(z.number(`${label} must be a number`), field.min, field.max);
    case 'currency':
      meta.description ??= 'Amount in USD';
      return bounded(z.number(`${label} must be an amount`), field.min, field.max);
    case 'percent':
      return z.number(`${label} must be a number`).min(field.min ?? 0).max(field.max ?? 100);
    case 'rating':
      return z.number(`${label} must be a number`).int().min(1).max(field.max ?? 5);
    case 'date':
      meta.description ??= 'YYYY-MM-DD';
      return z.iso.date(`${label} must be a date (YYYY-MM-DD)`);
    case 'datetime':
      return z.iso.datetime({ offset: true, message: `${label} must be a date and time` });
    case 'time':
      meta.description ??= 'HH:MM';
      return z.iso.time(`${label} must be a time (HH:MM)`);
    case 'boolean':
    case 'toggle':
      return z.boolean();
    case 'select':
    case 'radio':
      return labels.length ? z.enum(labels as [string, ...string[]]) : text();
    case 'lookup':
    case 'master_detail': {
      const choices = field.reference ? lookupChoices(field.reference) : [];
      meta.description ??= `One of the sample ${field.reference ?? 'related'} records`;
      // A record picker is a drop-down, however few records there are.
      meta.previewWidget = 'select';
      return choices.length ? z.enum(choices as [string, ...string[]]) : text();
    }
    case 'address':
      return z.object({
        street: z.string().optional(),
        city: z.string().optional(),
        postalCode: z.string().optional(),
        country: z.string().optional(),
      });
    default:
      if (MULTI.has(field.type)) return labels.length ? z.array(z.enum(labels as [string, ...string[]])) : z.array(z.string());
      if (LONG_TEXT.has(field.type)) meta.previewWidget = 'textarea';
      return text();
  }
}

function bounded(schema: z.ZodNumber, min: number | undefined, max: number | undefined): z.ZodNumber {
  let out = schema;
  if (min !== undefined) out = out.min(min);
  if (max !== undefined) out = out.max(max);
  return out;
}
