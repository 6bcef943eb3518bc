// Ranked testers pick the widget for a field: every tester whose test passes competes and the
// highest rank wins, so a special widget can be added (with a higher rank) without touching
// the walker. The JSON editor accepts anything at rank 0: nothing is left unrendered.
import type { SchemaInfo } from './introspect';

export interface Tester<W> {
  rank: number;
  test: (info: SchemaInfo) => boolean;
  widget: W;
}

/** The widget of the highest-ranked tester that accepts the field (the first one on a tie). */
export function pickWidget<W>(info: SchemaInfo, testers: readonly Tester<W>[]): W | undefined {
  let best: Tester<W> | undefined;
  for (const tester of testers) {
    if ((!best || tester.rank > best.rank) && tester.test(info)) best = tester;
  }
  return best?.widget;
}

export type WidgetId =
  | 'json'
  | 'literal'
  | 'text'
  | 'textarea'
  | 'url'
  | 'datetime'
  | 'secret'
  | 'number'
  | 'switch'
  | 'select'
  | 'segmented'
  | 'enum-set'
  | 'tags'
  | 'object'
  | 'object-list'
  | 'record';

/** Enum options short enough to sit side by side. */
export const SEGMENTED_MAX_OPTIONS = 4;
export const SEGMENTED_MAX_LENGTH = 12;

const LONG_TEXT_NAMES = /^(content|code|readme|usage|api|existingCode|certificate|description|expectedOutput|input)$/;

const isScalar = (info: SchemaInfo | undefined) => info?.kind === 'string' || info?.kind === 'number';

export const DEFAULT_TESTERS: readonly Tester<WidgetId>[] = [
  { rank: 0, test: () => true, widget: 'json' },
  { rank: 10, test: (i) => i.kind === 'literal', widget: 'literal' },
  { rank: 10, test: (i) => i.kind === 'string', widget: 'text' },
  { rank: 20, test: (i) => i.kind === 'string' && LONG_TEXT_NAMES.test(i.name), widget: 'textarea' },
  { rank: 30, test: (i) => i.kind === 'string' && i.format === 'url', widget: 'url' },
  { rank: 30, test: (i) => i.kind === 'string' && i.format === 'datetime', widget: 'datetime' },
  { rank: 100, test: (i) => i.secret && i.kind === 'string', widget: 'secret' },
  { rank: 10, test: (i) => i.kind === 'number', widget: 'number' },
  { rank: 10, test: (i) => i.kind === 'boolean', widget: 'switch' },
  { rank: 10, test: (i) => i.kind === 'enum', widget: 'select' },
  {
    rank: 20,
    test: (i) =>
      i.kind === 'enum' &&
      (i.options?.length ?? 0) <= SEGMENTED_MAX_OPTIONS &&
      (i.options ?? []).every((o) => typeof o === 'string' && o.length <= SEGMENTED_MAX_LENGTH),
    widget: 'segmented',
  },
  { rank: 20, test: (i) => i.kind === 'array' && i.element?.kind === 'enum', widget: 'enum-set' },
  { rank: 10, test: (i) => i.kind === 'array' && isScalar(i.element) && !i.element?.secret, widget: 'tags' },
  { rank: 10, test: (i) => i.kind === 'array' && i.element?.kind === 'object', widget: 'object-list' },
  { rank: 10, test: (i) => i.kind === 'object', widget: 'object' },
  {
    rank: 10,
    test: (i) => i.kind === 'record' && (i.value?.kind === 'string' || i.value?.kind === 'number' || !!i.value?.unsupported),
    widget: 'record',
  },
];
