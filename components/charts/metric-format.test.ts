import { describe, expect, it } from 'vitest';
import { formatDuration } from './metric-format';

describe('formatDuration', () => {
  it('says how long a sub-second span took in ms, never "instant"', () => {
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(350)).toBe('350 ms');
    expect(formatDuration(999)).toBe('999 ms');
    expect(formatDuration(-5)).toBe('0 ms');
  });

  it('switches to seconds, minutes, hours and days at their edges', () => {
    expect(formatDuration(1000)).toBe('1 s');
    expect(formatDuration(59_000)).toBe('59 s');
    expect(formatDuration(60_000)).toBe('1 min');
    expect(formatDuration(270_000)).toBe('4 min 30 s');
    expect(formatDuration(3_600_000)).toBe('1 h');
    expect(formatDuration(48 * 3_600_000)).toBe('2 days');
  });
});
