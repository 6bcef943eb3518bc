// How a trigger's errorPatterns entry tests a log line, for the live engine and the dry run
// alike: RE2 (re2js), whose time is linear in the line's length whatever the pattern, so a
// pattern like .*.*.*.*x cannot stall a pass the way a backtracking RegExp does.
import { RE2JS } from 're2js';
import { checkErrorPattern } from '@/schemas/safe-pattern';

/** Log lines are matched on their first characters only, which bounds the work per line. */
export const MAX_MESSAGE_CHARS = 2000;
const MAX_CACHED = 500;

/** Compiled patterns by text: the engine tests the same few patterns every pass. */
const matchers = new Map<string, ((message: string) => boolean) | null>();

/** RE2 for a pattern written in JavaScript syntax (named groups, \u escapes translated), ignoring case; throws when RE2 cannot read it. */
export function compileErrorPattern(pattern: string): RE2JS {
  return RE2JS.compile(RE2JS.translateRegExp(pattern), RE2JS.CASE_INSENSITIVE);
}

/** How an errorPatterns entry tests one log line; null for a pattern the engine skips. */
export function errorPatternMatcher(pattern: string): ((message: string) => boolean) | null {
  let m = matchers.get(pattern);
  if (m === undefined) {
    m = null;
    // Saved documents were checked already (schemas/safe-pattern.ts); this guards documents stored before that check.
    if (pattern.trim() && !checkErrorPattern(pattern)) {
      try {
        const re = compileErrorPattern(pattern);
        m = (message) => re.test(message.slice(0, MAX_MESSAGE_CHARS));
      } catch {
        m = null;
      }
    }
    if (matchers.size >= MAX_CACHED) matchers.delete(matchers.keys().next().value!);
    matchers.set(pattern, m);
  }
  return m;
}
