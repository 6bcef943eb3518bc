import { describe, expect, it } from 'vitest';
import { ApiError } from '../../errors';
import { parseTimeBound, parseTimeRange } from './time-range';

const now = Date.UTC(2026, 11, 7, 12);
const refused = (value: string) => {
  try {
    parseTimeBound(value, now, 'from');
  } catch (err) {
    return err instanceof ApiError ? { status: err.status, path: err.issues[0]?.path } : 'other';
  }
  return 'accepted';
};

describe('time bounds', () => {
  it('read now, relative times, epoch milliseconds and ISO date-times', () => {
    expect(parseTimeBound('now', now, 'to')).toBe(now);
    expect(parseTimeBound('now-24h', now, 'from')).toBe(now - 86_400_000);
    expect(parseTimeBound(String(Date.UTC(2000, 0, 1)), now, 'from')).toBe(Date.UTC(2000, 0, 1));
    expect(parseTimeBound('2099-12-31T23:59:59.999Z', now, 'to')).toBe(Date.UTC(2100, 0, 1) - 1);
  });

  it('refuse bounds outside 2000..2100 with a 400 naming the field, never a 500', () => {
    for (const v of ['now-1000000000h', 'now-99999999999999999999d', '8640000000000001', String(Date.UTC(2000, 0, 1) - 1), '2100-01-01T00:00:00Z', '0001-01-01T00:00:00Z']) {
      expect(refused(v), v).toEqual({ status: 400, path: 'from' });
    }
    expect(refused('yesterday')).toEqual({ status: 400, path: 'from' });
  });

  it('keep the two-year bound on a range', () => {
    expect(() => parseTimeRange('now-730d', 'now', now)).not.toThrow();
    expect(() => parseTimeRange('now-731d', 'now', now)).toThrow(ApiError);
  });
});
