// errorPatterns are matched with RE2: a pattern that makes a backtracking engine stall answers
// at once, and the save-time check (schemas/safe-pattern.ts, Zod-only) accepts exactly what RE2 reads.
import { describe, expect, it } from 'vitest';
import { checkErrorPattern, MAX_REPEAT_COUNT } from '@/schemas/safe-pattern';
import { compileErrorPattern, errorPatternMatcher, MAX_MESSAGE_CHARS } from './error-pattern';

const compiles = (p: string) => {
  try {
    compileErrorPattern(p);
    return true;
  } catch {
    return false;
  }
};

describe('errorPatternMatcher', () => {
  it('answers .*.*.*.*x against a 200-character line (V8 backtracks on it for seconds)', () => {
    const test = errorPatternMatcher('.*.*.*.*x')!;
    expect(test('a'.repeat(200))).toBe(false);
    expect(test(`${'a'.repeat(199)}X`)).toBe(true);
  });

  it('ignores case and reads JavaScript syntax (named groups, \\d, \\u escapes)', () => {
    expect(errorPatternMatcher('econnreset')!('read ECONNRESET')).toBe(true);
    expect(errorPatternMatcher('(?<code>E[A-Z]+) after \\d+ms')!('eTIMEDOUT after 30ms')).toBe(true);
    expect(errorPatternMatcher('\\u0041{3}')!('xaaay')).toBe(true);
    expect(errorPatternMatcher('pool (acquire )?timeout')!('pool overflow')).toBe(false);
  });

  it(`reads only the first ${MAX_MESSAGE_CHARS} characters of a line`, () => {
    const test = errorPatternMatcher('needle')!;
    expect(test(`${'.'.repeat(MAX_MESSAGE_CHARS - 6)}needle`)).toBe(true);
    expect(test(`${'.'.repeat(MAX_MESSAGE_CHARS - 5)}needle`)).toBe(false);
  });

  it('skips blank patterns and patterns saved before the check that RE2 cannot read', () => {
    expect(errorPatternMatcher('  ')).toBeNull();
    expect(errorPatternMatcher('(a)\\1')).toBeNull();
    expect(errorPatternMatcher('x(?=y)')).toBeNull();
  });
});

describe('the save-time check and RE2 agree', () => {
  it.each(['(a)\\1', '(?=a)', '(?!a)', '(?<=a)b', '(?<!a)b', `a{${MAX_REPEAT_COUNT + 1}}`])('RE2 refuses %s and so does the check, with the reason', (p) => {
    expect(compiles(p)).toBe(false);
    expect(checkErrorPattern(p)?.message).toMatch(/not allowed|at most/);
  });

  it('refuses a named back-reference, which the translation to RE2 would read as the letter k', () => {
    expect(checkErrorPattern('(?<n>a)\\k<n>')?.message).toMatch(/^Named back-references/);
  });

  it('every pattern the check accepts compiles with RE2 (2 000 generated patterns)', () => {
    const atoms = ['a', 'x', '.', '\\d', '\\w', '\\s', '\\b', '\\1', '\\k<n>', '[a-z]', '[^)]', '(', ')', '(?:', '(?<n>', '(?=', '(?!', '(?<=', '|', '*', '+', '?', '*?', '{2}', '{1,3}', '{1001}', '^', '$', '\\.', '\\u0041', '\\x41'];
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % atoms.length;
    let accepted = 0;
    for (let n = 0; n < 2000; n++) {
      const p = Array.from({ length: 1 + (n % 8) }, () => atoms[next()]).join('');
      if (checkErrorPattern(p)) continue;
      accepted++;
      expect({ p, compiles: compiles(p) }).toEqual({ p, compiles: true });
    }
    expect(accepted).toBeGreaterThan(200);
  });
});
