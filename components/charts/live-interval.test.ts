import { describe, expect, it } from 'vitest';
import { liveInterval } from './live-interval';

describe('liveInterval', () => {
  it('stays paused while the page is paused', () => {
    expect(liveInterval(false, 480_000)).toBe(false);
  });

  it('refetches at the live interval while a bucket is at most that long', () => {
    expect(liveInterval(10_000, 10_000)).toBe(10_000);
    expect(liveInterval(10_000, 1_000)).toBe(10_000);
    expect(liveInterval(10_000, undefined)).toBe(10_000);
  });

  it('waits a whole bucket once a bucket is longer than the live interval', () => {
    expect(liveInterval(10_000, 10_001)).toBe(10_001);
    expect(liveInterval(10_000, 480_000)).toBe(480_000);
  });
});
