import { describe, expect, it } from 'vitest';
import { understandPrompt } from './understand-prompt';
import type { AppModel } from '@/lib/generator/types';

const entity = (m: AppModel, name: string) => m.entities.find((e) => e.name === name);
const field = (m: AppModel, e: string, f: string) => entity(m, e)?.fields.find((x) => x.name === f);
const typeOf = (text: string, e: string, f: string) => field(understandPrompt(text), e, f)?.type;

describe('entity detection', () => {
  it('finds the entities of the issue example, singularised', () => {
    const m = understandPrompt('a CRM with accounts, contacts and deals; deals have an amount, a stage and a close date and belong to an account');
    expect(m.entities.map((e) => e.name)).toEqual(['account', 'contact', 'deal']);
    expect(m.app.domain).toBe('crm');
  });

  it('keeps multi-word names and resolves later short mentions to them', () => {
    const m = understandPrompt('track support tickets: subject, description; each ticket is linked to a customer');
    expect(m.entities.map((e) => e.name)).toEqual(['support_ticket', 'customer']);
    expect(field(m, 'support_ticket', 'customer')).toMatchObject({ type: 'lookup', reference: 'customer' });
  });

  it('handles purchase orders and their line items', () => {
    const m = understandPrompt('purchase orders with a supplier and status, and purchase order line items with quantity. Line items are part of a purchase order.');
    expect(m.entities.map((e) => e.name)).toEqual(['purchase_order', 'purchase_order_line_item']);
    expect(field(m, 'purchase_order_line_item', 'purchase_order')).toMatchObject({ type: 'master_detail', reference: 'purchase_order', required: true });
  });

  it('takes the records of "my book collection", not the collection', () => {
    const m = understandPrompt('keep track of my book collection: title, author and rating');
    expect(m.entities.map((e) => e.name)).toEqual(['book']);
  });
});

describe('field types', () => {
  const cases: [string, string][] = [
    ['amount', 'currency'], ['price', 'currency'], ['cost', 'currency'], ['salary', 'currency'], ['budget', 'currency'],
    ['hourly rate', 'currency'], ['close date', 'date'], ['date of birth', 'date'], ['lease end', 'date'],
    ['published at', 'datetime'], ['start time', 'datetime'], ['date and time', 'datetime'], ['opening time', 'time'],
    ['email address', 'email'], ['phone number', 'phone'], ['website', 'url'], ['video url', 'url'],
    ['tax rate', 'percent'], ['probability', 'percent'], ['is active', 'boolean'], ['returned flag', 'boolean'],
    ['status', 'select'], ['stage', 'select'], ['priority', 'select'], ['type', 'select'], ['category', 'select'],
    ['description', 'textarea'], ['notes', 'textarea'], ['steps to reproduce', 'textarea'],
    ['quantity', 'number'], ['number of guests', 'number'], ['duration in minutes', 'number'], ['capacity', 'number'],
    ['rating', 'rating'], ['photo', 'image'], ['resume', 'file'], ['address', 'address'], ['tags', 'tags'],
    ['serial number', 'text'], ['sku', 'text'],
  ];
  it.each(cases)('"%s" → %s', (phrase, type) => {
    const name = phrase.replace(/ /g, '_').replace(/_flag$/, '');
    expect(typeOf(`items have a ${phrase}`, 'item', name)).toBe(type);
  });

  it('types "X?" and "whether ..." as yes/no fields', () => {
    const m = understandPrompt("cars (make, available?) ; attendees have a name and whether they checked in");
    expect(field(m, 'car', 'available')?.type).toBe('boolean');
    expect(field(m, 'attendee', 'checked_in')?.type).toBe('boolean');
  });

  it('honours an explicit type hint and explicit options', () => {
    const m = understandPrompt('Books have a title (text), a code (number) and a format (hardcover, paperback, ebook)');
    expect(field(m, 'book', 'code')?.type).toBe('number');
    expect(field(m, 'book', 'format')).toMatchObject({ type: 'select', options: [{ value: 'hardcover' }, { value: 'paperback' }, { value: 'ebook' }] });
  });

  it('gives select fields options that fit the record', () => {
    const m = understandPrompt('deals have a stage; tickets have a status and a priority');
    expect(field(m, 'deal', 'stage')?.options?.map((o) => o.label)).toEqual(['Prospecting', 'Qualification', 'Proposal', 'Negotiation', 'Closed Won', 'Closed Lost']);
    expect(field(m, 'ticket', 'status')?.options?.map((o) => o.value)).toEqual(['new', 'open', 'pending', 'resolved', 'closed']);
    expect(field(m, 'ticket', 'priority')?.options?.map((o) => o.value)).toEqual(['low', 'medium', 'high', 'urgent']);
  });

  it('warns about a select it has no options for', () => {
    const m = understandPrompt('products have a name and a category');
    expect(field(m, 'product', 'category')?.options).toBeUndefined();
    expect(m.warnings.join(' ')).toMatch(/'Category' on 'product' is a select with no options/);
  });
});

