/*
 * The code printer: a module's statements in, formatted text out, in TypeScript, JavaScript
 * or Python. Expressions print on one line when they fit the width, else break one entry per
 * line; a call whose last argument is a function or literal keeps it "hugged" (`it('x', () => {`).
 */
import type { Expr, Stmt } from './ast';
import { indentWidth, type CodeStyle } from './style';

export type PrintLanguage = 'typescript' | 'javascript' | 'python';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function printModule(statements: Stmt[], language: PrintLanguage, style: CodeStyle): string {
  const printer = new Printer(language, style);
  const text = printer.block(statements, 0);
  // At most one blank line in a row, two in Python (PEP 8 spacing around top-level defs).
  const blanks = language === 'python' ? /\n{4,}/g : /\n{3,}/g;
  return `${text.replace(blanks, language === 'python' ? '\n\n\n' : '\n\n').replace(/^\n+/, '').trimEnd()}\n`;
}

class Printer {
  private readonly py: boolean;
  private readonly ts: boolean;

  constructor(
    private readonly language: PrintLanguage,
    private readonly style: CodeStyle,
  ) {
    this.py = language === 'python';
    this.ts = language === 'typescript';
  }

  block(statements: Stmt[], level: number): string {
    const lines = statements.map((s) => this.stmt(s, level)).filter((s): s is string => s !== null);
    return lines.join('\n');
  }

  private pad(level: number): string {
    return this.style.indent.repeat(level);
  }

  private end(): string {
    return !this.py && this.style.semicolons ? ';' : '';
  }

  private stmt(s: Stmt, level: number): string | null {
    const pad = this.pad(level);
    const col = indentWidth(this.style, level);
    switch (s.kind) {
      case 'blank':
        return '';
      case 'comment':
        return s.text.split('\n').map((line) => `${pad}${this.py ? '#' : '//'} ${line}`.trimEnd()).join('\n');
      case 'import':
        if (this.py) return `${pad}from ${s.from} import ${s.names.join(', ')}`;
        if (s.typeOnly && !this.ts) return null;
        return `${pad}import ${s.typeOnly ? 'type ' : ''}{ ${s.names.join(', ')} } from ${this.string(s.from)}${this.end()}`;
      case 'type':
        return this.ts ? `${pad}${s.exported ? 'export ' : ''}type ${s.name} = ${this.type(s.type)}${this.end()}` : null;
      case 'const': {
        if (this.py) return `${pad}${s.name} = ${this.expr(s.value, level, col + s.name.length + 3)}`;
        const head = `${pad}${s.exported ? 'export ' : ''}const ${s.name}${this.ts && s.type ? `: ${this.type(s.type)}` : ''} = `;
        return `${head}${this.expr(s.value, level, head.length)}${this.end()}`;
      }
      case 'export-default':
        if (this.py) throw new Error('Python modules have no default export');
        return `${pad}export default ${this.expr(s.value, level, col + 15)}${this.end()}`;
      case 'expr':
        return `${pad}${this.expr(s.expr, level, col)}${this.end()}`;
      case 'return':
        return `${pad}return ${this.expr(s.value, level, col + 7)}${this.end()}`;
      case 'assert':
        if (!this.py) throw new Error('assert statements are Python only; use expect() calls');
        return `${pad}assert ${this.expr(s.test, level, col + 7)}`;
      case 'function': {
        const params = s.params.map((p) => (this.ts && p.type ? `${p.name}: ${this.type(p.type)}` : p.name)).join(', ');
        if (this.py) {
          const body = s.body.length ? this.block(s.body, level + 1) : `${this.pad(level + 1)}pass`;
          return `${pad}def ${s.name}(${params}):\n${body}`;
        }
        const returns = this.ts && s.returnType ? `: ${this.type(s.returnType)}` : '';
        return `${pad}${s.exported ? 'export ' : ''}function ${s.name}(${params})${returns} {\n${this.block(s.body, level + 1)}\n${pad}}`;
      }
    }
  }

  expr(e: Expr, level: number, column: number): string {
    const flat = this.flat(e);
    if (flat !== null && column + flat.length <= this.style.width) return flat;
    return this.broken(e, level, column);
  }

