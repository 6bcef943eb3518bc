// Checks a trigger.errorPatterns entry before it is saved: it must compile as a JavaScript
// regular expression, and must not be able to backtrack catastrophically on a log line (the
// engine matches every pattern against every recent log message).
// Refused: back-references, a quantified group that itself contains a quantifier or an
// alternation ((a+)+, (a|aa)*, (\w+\s?)*), and patterns longer than MAX_PATTERN_LENGTH.
// No imports: schemas/ depends on Zod only, and this needs nothing.

export const MAX_PATTERN_LENGTH = 200;

export interface PatternProblem {
  message: string;
  /** 0-based offset into the pattern. */
  position: number;
}

/** Null when the pattern is valid and safe, otherwise what is wrong and where. */
export function checkErrorPattern(pattern: string): PatternProblem | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return { message: `A pattern may be at most ${MAX_PATTERN_LENGTH} characters long`, position: MAX_PATTERN_LENGTH };
  try {
    new RegExp(pattern, 'i');
  } catch (err) {
    const detail = err instanceof Error ? err.message.replace(/^Invalid regular expression: \/.*\/\w*: /, '') : 'invalid';
    return { message: `Not a valid regular expression: ${detail}`, position: 0 };
  }
  return findBacktrackingRisk(pattern);
}

interface Group {
  start: number;
  /** Whether the group's body contains a quantifier or an alternation. */
  risky: boolean;
}

function quantifierAt(p: string, i: number): { length: number; unbounded: boolean } | null {
  const c = p[i];
  if (c === '*' || c === '+') return { length: p[i + 1] === '?' ? 2 : 1, unbounded: true };
  if (c === '?') return { length: p[i + 1] === '?' ? 2 : 1, unbounded: false };
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}\??/.exec(p.slice(i));
    if (m) return { length: m[0].length, unbounded: m[2] !== undefined && m[3] === '' ? true : Number(m[3] ?? m[1]) > 1 };
  }
  return null;
}

function findBacktrackingRisk(p: string): PatternProblem | null {
  const stack: Group[] = [{ start: 0, risky: false }];
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      if (!inClass && /[1-9]/.test(p[i + 1] ?? '')) return { message: 'Back-references (\\1) are not allowed: they can make matching very slow', position: i };
      if (!inClass && p[i + 1] === 'k' && p[i + 2] === '<') return { message: 'Named back-references (\\k<name>) are not allowed', position: i };
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '(') {
      stack.push({ start: i, risky: false });
      // Skip the group's kind ((?:, (?=, (?!, (?<=, (?<!, (?<name>) so its "?" is not read as a quantifier.
      const kind = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(p.slice(i + 1));
      if (kind) i += kind[0].length;
      continue;
    }
    if (c === '|') {
      stack[stack.length - 1].risky = true;
      continue;
    }
    if (c === ')') {
      const group = stack.pop()!;
      const q = quantifierAt(p, i + 1);
      if (q?.unbounded && group.risky) {
        return { message: 'A repeated group must not contain another repetition or an alternation, e.g. (a+)+ or (a|b)*: it can make matching very slow', position: group.start };
      }
      // A group that repeats makes whatever encloses it repeat too.
      if (group.risky || q) stack[stack.length - 1].risky = true;
      if (q) i += q.length;
      continue;
    }
    const q = quantifierAt(p, i);
    if (q) {
      stack[stack.length - 1].risky = true;
      i += q.length - 1;
    }
  }
  return null;
}
