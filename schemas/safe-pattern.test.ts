import { describe, expect, it } from 'vitest';
import { checkErrorPattern, MAX_PATTERN_LENGTH, MAX_REPEAT_COUNT } from './safe-pattern';

describe('checkErrorPattern', () => {
  it.each([
    'ECONNRESET',
    'timeout after \\d+ ms',
    'pool (acquire )?timeout',
    '(?:heap|GC) pressure',
    '^\\[ERROR\\]',
    '[(]+x',
    'a{2,5}',
    '(?<code>E\\w+)',
    // Nested repetition cannot backtrack under RE2, so these are allowed now.
    '(a+)+',
    '(\\w+\\s?)*$',
    '.*.*.*.*x',
    '[\\1(?=]x',
    `a{${MAX_REPEAT_COUNT}}`,
    'x'.repeat(MAX_PATTERN_LENGTH),
  ])('accepts %s', (p) => {
    expect(checkErrorPattern(p)).toBeNull();
  });

  it.each([
    ['(', /^Not a valid regular expression/],
    ['[a-', /^Not a valid regular expression/],
    ['(a)\\1', /^Back-references \(\\1\) are not allowed: the console matches with RE2/],
    ['(?<x>a)\\k<x>', /^Named back-references/],
    ['(?=x)y', /^Lookahead and lookbehind \(\(\?=…\)\) are not allowed/],
    ['x(?!y)', /^Lookahead and lookbehind/],
    ['(?<=a)b', /^Lookahead and lookbehind/],
    ['(?<!a)b', /^Lookahead and lookbehind/],
    [`a{${MAX_REPEAT_COUNT + 1}}`, /^A repeat count may be at most 1000/],
    [`a{2,${MAX_REPEAT_COUNT + 1}}`, /^A repeat count may be at most 1000/],
    ['x'.repeat(MAX_PATTERN_LENGTH + 1), /at most/],
  ])('refuses %s', (p, message) => {
    expect(checkErrorPattern(p)?.message).toMatch(message);
  });

  it('points at the construct it refuses', () => {
    expect(checkErrorPattern('ok (a)\\1')?.position).toBe(6);
    expect(checkErrorPattern('ok (?=a)')?.position).toBe(3);
  });
});
