import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DateTimeSchema, isMissing, percent, score, unitOf } from './common';

describe('DateTimeSchema', () => {
  it.each(['2024-05-01T12:00:00Z', '2024-05-01T12:00:00.250Z', '2024-05-01T14:00:00+02:00', '2024-05-01T06:30:00-05:30'])(
    'accepts %s',
    (value) => expect(DateTimeSchema.safeParse(value).success).toBe(true),
  );

  it.each(['2024-05-01T12:00:00', '2024-05-01', '12:00:00Z', 'May 1, 2024', ''])('rejects %o with a clear message', (value) => {
    const result = DateTimeSchema.safeParse(value);
    expect(result.error?.issues[0].message).toMatch(/ISO-8601 date-time with Z or an offset/);
  });
});

describe('isMissing', () => {
  it.each([undefined, null, '', '   ', '\t\n', [], [''], ['  ', '']])('counts %o as missing', (value) => {
    expect(isMissing(value)).toBe(true);
  });

  it.each(['x', ' x ', ['', 'a'], ['failed'], 0, false, {}])('counts %o as present', (value) => {
    expect(isMissing(value)).toBe(false);
  });
});

describe('percent', () => {
  it('bounds 0..100 and marks the unit', () => {
    const schema = percent('Share');
    expect(schema.safeParse(0).success && schema.safeParse(100).success).toBe(true);
    expect(schema.safeParse(-0.1).success || schema.safeParse(100.1).success).toBe(false);
    expect(unitOf(schema.description)).toBe('%');
  });
});

describe('score', () => {
  it('bounds 0..100 without a unit', () => {
    const schema = score('Lint score');
    expect(schema.safeParse(0).success && schema.safeParse(100).success).toBe(true);
    expect(schema.safeParse(101).success).toBe(false);
    expect(unitOf(schema.description)).toBeUndefined();
  });
});

describe('unitOf', () => {
  it.each([
    ['Debounce delay before reloading (ms)', 'ms'],
    ['How long (s)', 's'],
    ['Largest file (bytes)', 'bytes'],
    ['Heap size (MB)', 'MB'],
    ['CPU share (%)', '%'],
    ['Memory in 64 KiB pages (pages)', 'pages'],
  ])('reads %o as %s', (description, unit) => expect(unitOf(description)).toBe(unit));

  it.each([undefined, 'No unit here', 'Generate views (dashboards, pages)', '(ms) in front'])('finds no unit in %o', (d) => {
    expect(unitOf(d)).toBeUndefined();
  });

  it('reads a schema description', () => {
    expect(unitOf(z.number().describe('Timeout (ms)').description)).toBe('ms');
  });
});
