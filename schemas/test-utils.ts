// Helpers for the schema tests: edit a document at a dotted path and read back where
// parsing failed. Test-only; kept free of vitest so schemas/ still imports only zod.
import type { z } from 'zod';

type Doc = Record<string, unknown>;

/** Dotted issue paths of a failed parse (`upstream.0.auth.token`), or [] when it passes. */
export function issuePaths(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

/** The message of the issue at `path`, if parsing reports one there. */
export function messageAt(schema: z.ZodType, input: unknown, path: string): string | undefined {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues.find((i) => i.path.join('.') === path)?.message;
}

export function accepts(schema: z.ZodType, input: unknown): boolean {
  return schema.safeParse(input).success;
}

/** A copy of `doc` with `value` at the dotted `path`, creating objects on the way. */
export function withValue<T extends Doc>(doc: T, path: string, value: unknown): T {
  const copy = structuredClone(doc);
  const keys = path.split('.');
  let node: Doc = copy;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Doc;
  }
  node[keys[keys.length - 1]] = value;
  return copy;
}

/** Parses twice and returns both results, to check that parsing is idempotent. */
export function parseTwice(schema: z.ZodType, input: unknown): [unknown, unknown] {
  const once = schema.parse(input);
  return [once, schema.parse(once)];
}

/** Issue paths at a bound: `ok` should give [] and `bad` exactly [path]. */
export function checkBound(schema: z.ZodType, base: Doc, path: string, ok: unknown, bad: unknown) {
  return { ok: issuePaths(schema, withValue(base, path, ok)), bad: issuePaths(schema, withValue(base, path, bad)) };
}

/** Enum values refused at `path` (should be none) and the issue paths of a wrong value. */
export function checkEnum(schema: z.ZodType, base: Doc, path: string, values: readonly string[]) {
  return {
    refused: values.filter((value) => !accepts(schema, withValue(base, path, value))),
    wrong: issuePaths(schema, withValue(base, path, 'not-a-protocol-value')),
  };
}
