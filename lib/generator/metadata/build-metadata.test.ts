import { describe, expect, it } from 'vitest';
import { understandPrompt } from '@/lib/generator/understand/understand-prompt';
import { buildMetadata } from './build-metadata';
import { validateArtifact, type ArtifactKind } from './validate-artifact';
import { checkRecords } from './check-records';
import { toSchemaFiles } from './to-schema-files';
import { BENCH_PROMPTS } from '@/bench/generator/prompts';
import { HELDOUT_PROMPTS } from '@/bench/generator/heldout-prompts';

const ALL = [...BENCH_PROMPTS, ...HELDOUT_PROMPTS];

describe('every generated artifact passes @objectstack/spec', () => {
  it.each(ALL.map((p) => [p.id, p.text]))('%s', (_id, text) => {
    const bundle = buildMetadata(understandPrompt(text));
    const artifacts: [ArtifactKind, unknown][] = [
      ...bundle.objects.map((o) => ['object', o] as [ArtifactKind, unknown]),
      ...bundle.views.map((v) => ['view', v.definition] as [ArtifactKind, unknown]),
      ...bundle.apps.map((a) => ['app', a] as [ArtifactKind, unknown]),
      ...bundle.dashboards.map((d) => ['dashboard', d] as [ArtifactKind, unknown]),
      ...bundle.datasets.map((d) => ['dataset', d] as [ArtifactKind, unknown]),
      ...bundle.records.map((s) => ['seed', s] as [ArtifactKind, unknown]),
    ];
    for (const [kind, value] of artifacts) expect(validateArtifact(kind, value), kind).toEqual({ ok: true, issues: [] });
    expect(checkRecords(bundle.objects, bundle.records)).toEqual([]);
  });
});

describe('buildMetadata', () => {
  const model = understandPrompt('a CRM with accounts, contacts and deals; deals have an amount, a stage and a close date and belong to an account');

  it('builds objects with fields keyed by name and the right types', () => {
    const deal = buildMetadata(model).objects.find((o) => o.name === 'deal')!;
    expect(deal.fields.amount.type).toBe('currency');
    expect(deal.fields.stage.options?.[0]).toEqual({ label: 'Prospecting', value: 'prospecting' });
    expect(deal.fields.account).toMatchObject({ type: 'lookup', reference: 'account' });
    expect(deal.nameField).toBe('name');
  });

  it('views: grid list, form, and a kanban board on the stage', () => {
    const view = buildMetadata(model).views.find((v) => v.object === 'deal')!.definition;
    expect(view.list?.type).toBe('grid');
    expect(view.form?.sections?.[0].fields).toContain('amount');
    expect(view.listViews?.board?.kanban).toMatchObject({ groupByField: 'stage', summarizeField: 'amount' });
  });

  it('dashboard counts records, sums money and breaks deals down by stage', () => {
    const { dashboards, datasets, apps } = buildMetadata(model);
    const ids = dashboards[0].widgets.map((w) => w.id);
    expect(ids).toEqual(expect.arrayContaining(['account_count', 'deal_count', 'deal_amount_total', 'deal_by_stage']));
    expect(datasets.find((d) => d.object === 'deal')?.measures.map((m) => m.name)).toEqual(['record_count', 'total_amount']);
    expect((apps[0].navigation as { id: string }[] | undefined)?.map((n) => n.id)).toEqual(['nav_overview', 'nav_account', 'nav_contact', 'nav_deal']);
  });

  it('sample records reference each other by display name', () => {
    const { records } = buildMetadata(model);
    const deals = records.find((r) => r.object === 'deal')!;
    const accounts = records.find((r) => r.object === 'account')!;
    expect(accounts.records.map((r) => r.name)).toContain(deals.records[0].account);
  });

  it('sample records link to a parent whose display name is a formula, by the parent\'s external id', () => {
    const bundle = buildMetadata(understandPrompt('Contacts have a first name, a last name and an email. Each deal has an amount and belongs to a contact.'));
    const contacts = bundle.records.find((r) => r.object === 'contact')!;
    const deals = bundle.records.find((r) => r.object === 'deal')!;
    expect(contacts.externalId).toBe('first_name');
    expect(contacts.records.map((r) => r.first_name)).toContain(deals.records[0].contact);
    expect(checkRecords(bundle.objects, bundle.records)).toEqual([]);
  });

  it('honours generateUI, generateDataModels and includeExamples', () => {
    const onlyData = buildMetadata(model, { generateUI: false, includeExamples: false });
    expect(onlyData.objects).toHaveLength(3);
    expect([onlyData.views, onlyData.apps, onlyData.dashboards, onlyData.records].every((a) => a.length === 0)).toBe(true);
    expect(buildMetadata(model, { generateDataModels: false }).objects).toEqual([]);
  });

  it('an empty model gives an empty bundle', () => {
    const bundle = buildMetadata(understandPrompt('make it pop'));
    expect(Object.values(bundle).every((list) => list.length === 0)).toBe(true);
  });

  it('serialises to GeneratedCode schema files', () => {
    const { schemas, files } = toSchemaFiles(buildMetadata(model), 'json');
    expect(schemas.map((s) => s.type)).toEqual(expect.arrayContaining(['object', 'view', 'app', 'dashboard']));
    expect(JSON.parse(schemas.find((s) => s.path === 'src/objects/deal.object.json')!.content).name).toBe('deal');
    expect(files.some((f) => f.path.endsWith('deal.seed.json'))).toBe(true);
  });
});

describe('validateArtifact', () => {
  it('returns the spec errors for bad metadata', () => {
    const result = validateArtifact('object', { name: 'Deal', fields: { amount: { type: 'money' } } });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['name', 'fields.amount.type']));
  });

  it('flags keys the spec would silently drop', () => {
    const result = validateArtifact('object', { name: 'deal', fields: { amount: { type: 'currency', colour: 'red' } } });
    expect(result.issues).toEqual([{ path: 'fields.amount.colour', message: "'colour' is not a FieldSchema key", code: 'unrecognized_keys' }]);
  });

  it('rejects a dashboard widget without a dataset', () => {
    const result = validateArtifact('dashboard', { name: 'x_overview', label: 'X', widgets: [{ id: 'w1', type: 'metric', values: ['n'] }] });
    expect(result.issues.some((i) => i.path === 'widgets.0.dataset')).toBe(true);
  });
});

describe('checkRecords', () => {
  it('reports records that break their object', () => {
    const objects = [{ name: 'task', fields: { title: { type: 'text' as const, required: true }, status: { type: 'select' as const, options: [{ label: 'Done', value: 'done' }] } } }];
    const errors = checkRecords(objects, [{ object: 'task', externalId: 'title', records: [{ status: 'nope' }] }]);
    expect(errors).toEqual(['task[0].title: required but missing', "task[0].status: 'nope' is not an option"]);
  });
});
