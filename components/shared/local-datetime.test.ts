import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './local-datetime';

describe('datetime-local conversion', () => {
  it('shows an instant in the reader’s zone, and reads it back as the same instant', () => {
    const at = '2026-03-29T01:30:00.000Z';
    const text = toLocalInput(at);
    const d = new Date(at);
    expect(text).toBe(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}T${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`);
    expect(fromLocalInput(text)).toBe(at);
  });

  it('reads the wall-clock time as local, not UTC', () => {
    expect(fromLocalInput('2026-12-07T09:15')).toBe(new Date(2026, 11, 7, 9, 15).toISOString());
  });

  it('treats empty or malformed text as no bound', () => {
    expect(toLocalInput(undefined)).toBe('');
    expect(toLocalInput('not a date')).toBe('');
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('2026-12-07')).toBeUndefined();
  });
});
