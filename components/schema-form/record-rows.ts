// The record editor's model: rows with stable ids so renaming a key keeps the row (and the
// focus in it), and the text each value is edited as ("any JSON" values: 42 is a number,
// "42" a string, plain words a string).

export interface RecordRow {
  rid: number;
  key: string;
  text: string;
}

export type RecordValueKind = 'string' | 'number' | 'json';

let nextRid = 1;

export function valueToText(value: unknown, kind: RecordValueKind): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return kind === 'json' && looksLikeJson(value) ? JSON.stringify(value) : value;
  return kind === 'json' ? JSON.stringify(value) : String(value);
}

function looksLikeJson(text: string): boolean {
  return /^\s*([[{"]|-?\d|true\b|false\b|null\b)/.test(text);
}

/** The value typed text stands for. */
export function textToValue(text: string, kind: RecordValueKind): unknown {
  if (kind === 'string') return text;
  if (kind === 'number') {
    const n = Number(text);
    return text.trim() !== '' && Number.isFinite(n) ? n : text;
  }
  if (looksLikeJson(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

export function rowsFrom(value: unknown, kind: RecordValueKind): RecordRow[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).map(([key, v]) => ({ rid: nextRid++, key, text: valueToText(v, kind) }));
}

export function newRow(): RecordRow {
  return { rid: nextRid++, key: '', text: '' };
}

/** The record the rows describe, and the rows whose key is blank or repeated (left out). */
export function rowsToRecord(rows: RecordRow[], kind: RecordValueKind): { value: Record<string, unknown>; problems: Map<number, string> } {
  const value: Record<string, unknown> = {};
  const problems = new Map<number, string>();
  for (const row of rows) {
    const key = row.key.trim();
    if (key === '') {
      if (row.text !== '') problems.set(row.rid, 'Give this value a key');
      continue;
    }
    if (Object.hasOwn(value, key)) {
      problems.set(row.rid, `The key “${key}” is already used`);
      continue;
    }
    value[key] = textToValue(row.text, kind);
  }
  return { value, problems };
}

/** JSON type of a value, shown beside free-form values. */
export function typeOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'object';
  return typeof value;
}
