import { describe, expect, it } from 'vitest';
import type { AppModel } from '@/lib/generator/types';
import { understandPrompt } from '@/lib/generator/understand/understand-prompt';
import { checkModel } from '@/lib/generator/model/check-model';
import { BENCH_PROMPTS } from '@/bench/generator/prompts';
import { HELDOUT_PROMPTS } from '@/bench/generator/heldout-prompts';
import { DslParseError, parseDsl } from './parse-dsl';
import { printDsl } from './print-dsl';

/** What the notation carries: everything but provenance, the prompt and the scores. */
function structure(model: AppModel) {
  return {
    app: { name: model.app.name, label: model.app.label, description: model.app.description, domain: model.app.domain },
    entities: model.entities.map((e) => ({
      name: e.name, label: e.label, pluralLabel: e.pluralLabel, icon: e.icon, nameField: e.nameField,
      fields: e.fields.map((f) => ({
        name: f.name, label: f.label, type: f.type, required: f.required, unique: f.unique ?? false,
        options: f.options ?? [], reference: f.reference,
        autonumberFormat: f.type === 'autonumber' ? f.autonumberFormat : undefined,
        expression: f.type === 'formula' ? f.expression : undefined,
      })),
    })),
    // Relations are a set: the notation lists them in object order.
    relations: model.relations.map((r) => `${r.from}.${r.field}->${r.to}:${r.kind}`).sort(),
  };
}

function errorsOf(text: string) {
  try {
    parseDsl(text);
  } catch (error) {
    if (error instanceof DslParseError) return error.errors;
    throw error;
  }
  return [];
}

describe('parseDsl(printDsl(model)) round-trips', () => {
  const prompts = [...BENCH_PROMPTS, ...HELDOUT_PROMPTS].filter((p) => understandPrompt(p.text).entities.length > 0);
  it.each(prompts.map((p) => [p.id, p.text]))('%s', (_id, text) => {
    const model = understandPrompt(text);
    const printed = printDsl(model);
    const parsed = parseDsl(printed);
    expect(structure(parsed)).toEqual(structure(model));
    expect(printDsl(parsed)).toBe(printed);
    expect(checkModel(parsed).filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('parseDsl', () => {
  const text = [
    '# Sales',
    'app sales_crm "Sales CRM"',
    '  description "Deals and accounts"',
    '',
    'object account icon=building',
    '  name: text required unique',
    '',
    'object deal "Deal" "Opportunities" display=title',
    '  title: text required  # shown as the record name',
    '  amount: currency',
    '  stage: select(Prospecting, "Closed Won", Lost=closed_lost) required',
    '  account: lookup -> account',
    '  owner: user',
    '  ref: autonumber format="D-{000}"',
  ].join('\n');

  it('reads objects, fields, options, references and flags', () => {
    const model = parseDsl(text);
    expect(model.app).toEqual({ name: 'sales_crm', label: 'Sales CRM', description: 'Deals and accounts' });
    const deal = model.entities[1];
    expect(deal).toMatchObject({ name: 'deal', label: 'Deal', pluralLabel: 'Opportunities', nameField: 'title' });
    expect(deal.fields.find((f) => f.name === 'stage')?.options).toEqual([
      { label: 'Prospecting', value: 'prospecting' },
      { label: 'Closed Won', value: 'closed_won' },
      { label: 'Lost', value: 'closed_lost' },
    ]);
    expect(deal.fields.find((f) => f.name === 'owner')).toMatchObject({ type: 'user', reference: 'sys_user' });
    expect(model.relations.map((r) => `${r.from}.${r.field}->${r.to}`)).toEqual(['deal.account->account', 'deal.owner->sys_user']);
    expect(model.entities[0]).toMatchObject({ icon: 'building', nameField: 'name' });
  });

  it('reports every error with line and column', () => {
    const bad = [
      'object deal',
      '  amount: money',
      '  account: lookup -> acount',
      '  title: text "x',
      'objekt task',
      '  name: text',
      '  name: text',
    ].join('\n');
    expect(errorsOf(bad)).toEqual([
      { line: 2, column: 11, message: "unknown field type 'money'" },
      { line: 3, column: 22, message: "deal.account points at 'acount', which is not declared" },
      { line: 4, column: 15, message: 'unterminated string' },
      { line: 5, column: 1, message: "expected 'app' or 'object', found 'objekt'" },
      { line: 7, column: 3, message: 'deal.name is declared twice' },
    ]);
  });

  it('rejects a field before any object and a lookup without target', () => {
    expect(errorsOf('  name: text')).toEqual([{ line: 1, column: 3, message: 'an indented line must follow an app or object line' }]);
    expect(errorsOf('object a\n  b: lookup required')[0]).toMatchObject({ line: 2, column: 6, message: "a lookup needs '-> object'" });
  });

  it('gives a record without text fields a name', () => {
    const model = parseDsl('object reading\n  value: number');
    expect(model.entities[0].nameField).toBe('name');
    expect(model.warnings[0]).toContain('no app line');
  });
});
