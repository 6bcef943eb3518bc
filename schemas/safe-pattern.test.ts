import { describe, expect, it } from 'vitest';
import { checkErrorPattern, MAX_PATTERN_LENGTH } from './safe-pattern';

describe('checkErrorPattern', () => {
  it.each(['ECONNRESET', 'timeout after \\d+ ms', 'pool (acquire )?timeout', '(?:heap|GC) pressure', '^\\[ERROR\\]', '[(]+x', 'a{2,5}', '(?<code>E\\w+)', '(?=x)y'])('accepts %s', (p) => {
    expect(checkErrorPattern(p)).toBeNull();
  });

  it.each([
    ['(', /^Not a valid regular expression/],
    ['[a-', /^Not a valid regular expression/],
    ['(a+)+', /repeated group/],
    ['(a|aa)*', /repeated group/],
    ['(\\w+\\s?)*$', /repeated group/],
    ['((ab)*c)+', /repeated group/],
    ['(x+){2,}', /repeated group/],
    ['(a)\\1', /Back-references/],
    ['x'.repeat(MAX_PATTERN_LENGTH + 1), /at most/],
  ])('refuses %s', (p, message) => {
    expect(checkErrorPattern(p)?.message).toMatch(message);
  });

  it('points at the repeated group', () => {
    expect(checkErrorPattern('ok (a+)+')?.position).toBe(3);
  });
});
