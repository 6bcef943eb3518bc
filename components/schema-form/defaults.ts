// Values a schema gives by itself: the defaults of a new array item or of a section switched
// on, and a loaded document completed with the defaults the form should show.
import type { SchemaInfo } from './introspect';

function clone<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}

/**
 * The value a field starts with: its default; for a required object, an object of its fields'
 * starting values; for a required array or record, an empty one; otherwise undefined.
 */
export function initialValue(info: SchemaInfo): unknown {
  if (info.hasDefault) return clone(info.defaultValue);
  if (info.optional) return undefined;
  return emptyValue(info);
}

/** The value of a field that is being created (an array item, a section switched on). */
export function emptyValue(info: SchemaInfo): unknown {
  if (info.hasDefault) return clone(info.defaultValue);
  switch (info.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(info.fields ?? {})) {
        const value = initialValue(field);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    case 'array':
      return [];
    case 'record':
      return {};
    case 'boolean':
      return false;
    case 'literal':
      return info.options?.length === 1 ? info.options[0] : undefined;
    default:
      return undefined;
  }
}

/**
 * A copy of `value` where every absent field that has a default gets it, descending into the
 * objects and arrays that are present. Absent optional sections stay absent; keys the schema
 * does not know are kept.
 */
export function fillDefaults(info: SchemaInfo, value: unknown): unknown {
  if (value === undefined) return initialValue(info);
  if (info.kind === 'object' && isPlainObject(value)) {
    const out: Record<string, unknown> = { ...value };
    for (const [key, field] of Object.entries(info.fields ?? {})) {
      const filled = fillDefaults(field, value[key]);
      if (filled !== undefined) out[key] = filled;
    }
    return out;
  }
  if (info.kind === 'array' && Array.isArray(value) && info.element) {
    const element = info.element;
    return value.map((item) => fillDefaults(element, item));
  }
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
