import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ObjectDef } from '@/lib/generator/metadata/spec-types';
import { buildObjectForm, fieldSchema } from './object-form';

const none = () => [];

describe('fieldSchema: one field type, one Zod type', () => {
  const accepts = (field: Parameters<typeof fieldSchema>[1], value: unknown) => fieldSchema('f', field, none).safeParse(value).success;

  it.each([
    ['text', 'hello', 42],
    ['textarea', 'long\ntext', 1],
    ['email', 'ada@example.com', 'not an email'],
    ['url', 'https://example.com', 'example'],
    ['phone', '+1 555 0100', 'call me'],
    ['number', 12.5, '12'],
    ['currency', 1250, 'lots'],
    ['percent', 50, 150],
    ['rating', 4, 6],
    ['date', '2025-01-15', '15/01/2025'],
    ['datetime', '2025-01-15T09:30:00Z', '2025-01-15'],
    ['time', '09:30', '9.30'],
    ['boolean', true, 'yes'],
  ])('%s accepts %j and rejects %j', (type, good, bad) => {
    expect(accepts({ type, label: 'F', required: true }, good)).toBe(true);
    expect(accepts({ type, label: 'F', required: true }, bad)).toBe(false);
  });

  it('makes optional fields optional, required text non-blank with the label in the message', () => {
    expect(accepts({ type: 'email', label: 'Email' }, undefined)).toBe(true);
    const r = fieldSchema('name', { type: 'text', label: 'Name', required: true }, none).safeParse('');
    expect(r.success ? '' : r.error.issues[0].message).toBe('Name is required');
  });

  it('offers select options by label, multiselect as a set, lookups as the sample records of the target', () => {
    const select = fieldSchema('stage', { type: 'select', label: 'Stage', options: [{ label: 'Closed Won', value: 'closed_won' }] }, none);
    expect(select.safeParse('Closed Won').success).toBe(true);
    expect(select.safeParse('closed_won').success).toBe(false);
    const tags = fieldSchema('tags', { type: 'multiselect', label: 'Tags', required: true, options: [{ label: 'A', value: 'a' }] }, none);
    expect(tags.safeParse(['A']).success).toBe(true);
    const lookup = fieldSchema('account', { type: 'lookup', label: 'Account', reference: 'account', required: true }, (o) => (o === 'account' ? ['Acme Corp', 'Initech'] : []));
    expect(lookup.safeParse('Initech').success).toBe(true);
    expect(lookup.safeParse('Nobody').success).toBe(false);
  });

  it('carries the field label and the textarea hint as metadata for the form', () => {
    const s = fieldSchema('notes', { type: 'textarea', label: 'Notes' }, none) as z.ZodOptional<z.ZodString>;
    expect(z.globalRegistry.get(s.unwrap())).toMatchObject({ title: 'Notes', previewWidget: 'textarea' });
  });
});

describe('buildObjectForm', () => {
  const deal = {
    name: 'deal',
    label: 'Deal',
    fields: {
      number: { label: 'Number', type: 'autonumber', autonumberFormat: 'D-{0000}' },
      name: { label: 'Name', type: 'text', required: true },
      stage: { label: 'Stage', type: 'select', options: [{ label: 'Closed Won', value: 'closed_won' }, { label: 'Lost', value: 'lost' }] },
      amount: { label: 'Amount', type: 'currency' },
    },
  } as unknown as ObjectDef;

  it('leaves computed fields out, follows the form view order, and maps option values both ways', () => {
    const form = buildObjectForm(deal, { formFields: ['stage', 'name', 'number', 'amount'] });
    expect(form.fields).toEqual(['stage', 'name', 'amount']);
    expect(Object.keys(form.schema.shape)).toEqual(['stage', 'name', 'amount']);
    expect(form.toFormValues({ name: 'D', stage: 'closed_won', amount: 5 })).toEqual({ name: 'D', stage: 'Closed Won', amount: 5 });
    expect(form.toRecord({ name: 'D', stage: 'Lost' })).toEqual({ name: 'D', stage: 'lost' });
    expect(form.schema.safeParse({ name: 'D', stage: 'Lost' }).success).toBe(true);
  });
});
