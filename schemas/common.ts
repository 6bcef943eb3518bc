// Small building blocks shared by the protocol schemas: timestamps, percentages,
// the "blank counts as missing" test used by rules R3, R4, R6 and R9, and the unit
// convention of field descriptions ("... (ms)") that forms read to label inputs.
import { z } from 'zod';

/** ISO-8601 date-time that carries its zone: `Z` or a numeric offset such as `+02:00`. */
export const DateTimeSchema = z.iso.datetime({
  offset: true,
  error: 'Expected an ISO-8601 date-time with Z or an offset, e.g. 2024-05-01T12:00:00Z',
});

/** A date-time field with its help text. */
export function dateTime(description: string) {
  return DateTimeSchema.describe(description);
}

/** A percentage: a number from 0 to 100 inclusive; the description gets the `(%)` unit. */
export function percent(description: string) {
  return z.number().min(0).max(100).describe(`${description} (%)`);
}

/** A 0..100 score that is not a share of anything, so it has no unit. */
export function score(description: string) {
  return z.number().min(0).max(100).describe(`${description}, from 0 to 100`);
}

/** `{string: any}` in the protocol: free-form, provider- or action-specific settings. */
export function anyRecord(description: string) {
  return z.record(z.string(), z.unknown()).describe(description);
}

/**
 * True when a value counts as missing for the cross-field rules: absent, null, an empty or
 * blank string, or a list with no non-missing item (so `['  ']` is as empty as `[]`).
 */
export function isMissing(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isMissing);
  return false;
}

/**
 * A field that belongs to some values of another field of the same object (rules R1, R2, R3,
 * R6, R7, R8): the schema rejects it (or, for R3, requires it) by these tables, and the form
 * hides it when `when` has none of the values in `is`. Paths are relative to the object that
 * holds both fields.
 */
export interface DependentField {
  /** The protocol rule it expresses. */
  rule: string;
  field: string;
  when: string;
  is: readonly (string | number | boolean)[];
}

/** A field whose error depends on another field without being hidden by it (R5). */
export type RevalidatedField = Pick<DependentField, 'rule' | 'field' | 'when'>;

/** The units a description may end with, in parentheses: "Debounce delay (ms)". */
export const UNITS = ['ms', 's', 'bytes', 'MB', '%', 'pages'] as const;
export type Unit = (typeof UNITS)[number];

const UNIT_SUFFIX = /\(([^()]+)\)$/;

/** The unit a field's description ends with, if it is one of {@link UNITS}. */
export function unitOf(description: string | undefined): Unit | undefined {
  const found = description?.match(UNIT_SUFFIX)?.[1];
  return (UNITS as readonly string[]).includes(found ?? '') ? (found as Unit) : undefined;
}
