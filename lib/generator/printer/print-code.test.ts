import { describe, expect, it } from 'vitest';
import { arrow, call, exprStmt, fromValue, lit, member, ref, type Stmt } from './ast';
import { printModule } from './print-code';
import { DEFAULT_STYLE, resolveStyle } from './style';

const definition: Stmt[] = [
  { kind: 'import', names: ['ServiceObjectInput'], from: '@objectstack/spec/data', typeOnly: true },
  { kind: 'blank' },
  {
    kind: 'const',
    name: 'dealObject',
    exported: true,
    value: { kind: 'satisfies', type: 'ServiceObjectInput', expr: fromValue({ name: 'deal', label: "Deal's", fields: { amount: { type: 'currency', required: true } }, 'odd-key': [1, 2] }) },
  },
];

describe('printModule', () => {
  it('prints TypeScript with the default style, short values on one line', () => {
    expect(printModule(definition, 'typescript', { ...DEFAULT_STYLE, width: 60 })).toBe(
      [
        "import type { ServiceObjectInput } from '@objectstack/spec/data';",
        '',
        'export const dealObject = {',
        "  name: 'deal',",
        "  label: 'Deal\\'s',",
        "  fields: { amount: { type: 'currency', required: true } },",
        "  'odd-key': [1, 2],",
        '} satisfies ServiceObjectInput;',
        '',
      ].join('\n'),
    );
  });

  it('honours tabs, double quotes, no semicolons and no trailing commas', () => {
    const style = resolveStyle({ indentation: 'tab', quotes: 'double', semicolons: false, trailingComma: false });
    const text = printModule(definition, 'typescript', { ...style, width: 40 });
    expect(text).toContain('\tname: "deal",\n');
    expect(text).toContain('\t"odd-key": [1, 2]\n} satisfies ServiceObjectInput\n');
    expect(text).not.toMatch(/;$/m);
  });

  it('drops types for JavaScript', () => {
    const text = printModule(definition, 'javascript', DEFAULT_STYLE);
    expect(text).not.toContain('import type');
    expect(text).not.toContain('satisfies');
    expect(text.startsWith('export const dealObject = {')).toBe(true);
  });

  it('prints Python literals, dict keys quoted, asserts and defs with 4-space indent', () => {
    const style = resolveStyle({ indentation: '4spaces', quotes: 'double', semicolons: true, trailingComma: true });
    const text = printModule(
      [
        { kind: 'const', name: 'DEAL', value: fromValue({ name: 'deal', required: true, reference: null }) },
        { kind: 'blank' },
        { kind: 'function', name: 'test_deal', params: [], body: [{ kind: 'assert', test: { kind: 'binary', left: { kind: 'index', object: ref('DEAL'), key: lit('name') }, op: '===', right: lit('deal') } }] },
      ],
      'python',
      style,
    );
    expect(text).toBe('DEAL = {"name": "deal", "required": True, "reference": None}\n\ndef test_deal():\n    assert DEAL["name"] == "deal"\n');
  });

  it('hugs a trailing function argument', () => {
    const body = [exprStmt(call(member(call('expect', ref('x')), 'toBe'), lit(1)))];
    const text = printModule([exprStmt(call('it', lit('works'), arrow(body)))], 'typescript', DEFAULT_STYLE);
    expect(text).toBe("it('works', () => {\n  expect(x).toBe(1);\n});\n");
  });

  it('breaks long calls one argument per line', () => {
    const args = Array.from({ length: 6 }, (_, i) => lit(`argument number ${i}`));
    const text = printModule([exprStmt(call('f', ...args))], 'javascript', { ...DEFAULT_STYLE, width: 40 });
    expect(text.split('\n')).toHaveLength(9);
    expect(text).toContain("  'argument number 5',\n);");
  });
});