describe('relations', () => {
  it('"belongs to" puts a lookup on the child', () => {
    const m = understandPrompt('Invoices and clients. Invoices belong to a client and have a total.');
    expect(field(m, 'invoice', 'client')).toMatchObject({ type: 'lookup', reference: 'client' });
    expect(m.relations).toContainEqual(expect.objectContaining({ from: 'invoice', to: 'client', kind: 'lookup' }));
  });

  it('"has many" puts the lookup on the many side', () => {
    const m = understandPrompt('Projects have many tasks. Tasks have a title.');
    expect(field(m, 'task', 'project')).toMatchObject({ type: 'lookup', reference: 'project' });
    expect(field(m, 'project', 'task')).toBeUndefined();
  });

  it('"each X has a Y" with Y a known record is a lookup', () => {
    const m = understandPrompt('school with courses and teachers. each course has a teacher and a title.');
    expect(field(m, 'course', 'teacher')).toMatchObject({ type: 'lookup', reference: 'teacher' });
  });

  it('"assigned to a user" is a user reference', () => {
    const m = understandPrompt('Tasks have a title and are assigned to a user.');
    expect(field(m, 'task', 'assigned_to')).toMatchObject({ type: 'user', reference: 'sys_user' });
  });

  it('"X is for a Y" and "X of a Y" link known records', () => {
    const m = understandPrompt('pets and visits. A visit is for one pet and has a date.');
    expect(field(m, 'visit', 'pet')).toMatchObject({ type: 'lookup', reference: 'pet' });
  });
});

describe('required fields', () => {
  it('"must have" marks its fields required', () => {
    const m = understandPrompt('Support cases must have a subject and a priority.');
    expect(field(m, 'support_case', 'subject')?.required).toBe(true);
    expect(field(m, 'support_case', 'priority')?.required).toBe(true);
  });

  it('"X and Y are required" and "required" adjectives', () => {
    const m = understandPrompt('Members have an email, a phone and an optional nickname. Email and phone are required. Members have a required join date.');
    expect(field(m, 'member', 'email')?.required).toBe(true);
    expect(field(m, 'member', 'phone')?.required).toBe(true);
    expect(field(m, 'member', 'nickname')?.required).toBe(false);
    expect(field(m, 'member', 'join_date')?.required).toBe(true);
  });
});

describe('name field and defaults', () => {
  it('uses title for tasks, name otherwise, and a running number for orders', () => {
    const m = understandPrompt('an app with tasks, customers and orders');
    expect(entity(m, 'task')?.nameField).toBe('title');
    expect(entity(m, 'customer')?.nameField).toBe('name');
    expect(field(m, 'order', entity(m, 'order')!.nameField)).toMatchObject({ type: 'autonumber', autonumberFormat: 'ORD-{0000}' });
  });

  it('a vague helpdesk gets tickets with the usual fields, and says so', () => {
    const m = understandPrompt('a helpdesk');
    expect(m.entities.map((e) => e.name)).toEqual(['ticket']);
    expect(m.entities[0].fields.map((f) => f.name)).toEqual(['subject', 'description', 'status', 'priority', 'requester_email']);
    expect(m.warnings[0]).toMatch(/usual Helpdesk records/);
    expect(m.confidence).toBeLessThan(70);
  });

  it('a record named without fields gets defaults and a warning', () => {
    const m = understandPrompt('a CRM with accounts, contacts and deals; deals have an amount');
    expect(m.warnings).toContain("No fields given for 'contact': used the defaults name, email, phone.");
  });

  it('combines first and last name into a formula display name', () => {
    const m = understandPrompt('Contacts: first name, last name, email');
    expect(entity(m, 'contact')?.nameField).toBe('full_name');
    expect(field(m, 'contact', 'full_name')?.type).toBe('formula');
  });
});

describe('nonsense and confidence', () => {
  it.each(['hello', 'asdf qwer', 'make it pop', 'build me an app'])('"%s" gives no app and low confidence', (text) => {
    const m = understandPrompt(text);
    expect(m.entities).toEqual([]);
    expect(m.confidence).toBeLessThanOrEqual(15);
    expect(m.warnings[0]).toMatch(/Couldn't find any records/);
  });

  it('a detailed prompt scores higher than a vague one', () => {
    const detailed = understandPrompt('Invoices belong to a client and have an invoice number, issue date, due date, total and status.');
    const vague = understandPrompt('invoicing');
    expect(detailed.confidence).toBeGreaterThan(vague.confidence);
    expect(detailed.confidence).toBeGreaterThanOrEqual(75);
  });
});

describe('determinism', () => {
  it('the same prompt gives the same model', () => {
    const text = 'gym membership app: members, trainers and memberships. Memberships belong to a member and have a plan and price.';
    expect(JSON.stringify(understandPrompt(text))).toBe(JSON.stringify(understandPrompt(text)));
  });
});
