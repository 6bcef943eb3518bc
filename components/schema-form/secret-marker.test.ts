import { describe, expect, it } from 'vitest';
import { REDACTED } from '@/lib/secrets/redact';
import { REDACTED_MARKER, isRedacted, secretState } from './secret-marker';

describe('secret marker', () => {
  it('is the marker the API redacts with', () => {
    expect(REDACTED_MARKER).toBe(REDACTED);
    expect(isRedacted(REDACTED)).toBe(true);
    expect(isRedacted('hunter2')).toBe(false);
  });

  it('tells what saving will do to a secret', () => {
    expect(secretState(REDACTED_MARKER, REDACTED_MARKER)).toBe('kept');
    expect(secretState('new-token', REDACTED_MARKER)).toBe('replaced');
    expect(secretState('', REDACTED_MARKER)).toBe('cleared');
    expect(secretState(undefined, REDACTED_MARKER)).toBe('cleared');
    expect(secretState('typed', undefined)).toBe('new');
    expect(secretState(undefined, undefined)).toBe('empty');
  });
});
