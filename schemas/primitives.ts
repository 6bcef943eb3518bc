// The input primitives every request schema builds on: text PostgreSQL can store (no NUL,
// well-formed UTF-16, bounded length), ids, timestamps in a sane range with real calendar dates,
// finite bounded numbers, de-duplicated bounded lists, and one check over whole JSON documents
// that are stored as jsonb. Each rule lives here once; the schemas compose them.
import { z } from 'zod';

/** A UTF-16 surrogate without its partner: JSON carries it, PostgreSQL text and jsonb refuse it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const NUL_MESSAGE = 'Must not contain the NUL character (\\u0000)';
export const LONE_SURROGATE_MESSAGE = 'Must be well-formed text (a lone UTF-16 surrogate was found)';

/** Why `s` cannot be stored as PostgreSQL text, or undefined when it can. */
export function unstorableTextReason(s: string): string | undefined {
  if (s.includes('\u0000')) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(s)) return LONE_SURROGATE_MESSAGE;
  return undefined;
}

/**
 * Text that is stored or used in a query: at most `max` characters, no NUL, no lone surrogate.
 * Chain `.trim()`, `.min()` or `.regex()` for more; the storage rules always hold.
 */
export function storedText(max: number, maxMessage = `Must be at most ${max} characters`) {
  return z
    .string()
    .max(max, maxMessage)
    .superRefine((s, ctx) => {
      const reason = unstorableTextReason(s);
      if (reason) ctx.addIssue({ code: 'custom', message: reason });
    });
}

/** Longest id the console accepts in a path, query or body (generated ids are far shorter). */
export const MAX_ID_LENGTH = 128;

/** An opaque id (of a user, token, proposal, generation, …): non-empty storable text. */
export function idText(what = 'Id') {
  return storedText(MAX_ID_LENGTH, `${what} must be at most ${MAX_ID_LENGTH} characters`).min(1, `${what} is required`);
}

/** A bigserial id sent as text (path or query): digits only, within the safe integer range. */
export const SerialIdSchema = z.coerce
  .number({ error: 'Expected a whole number id' })
  .int('Expected a whole number id')
  .min(1, 'Expected a whole number id of at least 1')
  .max(Number.MAX_SAFE_INTEGER, 'The id is too large');

/** The earliest and latest instants the console accepts (points, events, reports, query bounds). */
export const EARLIEST_TIMESTAMP_MS = Date.UTC(2000, 0, 1);
export const LATEST_TIMESTAMP_MS = Date.UTC(2100, 0, 1);
export const TIMESTAMP_RANGE_MESSAGE = 'Must be between 2000-01-01 and 2100-01-01 (UTC)';

/** True when epoch milliseconds `ms` is a whole number within the accepted range. */
export function isSaneEpochMs(ms: number): boolean {
  return Number.isInteger(ms) && ms >= EARLIEST_TIMESTAMP_MS && ms < LATEST_TIMESTAMP_MS;
}

/** ISO-8601 date-time with its zone within the range; Zod's pattern already refuses 2026-02-30. */
export const SaneDateTimeSchema = z.iso
  .datetime({ offset: true, error: 'Expected an ISO-8601 date-time with Z or an offset, e.g. 2024-05-01T12:00:00Z' })
  .refine((s) => isSaneEpochMs(Date.parse(s)), TIMESTAMP_RANGE_MESSAGE);

/** Epoch milliseconds within the accepted range. */
export const SaneEpochMsSchema = z
  .number({ error: 'Expected epoch milliseconds' })
  .int('Epoch milliseconds must be a whole number')
  .refine(isSaneEpochMs, TIMESTAMP_RANGE_MESSAGE);

/**
 * The largest magnitude a measured value may have. Far beyond any real metric, and small
 * enough that sums of any realistic number of them stay finite in float8 roll-ups.
 */
export const MAX_NUMBER_MAGNITUDE = 1e30;

/** A finite number of at most {@link MAX_NUMBER_MAGNITUDE} either way. */
export function boundedNumber(what = 'value') {
  return z
    .number({ error: `${what} must be a number` })
    .refine(Number.isFinite, `${what} must be a finite number`)
    .refine((n) => Math.abs(n) <= MAX_NUMBER_MAGNITUDE, `${what} must be between -1e30 and 1e30`);
}

/**
 * A list of at most `max` items of `item`, duplicates removed (first occurrence kept). The
 * bound is checked on what was sent, so 20 000 copies of one value are refused, not shrunk.
 */
export function uniqueList<T extends z.ZodType>(item: T, bounds: { max: number; maxMessage?: string; min?: number; minMessage?: string }) {
  return z
    .array(item)
    .min(bounds.min ?? 0, bounds.minMessage)
    .max(bounds.max, bounds.maxMessage ?? `At most ${bounds.max} items`)
    .transform((items) => [...new Set(items)] as z.output<T>[]);
}

/** The largest value of a PostgreSQL `integer` column (document versions, counts). */
export const MAX_INT4 = 2_147_483_647;

/** A version number or other whole number stored as `integer`; `coerce` for queries. */
export function int4(min: number, opts: { coerce?: boolean; error?: string } = {}) {
  const base = opts.coerce ? z.coerce.number({ error: opts.error }) : z.number({ error: opts.error });
  return base.int(opts.error).min(min, opts.error).max(MAX_INT4, opts.error ?? `Must be at most ${MAX_INT4}`);
}

/**
 * A network address a connection can be opened to: `scheme://host[:port][/path]` or
 * `host[:port]` (the provider's scheme), with a host and a valid port. Blank counts as not yet
 * filled in (the cross-field rules treat it as missing), so a form row being edited still saves.
 */
export function isEndpointAddress(value: string): boolean {
  const text = value.trim();
  if (text === '') return true;
  if (/\s/.test(text)) return false;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `tcp://${text}`);
    return url.hostname !== '';
  } catch {
    return false;
  }
}

export const ENDPOINT_MESSAGE = 'Must be an address such as redis://host:6379 or host:2379';

/** How deep a stored JSON document may nest; real documents stay under 10 levels. */
export const MAX_JSON_DEPTH = 64;

/**
 * The first place in a JSON value that cannot be stored as jsonb or would overwhelm the
 * code that walks it: a NUL or lone surrogate in a key or a string, or nesting deeper than
 * {@link MAX_JSON_DEPTH}. Iterative, so a 10 000-level document does not overflow the stack.
 */
export function findUnstorableJson(value: unknown): { path: (string | number)[]; message: string } | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      const reason = unstorableTextReason(v);
      if (reason) return { path, message: reason };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= MAX_JSON_DEPTH) return { path, message: `Nests deeper than ${MAX_JSON_DEPTH} levels` };
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((item, i) => [i, item]) : Object.entries(v);
    for (const [key, item] of entries) {
      if (typeof key === 'string') {
        const reason = unstorableTextReason(key);
        if (reason) return { path: [...path, key], message: `Key ${reason.charAt(0).toLowerCase()}${reason.slice(1)}` };
      }
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return undefined;
}

/** Adds the issue of {@link findUnstorableJson}, if any, to a refinement context. */
export function checkStorableJson(value: unknown, ctx: z.RefinementCtx): void {
  const found = findUnstorableJson(value);
  if (found) ctx.addIssue({ code: 'custom', message: found.message, path: found.path });
}

/** Any JSON value that can be stored as jsonb (see {@link findUnstorableJson}). */
export function storableJson() {
  return z.unknown().superRefine(checkStorableJson);
}

/** A free-form `{string: any}` object that can be stored as jsonb. */
export function storableRecord() {
  return z.record(z.string(), z.unknown()).superRefine(checkStorableJson);
}
