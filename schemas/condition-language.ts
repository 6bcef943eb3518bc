// The expression language of SelfHealingAction.trigger.customCondition: a small, parsed (never
// eval-ed) language over a plugin's latest metric values, e.g.
//   errorRate > 0.1 AND latency > 500        heapUsedPercent > 85 FOR 5m
//   NOT (throughput < 10) OR queue-depth >= 1000
//
// Grammar (keywords are case-insensitive; whitespace separates tokens):
//   condition  = or
//   or         = and { "OR" and }
//   and        = unary { "AND" unary }
//   unary      = "NOT" unary | primary
//   primary    = "(" or ")" | comparison
//   comparison = name operator number [ "FOR" duration ]
//   operator   = ">" | ">=" | "<" | "<=" | "==" | "!="
//   name       = letter { letter | digit | "_" | "-" | "." }       (a metric, see lib/healing)
//   number     = [ "-" ] digits [ "." digits ] [ "KiB" | "MiB" | "GiB" ]
//   duration   = digits ( "s" | "m" | "h" )                          (FOR: held that long)
// Schemas import only Zod, so this file has no imports at all: lib/healing evaluates the tree.

export type CompareOp = '>' | '>=' | '<' | '<=' | '==' | '!=';

export type ConditionNode =
  | { kind: 'and' | 'or'; left: ConditionNode; right: ConditionNode }
  | { kind: 'not'; operand: ConditionNode }
  | { kind: 'compare'; name: string; op: CompareOp; value: number; forMs: number | null; start: number; end: number };

export interface ConditionError {
  message: string;
  /** 0-based offset into the text where the problem is. */
  position: number;
}

export type ConditionParse = { ok: true; ast: ConditionNode } | { ok: false; error: ConditionError };

export const MAX_CONDITION_LENGTH = 500;
const MAX_DEPTH = 32;
const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'FOR']);
const SIZE_UNITS: Record<string, number> = { KIB: 1024, MIB: 1024 ** 2, GIB: 1024 ** 3 };
const DURATION_UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

type TokenKind = 'name' | 'number' | 'duration' | 'op' | 'lparen' | 'rparen' | 'keyword' | 'end';
interface Token {
  kind: TokenKind;
  text: string;
  value: number;
  start: number;
  end: number;
}

class SyntaxFailure extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

