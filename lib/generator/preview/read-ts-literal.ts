/*
 * Reads the definition out of a generated TypeScript/JavaScript module
 * (`export const dealObject = { ... } satisfies ObjectInput;`) without running it: the printer
 * only writes data literals there, so a small literal parser is enough, and safer than eval.
 */

const DECLARATION = /export\s+const\s+[A-Za-z_$][\w$]*(?:\s*:\s*[^=]+)?\s*=\s*/;

export class LiteralReadError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
    this.name = 'LiteralReadError';
  }
}

/** The value of the module's first `export const`; throws LiteralReadError when it is not plain data. */
export function readTsLiteral(source: string): unknown {
  const m = DECLARATION.exec(source);
  if (!m) throw new LiteralReadError('No `export const` definition found', 0);
  return new LiteralParser(source, m.index + m[0].length).value();
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

class LiteralParser {
  constructor(
    private readonly text: string,
    private pos: number,
  ) {}

  value(): unknown {
    this.skip();
    const c = this.text[this.pos];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === "'" || c === '"' || c === '`') return this.string();
    const word = /^(?:-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|true|false|null|undefined)/.exec(this.text.slice(this.pos, this.pos + 64));
    if (!word) throw this.error('Expected a value');
    this.pos += word[0].length;
    const w = word[0];
    if (w === 'true') return true;
    if (w === 'false') return false;
    if (w === 'null') return null;
    if (w === 'undefined') return undefined;
    return Number(w);
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.pos += 1;
    for (;;) {
      this.skip();
      if (this.eat('}')) return out;
      const key = this.key();
      this.skip();
      if (!this.eat(':')) throw this.error(`Expected ':' after '${key}'`);
      const v = this.value();
      if (v !== undefined) out[key] = v;
      this.skip();
      if (this.eat('}')) return out;
      if (!this.eat(',')) throw this.error("Expected ',' or '}'");
    }
  }

  private array(): unknown[] {
    const out: unknown[] = [];
    this.pos += 1;
    for (;;) {
      this.skip();
      if (this.eat(']')) return out;
      out.push(this.value());
      this.skip();
      if (this.eat(']')) return out;
      if (!this.eat(',')) throw this.error("Expected ',' or ']'");
    }
  }

  private key(): string {
    const c = this.text[this.pos];
    if (c === "'" || c === '"') return this.string();
    const m = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.pos, this.pos + 256));
    if (!m) throw this.error('Expected a property name');
    this.pos += m[0].length;
    return m[0];
  }

  private string(): string {
    const quote = this.text[this.pos];
    let out = '';
    this.pos += 1;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === quote) {
        this.pos += 1;
        return out;
      }
      if (quote === '`' && c === '$' && this.text[this.pos + 1] === '{') throw this.error('Template expressions are not data');
      if (c === '\\') {
        const next = this.text[this.pos + 1];
        if (next === 'u') {
          out += String.fromCharCode(parseInt(this.text.slice(this.pos + 2, this.pos + 6), 16));
          this.pos += 6;
        } else {
          out += ESCAPES[next] ?? next;
          this.pos += 2;
        }
        continue;
      }
      out += c;
      this.pos += 1;
    }
    throw this.error('Unterminated string');
  }

  /** Whitespace and comments. */
  private skip(): void {
    for (;;) {
      const rest = this.text.slice(this.pos, this.pos + 2);
      if (/^\s/.test(rest)) this.pos += 1;
      else if (rest === '//') this.pos = this.indexOr('\n', this.pos);
      else if (rest === '/*') this.pos = this.indexOr('*/', this.pos) + 2;
      else return;
    }
  }

  private indexOr(needle: string, from: number): number {
    const i = this.text.indexOf(needle, from);
    return i === -1 ? this.text.length : i;
  }

  private eat(c: string): boolean {
    if (this.text[this.pos] !== c) return false;
    this.pos += 1;
    return true;
  }

  private error(message: string): LiteralReadError {
    const line = this.text.slice(0, this.pos).split('\n').length;
    return new LiteralReadError(`${message} at line ${line}`, this.pos);
  }
}
