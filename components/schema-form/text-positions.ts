// The JSON and YAML tabs: parse the text into a document and map each field path to the line
// it is written on, so schema errors and syntax errors can be shown with line numbers.
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, stringify as stringifyYaml, type Node as YamlNode } from 'yaml';

export interface TextPosition {
  line: number; // 1-based
  column: number; // 1-based
}

export type TextFormat = 'json' | 'yaml';

export interface ParsedText {
  /** The document, when the text is well formed. */
  value?: unknown;
  /** The syntax error, when it is not. */
  syntaxError?: { message: string } & TextPosition;
  /** Where a field path is written (the line of its key, or of the item for array items). */
  positionOf: (path: string) => TextPosition | undefined;
}

function lineColumn(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The nearest position for a path: itself, or else its closest written ancestor. */
function nearest(positions: Map<string, number>, path: string): number | undefined {
  for (let p = path; ; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const at = positions.get(p);
    if (at !== undefined) return at;
    if (p === '') return undefined;
  }
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** A small JSON parser that records the offset where each path is written. */
function parseJsonWithPositions(text: string): { value: unknown; positions: Map<string, number> } {
  const positions = new Map<string, number>();
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const fail = (what: string): never => {
    if (i >= text.length) throw new JsonSyntaxError(`Unexpected end of text: expected ${what}`, i);
    throw new JsonSyntaxError(`Unexpected ${JSON.stringify(text[i])}: expected ${what}`, i);
  };
  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) throw new JsonSyntaxError('Line break or control character inside a string', i);
      i++;
    }
    if (i >= text.length) throw new JsonSyntaxError('Unterminated string', start);
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      throw new JsonSyntaxError('Invalid escape in string', start);
    }
  };
  const parseValue = (path: string): unknown => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const out: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return out;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a quoted key');
        const keyAt = i;
        const key = parseString();
        const child = path === '' ? key : `${path}.${key}`;
        positions.set(child, keyAt);
        ws();
        if (text[i] !== ':') fail('":"');
        i++;
        out[key] = parseValue(child);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return out;
        }
        fail('"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const out: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return out;
      }
      for (;;) {
        ws();
        const child = path === '' ? String(out.length) : `${path}.${out.length}`;
        positions.set(child, i);
        out.push(parseValue(child));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return out;
        }
        fail('"," or "]"');
      }
    }
    if (c === '"') return parseString();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) fail('a value');
    i += (literal as RegExpExecArray)[0].length;
    return JSON.parse((literal as RegExpExecArray)[0]);
  };
  positions.set('', 0);
  const value = parseValue('');
  ws();
  if (i < text.length) fail('the end of the text');
  return { value, positions };
}

export function parseJsonText(text: string): ParsedText {
  try {
    const { value, positions } = parseJsonWithPositions(text);
    return {
      value,
      positionOf: (path) => {
        const at = nearest(positions, path);
        return at === undefined ? undefined : lineColumn(text, at);
      },
    };
  } catch (error) {
    const offset = error instanceof JsonSyntaxError ? error.offset : 0;
    return {
      syntaxError: { message: (error as Error).message, ...lineColumn(text, offset) },
      positionOf: () => undefined,
    };
  }
}

export function parseYamlText(text: string): ParsedText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const pos = lineCounter.linePos(first.pos[0]);
    return {
      syntaxError: { message: first.message.split('\n')[0], line: pos.line, column: pos.col },
      positionOf: () => undefined,
    };
  }
  const positions = new Map<string, number>();
  const visit = (node: unknown, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const child = path === '' ? key : `${path}.${key}`;
        const keyRange = (pair.key as YamlNode | null)?.range;
        if (keyRange) positions.set(child, keyRange[0]);
        visit(pair.value, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const child = path === '' ? String(index) : `${path}.${index}`;
        const range = (item as YamlNode | null)?.range;
        if (range) positions.set(child, range[0]);
        visit(item, child);
      });
    }
  };
  positions.set('', doc.contents?.range?.[0] ?? 0);
  visit(doc.contents, '');
  return {
    value: doc.toJS() ?? {},
    positionOf: (path) => {
      const at = nearest(positions, path);
      if (at === undefined) return undefined;
      const pos = lineCounter.linePos(at);
      return { line: pos.line, column: pos.col };
    },
  };
}

export function parseText(format: TextFormat, text: string): ParsedText {
  return format === 'json' ? parseJsonText(text) : parseYamlText(text);
}

/** The document as text in the chosen format. */
export function stringifyDocument(format: TextFormat, value: unknown): string {
  if (format === 'json') return `${JSON.stringify(value ?? {}, null, 2)}\n`;
  return stringifyYaml(value ?? {}, { lineWidth: 0 });
}
