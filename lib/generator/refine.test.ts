import { describe, expect, it } from 'vitest';
import type { AppModel } from '@/lib/generator/types';
import { understandPrompt } from './understand/understand-prompt';
import { generate } from './generate';
import { refine } from './refine';
import { editModel } from './refine/edit-model';

const CRM = 'a CRM with accounts, contacts and deals; contacts have a name, an email and a phone; deals have an amount, a stage and a close date and belong to an account';
const request = { description: CRM, pluginType: 'app', outputFormat: 'low-code-schema', schemaOptions: { format: 'json' } } as const;
const fields = (model: AppModel, entity: string) => model.entities.find((e) => e.name === entity)?.fields.map((f) => f.name);

describe('refine', () => {
  it('adds a field from a previous GeneratedCode, with a diff of the changed files only', async () => {
    const previous = await generate({ ...request, description: 'a todo app; tasks have a title and a due date' }, { provider: 'builtin' });
    const { model, changes, diff, result } = await refine(previous, 'add a priority to tasks', request);
    expect(fields(model, 'task')).toContain('priority');
    expect(changes).toEqual(['Added task.priority (select).']);
    const objectDiff = diff.find((d) => d.path === 'src/objects/task.object.json')!;
    expect(objectDiff.status).toBe('modified');
    expect(objectDiff.patch).toMatch(/^\+\s+"priority": \{$/m);
    expect(diff.every((d) => d.status === 'modified')).toBe(true);
    expect(result.warnings).toContain('Follow-up: Added task.priority (select).');
  });

  it('removes a field', async () => {
    const { model, diff } = await refine(understandPrompt(CRM), 'remove the phone field from contacts', request);
    expect(fields(model, 'contact')).not.toContain('phone');
    expect(diff.find((d) => d.path === 'src/objects/contact.object.json')?.patch).toMatch(/^-\s+"phone": \{$/m);
  });

  it('renames an object, its references and its files', async () => {
    const { model, diff } = await refine(understandPrompt(CRM), 'rename deals to opportunities', request);
    const opportunity = model.entities.find((e) => e.name === 'opportunity')!;
    expect(opportunity).toMatchObject({ label: 'Opportunity', pluralLabel: 'Opportunities' });
    expect(model.entities.some((e) => e.name === 'deal')).toBe(false);
    const statuses = Object.fromEntries(diff.map((d) => [d.path, d.status]));
    expect(statuses['src/objects/deal.object.json']).toBe('removed');
    expect(statuses['src/objects/opportunity.object.json']).toBe('added');
  });

  it('adds a relation, and the related object when it is new', async () => {
    const previous = understandPrompt('a todo app; tasks have a title and a due date');
    const { model, changes } = await refine(previous, 'tasks belong to projects', request);
    expect(model.entities.find((e) => e.name === 'task')!.fields.find((f) => f.name === 'project')).toMatchObject({ type: 'lookup', reference: 'project' });
    expect(model.relations.some((r) => r.from === 'task' && r.to === 'project')).toBe(true);
    expect(changes).toEqual(['Added task.project (lookup → project).', expect.stringMatching(/^Added the project object \(name, /)]);
  });

  it('applies several instructions, renames a field, and says what it could not apply', async () => {
    const { model, changes, result } = await refine(understandPrompt(CRM), 'rename amount in deals to value; make the email of contacts required; frobnicate the widgets', request);
    expect(fields(model, 'deal')).toContain('value');
    expect(model.entities.find((e) => e.name === 'contact')!.fields.find((f) => f.name === 'email')!.required).toBe(true);
    expect(changes).toEqual(['Renamed deal.amount to deal.value.', 'Made contact.email required.']);
    expect(result.warnings!.some((w) => w.includes("couldn't apply \"frobnicate the widgets\""))).toBe(true);
  });

  it('removes an object and the links to it', async () => {
    const { model, changes } = await refine(understandPrompt(CRM), 'remove accounts', request);
    expect(model.entities.map((e) => e.name)).toEqual(['contact', 'deal']);
    expect(fields(model, 'deal')).not.toContain('account');
    expect(changes).toEqual(['Removed the account object.', 'Removed contact.account, which pointed at it.', 'Removed deal.account, which pointed at it.']);
  });

  it('adds a select with the options written after the target, and nothing else', () => {
    const before = understandPrompt('a vet clinic; pets have a name; visits have a date and belong to a pet');
    const { model, changes } = editModel(before, 'add a priority to visits with options low, normal, urgent');
    const visit = model.entities.find((e) => e.name === 'visit')!;
    expect(visit.fields.find((f) => f.name === 'priority')).toMatchObject({ type: 'select', options: [{ label: 'Low', value: 'low' }, { label: 'Normal', value: 'normal' }, { label: 'Urgent', value: 'urgent' }] });
    expect(model.entities.map((e) => e.name)).toEqual(before.entities.map((e) => e.name));
    expect(changes).toEqual(['Added visit.priority (select).']);
  });
});
