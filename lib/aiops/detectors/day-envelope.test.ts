import { describe, expect, it } from 'vitest';
import { dayEnvelope, envelopePush, ENVELOPE_JITTER, explainedYesterday } from './day-envelope';

const BUCKET = 300_000;
const DAY = 86_400_000;

describe("yesterday's 5-minute envelope", () => {
  // Yesterday: 10 everywhere, except one 5-minute bucket at 06:00 that ran a job at 50..60.
  function yesterday() {
    const e = dayEnvelope(BUCKET);
    for (let t = 0; t < DAY; t += 10_000) envelopePush(e, t, t >= 6 * 3_600_000 && t < 6 * 3_600_000 + BUCKET ? 50 + (t % 60_000) / 6000 : 10);
    return e;
  }

  it.each([
    [0, true],
    [ENVELOPE_JITTER, true],
    [ENVELOPE_JITTER + 1, false],
    [-ENVELOPE_JITTER, true],
    [-ENVELOPE_JITTER - 1, false],
  ])('explains the job today %i buckets from its time yesterday: %s', (off, explained) => {
    const e = yesterday();
    expect(explainedYesterday(e, DAY + 6 * 3_600_000 + off * BUCKET, 55)).toBe(explained);
  });

  it('does not explain a value beyond the range, nor anything without a yesterday', () => {
    const e = yesterday();
    expect(explainedYesterday(e, DAY + 6 * 3_600_000, 61)).toBe(false);
    expect(explainedYesterday(dayEnvelope(BUCKET), DAY, 10)).toBe(false);
  });

  it('compares a mean with the range of bucket means', () => {
    const e = yesterday();
    expect(explainedYesterday(e, DAY + 6 * 3_600_000, 30, true)).toBe(true);
    expect(explainedYesterday(e, DAY + 12 * 3_600_000, 30, true)).toBe(false);
  });
});
