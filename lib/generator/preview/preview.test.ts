import { describe, expect, it } from 'vitest';
import { generate } from '@/lib/generator/generate';
import { readTsLiteral } from './read-ts-literal';
import { readArtifact } from './read-artifact';
import { validateFiles } from './validate-files';
import { buildPreview } from './build-preview';
import { computeWidgets } from './compute-widgets';
import { formatCell } from './format-cell';

const CRM = 'a CRM with accounts and deals; deals have an amount, a stage and a close date';

describe('readTsLiteral', () => {
  it('reads the printed literal subset: quotes, escapes, trailing commas, comments, satisfies', () => {
    const source = `import type { X } from 'y';\n\nexport const a = {\n  name: 'it\\'s',\n  "quoted-key": "double \\"q\\"\\n",\n  list: [1, -2.5, 3e2, true, false, null,],\n  // a comment\n  nested: { empty: {}, none: undefined },\n} satisfies X;\n\nexport default a;\n`;
    expect(readTsLiteral(source)).toEqual({ name: "it's", 'quoted-key': 'double "q"\n', list: [1, -2.5, 300, true, false, null], nested: { empty: {} } });
  });

  it('refuses code that is not data, saying where', () => {
    expect(() => readTsLiteral('export const a = { b: fn() };')).toThrow(/Expected a value at line 1/);
    expect(() => readTsLiteral('const a = 1;')).toThrow(/No `export const`/);
  });

  it('reads JSON, YAML and TypeScript files by extension', () => {
    expect(readArtifact('a.object.json', '{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(readArtifact('a.object.yml', 'a: 1\n')).toEqual({ ok: true, value: { a: 1 } });
    expect(readArtifact('a.object.json', '{')).toMatchObject({ ok: false, error: expect.stringContaining('Could not read') });
  });
});

describe('validateFiles', () => {
  it('gives every metadata file of a result a verdict, and the spec issues of a broken one', async () => {
    const result = await generate({ description: CRM, pluginType: 'app', outputFormat: 'low-code-schema', schemaOptions: { format: 'json' } });
    const verdicts = validateFiles(result);
    expect(verdicts.map((v) => v.path)).toEqual(expect.arrayContaining(['src/objects/deal.object.json', 'src/apps/crm.app.json', 'src/data/deal.seed.json']));
    expect(verdicts.every((v) => v.status === 'valid')).toBe(true);

    const broken = structuredClone(result);
    const deal = broken.schemas!.find((s) => s.path === 'src/objects/deal.object.json')!;
    deal.content = JSON.stringify({ ...JSON.parse(deal.content), name: 'Not Snake', colour: 'red' });
    const verdict = validateFiles(broken).find((v) => v.path === deal.path)!;
    expect(verdict.status).toBe('invalid');
    expect(verdict.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['name', 'colour']));
  });
});

describe('buildPreview and computeWidgets', () => {
  it('reads the preview from TypeScript files and computes counts by stage and sums of amounts', async () => {
    const result = await generate({ description: CRM, pluginType: 'app', outputFormat: 'low-code-schema' });
    const preview = buildPreview(result)!;
    expect(preview.source).toBe('files');
    expect(preview.apps[0].navigation?.map((n) => (n as { label: string }).label)).toEqual(['Overview', 'Accounts', 'Deals']);
    const values = computeWidgets(preview.dashboards[0], preview);
    const deals = preview.records.find((s) => s.object === 'deal')!.records;
    const total = deals.reduce((sum, r) => sum + Number(r.amount), 0);
    expect(values.find((v) => v.id === 'deal_count')).toMatchObject({ kind: 'metric', value: 3, format: 'count' });
    expect(values.find((v) => v.id === 'deal_amount_total')).toMatchObject({ kind: 'metric', value: total, format: 'currency' });
    const byStage = values.find((v) => v.id === 'deal_by_stage');
    expect(byStage).toMatchObject({ kind: 'breakdown', chart: 'funnel' });
    if (byStage?.kind !== 'breakdown') throw new Error('expected a breakdown');
    expect(byStage.rows.reduce((s, r) => s + r.value, 0)).toBe(3);
    expect(byStage.rows[0].label).toBe('Prospecting');
  });

  it('falls back to the app model for DSL output', async () => {
    const result = await generate({ description: CRM, pluginType: 'app', outputFormat: 'dsl' });
    const preview = buildPreview(result)!;
    expect(preview.source).toBe('model');
    expect(preview.objects.map((o) => o.name)).toEqual(['account', 'deal']);
  });

  it('formats cells by field type', () => {
    expect(formatCell({ type: 'currency' }, 1250)).toBe('$1,250.00');
    expect(formatCell({ type: 'select', options: [{ label: 'Closed Won', value: 'closed_won' }] }, 'closed_won')).toBe('Closed Won');
    expect(formatCell({ type: 'boolean' }, false)).toBe('No');
    expect(formatCell({ type: 'text' }, undefined)).toBe('—');
  });
});
