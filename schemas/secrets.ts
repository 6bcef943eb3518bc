// Secret fields are marked once, in the schema, with Zod metadata (`{ secret: true }`).
// Everything else (redaction, encryption at rest, masked inputs, JSON Schema `secret: true`)
// finds them by walking the schema, so no list of secret paths is kept anywhere else.
import { z } from 'zod';

declare module 'zod' {
  interface GlobalMeta {
    /** The value is a credential: stored encrypted, returned redacted (rule R10). */
    secret?: boolean;
  }
}

/** Marks a field as secret. Put it outermost so the mark survives in JSON Schema too. */
export function secret<T extends z.ZodType>(schema: T): T {
  return schema.meta({ secret: true });
}

/** True when this exact schema instance carries the secret mark. */
export function isSecret(schema: z.core.$ZodType): boolean {
  return z.globalRegistry.get(schema)?.secret === true;
}

/** A step of a secret path: an object key, or one of these two wildcards. */
type SecretPathSegment = string;
export const EACH_ITEM = '[*]'; // every item of an array
export const EACH_KEY = '*'; // every value of a record

function collect(schema: z.core.$ZodType, prefix: SecretPathSegment[], out: SecretPathSegment[][]) {
  if (isSecret(schema)) {
    out.push(prefix);
    return;
  }
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return collect(def.innerType, prefix, out);
    case 'pipe':
      // The input side is what documents contain; a transform's output has no schema.
      return collect(def.in, prefix, out);
    case 'object':
      for (const [key, field] of Object.entries(def.shape)) collect(field, [...prefix, key], out);
      return;
    case 'array':
      return collect(def.element, [...prefix, EACH_ITEM], out);
    case 'record':
      return collect(def.valueType, [...prefix, EACH_KEY], out);
    case 'union':
      for (const option of def.options) collect(option, prefix, out);
      return;
    default:
      return;
  }
}

function format(segments: SecretPathSegment[]): string {
  return segments.reduce<string>((path, segment) => {
    if (segment === EACH_ITEM) return `${path}${EACH_ITEM}`;
    return path === '' ? segment : `${path}.${segment}`;
  }, '');
}

/**
 * The secret fields of a schema as path patterns, e.g. `upstream[*].auth.password`
 * (`[*]` = every array item, `*` = every record value).
 */
export function secretPaths(schema: z.core.$ZodType): string[] {
  const out: SecretPathSegment[][] = [];
  collect(schema, [], out);
  return [...new Set(out.map(format))];
}
