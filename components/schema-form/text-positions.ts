// The JSON and YAML tabs: parse the text into a document and map each field path to the line
// it is written on, so schema errors and syntax errors can be shown with line numbers. JSON is
// read by jsonc-parser (strict JSON: no comments, no trailing commas), YAML by yaml.
import { createScanner, type Node as JsonNode, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
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

/** The JSON's syntax problem and where it is, or null when the text is strict JSON. */
function jsonSyntaxError(text: string, errors: ParseError[]): { message: string; offset: number } | null {
  if (errors.length > 0) {
    // 'CloseBraceExpected' → 'Close brace expected'
    const words = printParseErrorCode(errors[0].error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return { message: words.charAt(0).toUpperCase() + words.slice(1), offset: errors[0].offset };
  }
  // jsonc-parser also skips Unicode spaces (a non-breaking space) that JSON does not allow.
  // SyntaxKind is a const enum, which isolated modules cannot read: its two values used here.
  const TRIVIA = 15;
  const EOF = 17;
  const scanner = createScanner(text, false);
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === TRIVIA && /[^ \t]/.test(scanner.getTokenValue())) {
      return { message: 'Only spaces, tabs and line breaks may separate JSON values', offset: scanner.getTokenOffset() };
    }
  }
  return null;
}

/** Where each path is written: the offset of its key, or of the item for array items. */
function jsonPositions(tree: JsonNode | undefined): Map<string, number> {
  const positions = new Map<string, number>([['', tree?.offset ?? 0]]);
  const visit = (node: JsonNode | undefined, path: string) => {
    if (node?.type === 'object') {
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        const child = path === '' ? String(key.value) : `${path}.${key.value}`;
        positions.set(child, key.offset);
        visit(value, child);
      }
    } else if (node?.type === 'array') {
      node.children?.forEach((item, index) => {
        const child = path === '' ? String(index) : `${path}.${index}`;
        positions.set(child, item.offset);
        visit(item, child);
      });
    }
  };
  visit(tree, '');
  return positions;
}

export function parseJsonText(text: string): ParsedText {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const problem = jsonSyntaxError(text, errors);
  if (problem) {
    return { syntaxError: { message: problem.message, ...lineColumn(text, problem.offset) }, positionOf: () => undefined };
  }
  const positions = jsonPositions(tree);
  return {
    // JSON.parse builds the value: a "__proto__" key stays an own property, never the prototype.
    value: JSON.parse(text),
    positionOf: (path) => {
      const at = nearest(positions, path);
      return at === undefined ? undefined : lineColumn(text, at);
    },
  };
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
