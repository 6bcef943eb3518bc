// Checks a trigger.errorPatterns entry before it is saved. The engine matches patterns with
// RE2 (re2js, linear time in the line's length, so no pattern can stall it; see
// lib/healing/evaluate-trigger.ts), ignoring case. A pattern must be a valid JavaScript regular
// expression that RE2 also reads: no back-references, no lookahead or lookbehind, repeat counts
// up to 1000, and at most MAX_PATTERN_LENGTH characters. Zod-free and import-free (schemas/
// imports only Zod); lib/healing/error-pattern.test.ts checks that what passes here compiles
// with RE2 and that what RE2 refuses is refused here.

export const MAX_PATTERN_LENGTH = 200;
/** RE2's largest repeat count ({n,m}). */
export const MAX_REPEAT_COUNT = 1000;

export interface PatternProblem {
  message: string;
  /** 0-based offset into the pattern. */
  position: number;
}

/** Null when the pattern can be saved, otherwise what is wrong and where. */
export function checkErrorPattern(pattern: string): PatternProblem | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return { message: `A pattern may be at most ${MAX_PATTERN_LENGTH} characters long`, position: MAX_PATTERN_LENGTH };
  try {
    new RegExp(pattern, 'i');
  } catch (err) {
    const detail = err instanceof Error ? err.message.replace(/^Invalid regular expression: \/.*\/\w*: /, '') : 'invalid';
    return { message: `Not a valid regular expression: ${detail}`, position: 0 };
  }
  return findUnsupported(pattern);
}

const WHY = 'the console matches with RE2, which guarantees a fast match but has no';

/** The first construct RE2 does not read, in a pattern JavaScript accepts. */
function findUnsupported(p: string): PatternProblem | null {
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      if (!inClass && /[1-9]/.test(p[i + 1] ?? '')) return { message: `Back-references (\\${p[i + 1]}) are not allowed: ${WHY} back-references`, position: i };
      if (!inClass && p[i + 1] === 'k' && p[i + 2] === '<') return { message: `Named back-references (\\k<name>) are not allowed: ${WHY} back-references`, position: i };
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') {
      const look = /^\?(<=|<!|=|!)/.exec(p.slice(i + 1));
      if (look) return { message: `Lookahead and lookbehind ((?${look[1]}…)) are not allowed: ${WHY} lookarounds`, position: i };
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(p.slice(i));
      if (m && Math.max(Number(m[1]), Number(m[2] || 0)) > MAX_REPEAT_COUNT) return { message: `A repeat count may be at most ${MAX_REPEAT_COUNT}`, position: i };
    }
  }
  return null;
}