function describe(t: Token): string {
  return t.kind === 'end' ? 'the end of the condition' : `"${t.text}"`;
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number, value = 0) => tokens.push({ kind, text: src.slice(start, end), value, start, end });
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '(' || c === ')') {
      push(c === '(' ? 'lparen' : 'rparen', i, ++i);
    } else if (c === '>' || c === '<' || c === '!' || c === '=') {
      const two = src.slice(i, i + 2);
      if (two === '>=' || two === '<=' || two === '==' || two === '!=') push('op', i, (i += 2));
      else if (c === '>' || c === '<') push('op', i, ++i);
      else if (c === '=') throw new SyntaxFailure('Use "==" to compare for equality', i);
      else throw new SyntaxFailure('Use NOT to negate, or "!=" to compare', i);
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(src[i + 1] ?? ''))) {
      i++;
      while (/[0-9]/.test(src[i] ?? '')) i++;
      if (src[i] === '.') {
        if (!/[0-9]/.test(src[i + 1] ?? '')) throw new SyntaxFailure('Expected digits after the decimal point', i + 1);
        i++;
        while (/[0-9]/.test(src[i] ?? '')) i++;
      }
      const numEnd = i;
      while (/[A-Za-z]/.test(src[i] ?? '')) i++;
      const suffix = src.slice(numEnd, i);
      const n = Number(src.slice(start, numEnd));
      if (!suffix) push('number', start, i, n);
      else if (SIZE_UNITS[suffix.toUpperCase()]) push('number', start, i, n * SIZE_UNITS[suffix.toUpperCase()]);
      else if (DURATION_UNITS[suffix] && src[start] !== '-' && !src.slice(start, numEnd).includes('.')) push('duration', start, i, n * DURATION_UNITS[suffix]);
      else throw new SyntaxFailure(`Unknown unit "${suffix}": numbers take KiB, MiB or GiB; durations take s, m or h`, numEnd);
    } else if (/[A-Za-z_]/.test(c)) {
      while (/[A-Za-z0-9_.-]/.test(src[i] ?? '')) i++;
      const word = src.slice(start, i);
      push(KEYWORDS.has(word.toUpperCase()) ? 'keyword' : 'name', start, i);
    } else {
      throw new SyntaxFailure(`Unexpected character "${c}"`, i);
    }
  }
  push('end', src.length, src.length);
  return tokens;
}

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i];
  }
  private next(): Token {
    return this.tokens[this.i++];
  }
  private isKeyword(word: string): boolean {
    const t = this.peek();
    return t.kind === 'keyword' && t.text.toUpperCase() === word;
  }

  parse(): ConditionNode {
    const node = this.or();
    const t = this.peek();
    if (t.kind === 'rparen') throw new SyntaxFailure('Unbalanced ")": no "(" opened it', t.start);
    if (t.kind !== 'end') throw new SyntaxFailure(`Expected AND, OR or the end of the condition, found ${describe(t)}`, t.start);
    return node;
  }

  private or(): ConditionNode {
    let left = this.and();
    while (this.isKeyword('OR')) {
      this.next();
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): ConditionNode {
    let left = this.unary();
    while (this.isKeyword('AND')) {
      this.next();
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): ConditionNode {
    if (++this.depth > MAX_DEPTH) throw new SyntaxFailure(`Nested more than ${MAX_DEPTH} levels deep`, this.peek().start);
    try {
      if (this.isKeyword('NOT')) {
        this.next();
        return { kind: 'not', operand: this.unary() };
      }
      return this.primary();
    } finally {
      this.depth--;
    }
  }

  private primary(): ConditionNode {
    const t = this.peek();
    if (t.kind === 'lparen') {
      this.next();
      const inner = this.or();
      const close = this.peek();
      if (close.kind !== 'rparen') throw new SyntaxFailure(`Expected ")" to close the "(" at column ${t.start + 1}, found ${describe(close)}`, close.start);
      this.next();
      if (this.isKeyword('FOR')) throw new SyntaxFailure('FOR applies to one comparison, e.g. cpuUsage > 80 FOR 5m', this.peek().start);
      return inner;
    }
    return this.comparison();
  }

  private comparison(): ConditionNode {
    const name = this.next();
    if (name.kind !== 'name') {
      const what = name.kind === 'keyword' ? `the keyword ${name.text.toUpperCase()}` : describe(name);
      throw new SyntaxFailure(`Expected a metric name or "(", found ${what}`, name.start);
    }
    const op = this.next();
    if (op.kind !== 'op') throw new SyntaxFailure(`Expected a comparison (>, >=, <, <=, ==, !=) after "${name.text}", found ${describe(op)}`, op.start);
    const value = this.next();
    if (value.kind !== 'number') {
      const hint = value.kind === 'name' ? ': compare a metric with a number' : '';
      throw new SyntaxFailure(`Expected a number after "${op.text}", found ${describe(value)}${hint}`, value.start);
    }
    let forMs: number | null = null;
    let end = value.end;
    if (this.isKeyword('FOR')) {
      this.next();
      const d = this.next();
      if (d.kind !== 'duration') throw new SyntaxFailure(`Expected a duration after FOR, such as 30s, 5m or 1h, found ${describe(d)}`, d.start);
      if (d.value <= 0) throw new SyntaxFailure('A FOR duration must be longer than zero', d.start);
      if (d.value > 24 * 3_600_000) throw new SyntaxFailure('A FOR duration may be at most 24h', d.start);
      forMs = d.value;
      end = d.end;
    }
    return { kind: 'compare', name: name.text, op: op.text as CompareOp, value: value.value, forMs, start: name.start, end };
  }
}

/** Parses a condition; a syntax error comes back with its position, never as an exception. */
export function parseCondition(text: string): ConditionParse {
  if (text.length > MAX_CONDITION_LENGTH) return { ok: false, error: { message: `A condition may be at most ${MAX_CONDITION_LENGTH} characters long`, position: MAX_CONDITION_LENGTH } };
  try {
    const tokens = tokenize(text);
    if (tokens.length === 1) return { ok: false, error: { message: 'The condition is empty', position: 0 } };
    return { ok: true, ast: new Parser(tokens).parse() };
  } catch (err) {
    if (err instanceof SyntaxFailure) return { ok: false, error: { message: err.message, position: err.position } };
    throw err;
  }
}

/** The message a form shows under the field: what is wrong and where (1-based column). */
export function conditionErrorMessage(error: ConditionError): string {
  return `${error.message} (at column ${error.position + 1})`;
}

/** Every comparison of the tree, left to right. */
export function conditionComparisons(ast: ConditionNode): Extract<ConditionNode, { kind: 'compare' }>[] {
  if (ast.kind === 'compare') return [ast];
  if (ast.kind === 'not') return conditionComparisons(ast.operand);
  return [...conditionComparisons(ast.left), ...conditionComparisons(ast.right)];
}
