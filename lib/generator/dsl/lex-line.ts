/*
 * Tokens of one DSL line, each with its 1-based column, so parse errors can point at it.
 * The DSL is line-oriented: a line's indentation, not brackets, says which block it is in.
 */

export type Token =
  | { kind: 'word'; text: string; column: number }
  | { kind: 'string'; text: string; column: number }
  | { kind: 'punct'; text: ':' | '(' | ')' | ',' | '=' | '->'; column: number };

export interface LexedLine {
  indented: boolean;
  tokens: Token[];
  error?: { column: number; message: string };
}

const WORD = /[A-Za-z0-9_](?:[A-Za-z0-9_.'/&+]|-(?!>))*/y;

export function lexLine(line: string): LexedLine {
  const tokens: Token[] = [];
  const indented = /^[ \t]/.test(line);
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      i += 1;
    } else if (c === '#') {
      break;
    } else if (c === '"') {
      const start = i;
      let text = '';
      i += 1;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && i + 1 < line.length) {
          const next = line[i + 1];
          text += next === 'n' ? '\n' : next;
          i += 2;
        } else {
          text += line[i];
          i += 1;
        }
      }
      if (i >= line.length) return { indented, tokens, error: { column: start + 1, message: 'unterminated string' } };
      i += 1;
      tokens.push({ kind: 'string', text, column: start + 1 });
    } else if (line.startsWith('->', i)) {
      tokens.push({ kind: 'punct', text: '->', column: i + 1 });
      i += 2;
    } else if (c === ':' || c === '(' || c === ')' || c === ',' || c === '=') {
      tokens.push({ kind: 'punct', text: c, column: i + 1 });
      i += 1;
    } else {
      WORD.lastIndex = i;
      const match = WORD.exec(line);
      if (!match) return { indented, tokens, error: { column: i + 1, message: `unexpected character '${c}'` } };
      tokens.push({ kind: 'word', text: match[0], column: i + 1 });
      i += match[0].length;
    }
  }
  return { indented, tokens };
}

/** A string literal as the DSL writes it. */
export function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
