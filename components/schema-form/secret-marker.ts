// Rule R10 on the client side: the server sends stored secrets as a redaction marker and keeps
// the stored secret when the same marker comes back. The form must therefore send the marker
// back untouched unless the user typed a new value.

import { REDACTED } from '@/lib/secrets/marker';

/** The marker the API puts in place of a stored secret (one value, shared with the server). */
export const REDACTED_MARKER = REDACTED;

export function isRedacted(value: unknown): value is typeof REDACTED_MARKER {
  return value === REDACTED_MARKER;
}

/**
 * What will happen to a secret on save, comparing the current value with the one the form
 * was loaded with:
 * - `kept`: the stored secret stays (marker unchanged);
 * - `replaced`: a stored secret is overwritten by a typed value;
 * - `cleared`: a stored secret is removed (the field was emptied);
 * - `new`: a value is set where none was stored;
 * - `empty`: nothing stored, nothing typed.
 */
export type SecretState = 'kept' | 'replaced' | 'cleared' | 'new' | 'empty';

export function secretState(current: unknown, initial: unknown): SecretState {
  const wasStored = isRedacted(initial);
  if (isRedacted(current)) return wasStored ? 'kept' : 'new';
  const typed = typeof current === 'string' ? current !== '' : current !== undefined && current !== null;
  if (wasStored) return typed ? 'replaced' : 'cleared';
  return typed ? 'new' : 'empty';
}