  /** The expression on one line, or null when it can't be (function bodies). */
  private flat(e: Expr): string | null {
    switch (e.kind) {
      case 'literal':
        return this.literal(e.value);
      case 'ref':
        return e.name;
      case 'member': {
        const object = this.flat(e.object);
        return object === null ? null : `${object}.${e.property}`;
      }
      case 'index': {
        const [object, key] = [this.flat(e.object), this.flat(e.key)];
        return object === null || key === null ? null : `${object}[${key}]`;
      }
      case 'binary': {
        const [left, right] = [this.flat(e.left), this.flat(e.right)];
        return left === null || right === null ? null : `${left} ${this.op(e.op)} ${right}`;
      }
      case 'satisfies': {
        const inner = this.flat(e.expr);
        return inner === null ? null : this.ts ? `${inner} satisfies ${this.type(e.type)}` : inner;
      }
      case 'call': {
        const parts = [this.flat(e.callee), ...e.args.map((a) => this.flat(a))];
        return parts.includes(null) ? null : `${parts[0]}(${parts.slice(1).join(', ')})`;
      }
      case 'array': {
        const items = e.items.map((i) => this.flat(i));
        return items.includes(null) ? null : `[${items.join(', ')}]`;
      }
      case 'object': {
        if (e.entries.length === 0) return '{}';
        const entries = e.entries.map(({ key, value }) => {
          if (this.shorthand(key, value)) return key;
          const v = this.flat(value);
          return v === null ? null : `${this.key(key)}: ${v}`;
        });
        if (entries.includes(null)) return null;
        return this.py ? `{${entries.join(', ')}}` : `{ ${entries.join(', ')} }`;
      }
      case 'arrow':
        return null;
    }
  }

  private broken(e: Expr, level: number, column: number): string {
    const pad = this.pad(level);
    const inner = this.pad(level + 1);
    const innerCol = indentWidth(this.style, level + 1);
    const comma = this.style.trailingComma ? ',' : '';
    switch (e.kind) {
      case 'array': {
        if (e.items.length === 0) return '[]';
        const items = e.items.map((i) => `${inner}${this.expr(i, level + 1, innerCol)}`);
        return `[\n${items.join(',\n')}${comma}\n${pad}]`;
      }
      case 'object': {
        const entries = e.entries.map(({ key, value }) => {
          if (this.shorthand(key, value)) return `${inner}${key}`;
          const k = `${this.key(key)}: `;
          return `${inner}${k}${this.expr(value, level + 1, innerCol + k.length)}`;
        });
        return `{\n${entries.join(',\n')}${comma}\n${pad}}`;
      }
      case 'arrow': {
        if (this.py) throw new Error('Python has no arrow functions');
        const params = `(${e.params.join(', ')})`;
        return `${e.async ? 'async ' : ''}${params} => {\n${this.block(e.body, level + 1)}\n${pad}}`;
      }
      case 'satisfies': {
        const inner = this.expr(e.expr, level, column);
        return this.ts ? `${inner} satisfies ${this.type(e.type)}` : inner;
      }
      case 'member':
        return `${this.expr(e.object, level, column)}.${e.property}`;
      case 'call':
        return this.brokenCall(e, level, column);
      default:
        // Literals, names, indexes and comparisons have nothing to break on.
        return this.flat(e) ?? '';
    }
  }

  private brokenCall(e: Extract<Expr, { kind: 'call' }>, level: number, column: number): string {
    const callee = this.expr(e.callee, level, column);
    const last = e.args.at(-1);
    const head = e.args.slice(0, -1).map((a) => this.flat(a));
    const hug = last && ['arrow', 'object', 'array'].includes(last.kind) && !head.includes(null);
    if (hug) {
      const prefix = `${callee}(${head.map((h) => `${h}, `).join('')}`;
      const lastLine = prefix.split('\n').at(-1)!;
      if (column + lastLine.length < this.style.width) return `${prefix}${this.broken(last, level, column + lastLine.length)})`;
    }
    const inner = this.pad(level + 1);
    const innerCol = indentWidth(this.style, level + 1);
    const args = e.args.map((a) => `${inner}${this.expr(a, level + 1, innerCol)}`);
    // A trailing comma after the last argument is valid in JS/TS and Python 3 alike.
    return `${callee}(\n${args.join(',\n')}${this.style.trailingComma ? ',' : ''}\n${this.pad(level)})`;
  }

  private literal(value: string | number | boolean | null): string {
    if (typeof value === 'string') return this.string(value);
    if (value === null) return this.py ? 'None' : 'null';
    if (typeof value === 'boolean') return this.py ? (value ? 'True' : 'False') : String(value);
    return String(value);
  }

  string(value: string): string {
    const q = this.style.quote;
    const escaped = value
      .replace(/\\/g, '\\\\')
      .replace(new RegExp(q, 'g'), `\\${q}`)
      .replace(/\n/g, '\\n')
      .replace(/\r/g, '\\r')
      .replace(/\t/g, '\\t');
    return `${q}${escaped}${q}`;
  }

  /** `{ manifest }` rather than `{ manifest: manifest }`, in JS and TS. */
  private shorthand(key: string, value: Expr): boolean {
    return !this.py && value.kind === 'ref' && value.name === key;
  }

  /** Type expressions are written with single quotes; they follow the style like strings do. */
  private type(text: string): string {
    return this.style.quote === '"' ? text.replace(/'/g, '"') : text;
  }

  private key(key: string): string {
    if (this.py) return this.string(key);
    return IDENTIFIER.test(key) ? key : this.string(key);
  }

  private op(op: Extract<Expr, { kind: 'binary' }>['op']): string {
    if (!this.py) return op;
    if (op === '===') return '==';
    if (op === '!==') return '!=';
    return op;
  }
}
