// The failures issue 13 lists from prompts written by people who never read the reader's code,
// one test each: options as written, no junk records, fields on the right record, markers honoured.
import { describe, expect, it } from 'vitest';
import { understandPrompt } from './understand-prompt';
import { rewriteOptionLists } from './rewrite-lists';
import type { AppModel } from '@/lib/generator/types';

const names = (m: AppModel) => m.entities.map((e) => e.name);
const field = (m: AppModel, e: string, f: string) => m.entities.find((x) => x.name === e)?.fields.find((x) => x.name === f);
const labels = (m: AppModel, e: string, f: string) => field(m, e, f)?.options?.map((o) => o.label);

describe('options as written, never invented', () => {
  it('reads options separated by slashes, multi-word ones included', () => {
    const m = understandPrompt('Appointments belong to a client and have a date and a status booked/checked in/completed/no-show.');
    expect(labels(m, 'appointment', 'status')).toEqual(['Booked', 'Checked in', 'Completed', 'No-show']);
    expect(field(m, 'appointment', 'status')?.options?.map((o) => o.value)).toEqual(['booked', 'checked_in', 'completed', 'no_show']);
  });

  it('reads "sale or rent" after "type of" instead of the property-type defaults', () => {
    const m = understandPrompt('Real estate listings: each listing has an address, price, bedrooms and a type of sale or rent.');
    expect(labels(m, 'listing', 'type')).toEqual(['Sale', 'Rent']);
  });

  it('reads "a status of open, on hold or closed" as one select, not three fields', () => {
    const m = understandPrompt('Tickets have a title and a status of open, on hold or closed.');
    const ticket = m.entities.find((e) => e.name === 'ticket')!;
    expect(ticket.fields.map((f) => f.name)).toEqual(['title', 'status']);
    expect(labels(m, 'ticket', 'status')).toEqual(['Open', 'On Hold', 'Closed']);
  });

  it('reads pipes after "with options" and a colon list after a choice word', () => {
    const m = understandPrompt('Vehicles have a plate number, a status with options available | rented | in service, and a fuel type: petrol, diesel, electric.');
    expect(names(m)).toEqual(['vehicle']);
    expect(labels(m, 'vehicle', 'status')).toEqual(['Available', 'Rented', 'In Service']);
    expect(labels(m, 'vehicle', 'fuel_type')).toEqual(['Petrol', 'Diesel', 'Electric']);
  });

  it('reads options given in a later sentence onto the field named earlier', () => {
    const m = understandPrompt('Orders have a status. The status can be new, paid, shipped or cancelled.');
    expect(labels(m, 'order', 'status')).toEqual(['New', 'Paid', 'Shipped', 'Cancelled']);
    expect(m.warnings.join(' ')).not.toMatch(/Ignored/);
  });

  it('reads slashes inside parentheses as separate options', () => {
    const m = understandPrompt('Tasks have a title and a priority (low/normal/urgent).');
    expect(labels(m, 'task', 'priority')).toEqual(['Low', 'Normal', 'Urgent']);
  });

  it('keeps the built-in options only when none were written', () => {
    const m = understandPrompt('Tasks have a title and a priority.');
    expect(labels(m, 'task', 'priority')).toEqual(['Low', 'Medium', 'High', 'Urgent']);
  });

  it('leaves a single noun after "type of" alone and needs two items after a bare head', () => {
    expect(rewriteOptionLists('a type of cuisine')).toBe('a type of cuisine');
    expect(rewriteOptionLists('a status open/closed')).toBe('a status (open, closed)');
    expect(rewriteOptionLists('a name/title')).toBe('a name/title');
    expect(rewriteOptionLists('a size s/m/l')).toBe('a size (s, m, l)');
  });
});

describe('no junk records or fields', () => {
  it('puts "we store their name, email, phone and address" on the record in focus', () => {
    const m = understandPrompt('We have customers; we store their name, email, phone and address. Invoices belong to a customer and have an amount and a due date so we can bill.');
    expect(names(m)).toEqual(['customer', 'invoice']);
    expect(m.entities[0].fields.map((f) => [f.name, f.type])).toEqual([['name', 'text'], ['email', 'email'], ['phone', 'phone'], ['address', 'address']]);
    expect(m.entities[1].fields.map((f) => f.name)).toEqual(['invoice_number', 'customer', 'amount', 'due_date']);
  });

  it('drops a purpose clause ("to save the guest") from a field name', () => {
    const m = understandPrompt('A hotel app with guests and bookings. Bookings need a check-in date and a room number to save the guest.');
    expect(names(m)).toEqual(['guest', 'booking']);
    expect(field(m, 'booking', 'room_number')?.type).toBe('text');
  });

  it('keeps "steps to reproduce" whole', () => {
    const m = understandPrompt('Bugs have a title and steps to reproduce.');
    expect(field(m, 'bug', 'steps_to_reproduce')).toBeDefined();
  });
});

describe('fields on the right record', () => {
  it('puts the list after "submitted by a tenant:" on the request, with a lookup to the tenant', () => {
    const m = understandPrompt('Maintenance requests submitted by a tenant: category, description, priority and photo. Tenants have a name and unit number.');
    const request = m.entities.find((e) => e.name === 'maintenance_request')!;
    expect(request.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['tenant', 'category', 'description', 'priority', 'photo']));
    expect(field(m, 'maintenance_request', 'tenant')).toMatchObject({ type: 'lookup', reference: 'tenant' });
    expect(m.entities.find((e) => e.name === 'tenant')!.fields.map((f) => f.name)).toEqual(['name', 'unit_number']);
  });

  it('reads "Jobs (title, department, ...)" as the fields of job and "applicants apply to a job" as a lookup', () => {
    const m = understandPrompt('A recruiting app. Jobs (title, department, salary, location). Applicants apply to a job and have a name, email and resume.');
    expect(names(m)).toEqual(['job', 'applicant']);
    expect(m.entities[0].fields.map((f) => f.name)).toEqual(['title', 'department', 'salary', 'location']);
    expect(field(m, 'applicant', 'job')).toMatchObject({ type: 'lookup', reference: 'job' });
  });

  it('reads "has one customer and many line items": a lookup to a new customer, line items as master-detail children', () => {
    const m = understandPrompt('Each invoice has one customer and many line items. Line items have a quantity and price.');
    expect(names(m)).toEqual(['invoice', 'customer', 'line_item']);
    expect(field(m, 'invoice', 'customer')).toMatchObject({ type: 'lookup', reference: 'customer' });
    expect(field(m, 'line_item', 'invoice')).toMatchObject({ type: 'master_detail', reference: 'invoice' });
  });

  it('points "each project has many tasks" from task to project', () => {
    const m = understandPrompt('Each project has many tasks. Tasks have a title, a done checkbox and a completion %.');
    expect(field(m, 'task', 'project')).toMatchObject({ type: 'lookup', reference: 'project' });
    expect(field(m, 'project', 'task')).toBeUndefined();
  });
});

describe('types and markers', () => {
  it('types "%" as percent, "done checkbox" and "(yes or no)" as boolean', () => {
    const m = understandPrompt('Tasks have a title, a done checkbox and a completion %. Orders have a paid (yes or no).');
    expect(field(m, 'task', 'done')?.type).toBe('boolean');
    expect(field(m, 'task', 'completion')?.type).toBe('percent');
    expect(field(m, 'order', 'paid')?.type).toBe('boolean');
  });

  it('honours "(required, unique)", "(required)" and "default X" without turning them into options', () => {
    const m = understandPrompt('Members have an email (required, unique), a phone (required) and a tier default Basic.');
    expect(field(m, 'member', 'email')).toMatchObject({ type: 'email', required: true, unique: true });
    expect(field(m, 'member', 'email')?.options).toBeUndefined();
    expect(field(m, 'member', 'phone')).toMatchObject({ type: 'phone', required: true });
    expect(field(m, 'member', 'tier')).toMatchObject({ type: 'select', defaultValue: 'basic' });
  });

  it('adds a written default the option list lacked, and types number and boolean defaults', () => {
    const m = understandPrompt('Tickets have a priority (low, high) (default normal), a quantity default 2 and an active flag defaults to yes.');
    expect(labels(m, 'ticket', 'priority')).toEqual(['Low', 'High', 'Normal']);
    expect(field(m, 'ticket', 'priority')?.defaultValue).toBe('normal');
    expect(field(m, 'ticket', 'quantity')?.defaultValue).toBe(2);
    expect(field(m, 'ticket', 'active')?.defaultValue).toBe(true);
  });

  it('does not read "a default address" as a default', () => {
    const m = understandPrompt('Customers have a name and a default address.');
    expect(field(m, 'customer', 'default_address')?.type).toBe('address');
  });
});

describe('dates people write without the word "date"', () => {
  it('types a bare "check-in"/"check-out" as dates and does not share "status" with them', () => {
    const m = understandPrompt('Bookings have check-in, check-out and a status of reserved, checked in or cancelled. Shifts have a start and end time.');
    expect(m.entities[0].fields.map((f) => [f.name, f.type])).toEqual([['booking_number', 'autonumber'], ['check_in', 'date'], ['check_out', 'date'], ['status', 'select']]);
    expect(field(m, 'shift', 'start_time')?.type).toBe('datetime');
  });

  it('types "listed on" and "expected delivery" as dates', () => {
    const m = understandPrompt('Products have a name and a listed on. Orders have an expected delivery and an actual arrival.');
    expect(field(m, 'product', 'listed_on')?.type).toBe('date');
    expect(field(m, 'order', 'expected_delivery')?.type).toBe('date');
    expect(field(m, 'order', 'actual_arrival')?.type).toBe('date');
  });
});

describe('confidence that means something', () => {
  it('scores a prompt whose every word is explained above one that leaves words unread', () => {
    const clear = understandPrompt('Tickets have a title and a status of open, on hold or closed.');
    const murky = understandPrompt('Tickets, whatever the thingamajig wants, flibber the quux sometimes.');
    expect(clear.confidence).toBeGreaterThan(murky.confidence);
  });

  it('trusts a field name of four or more words less, and says which one', () => {
    const short = understandPrompt('Tickets have a title and a summary.');
    const long = understandPrompt('Tickets have a title and a customer complaint summary text box.');
    expect(long.confidence).toBeLessThan(short.confidence);
  });

  it('below 50 says what it is unsure of', () => {
    const m = understandPrompt('an inventory app');
    expect(m.confidence).toBeLessThan(50);
    expect(m.warnings.find((w) => w.startsWith('Low confidence'))).toMatch(/unsure because .*names no records/);
  });

  it('at 50 or above adds no low-confidence warning', () => {
    const m = understandPrompt('Tickets have a title and a status of open, on hold or closed.');
    expect(m.confidence).toBeGreaterThanOrEqual(50);
    expect(m.warnings.some((w) => w.startsWith('Low confidence'))).toBe(false);
  });
});

describe('more ways people write', () => {
  it('reads a bullet list, one record per line, "each X has many Y" last', () => {
    const m = understandPrompt('Project tracker\n- Projects: name, client, budget, deadline\n- Tasks: title, done checkbox, status todo/doing/done\n- each project has many tasks');
    expect(names(m)).toEqual(['project', 'task']);
    expect(field(m, 'project', 'deadline')?.type).toBe('date');
    expect(labels(m, 'task', 'status')).toEqual(['Todo', 'Doing', 'Done']);
    expect(field(m, 'task', 'project')).toMatchObject({ type: 'lookup', reference: 'project' });
  });

  it('keeps options stated before their field is named', () => {
    const m = understandPrompt('The priority should be low, medium or high. Tickets have a subject and a priority.');
    expect(labels(m, 'ticket', 'priority')).toEqual(['Low', 'Medium', 'High']);
  });

  it('does not read a record\'s field list in parentheses as the options of a later lookup', () => {
    const m = understandPrompt('Vendors (name, contact email, rating). Purchase orders belong to a vendor and have a total.');
    expect(field(m, 'purchase_order', 'vendor')).toMatchObject({ type: 'lookup', reference: 'vendor' });
    expect(field(m, 'purchase_order', 'vendor')?.options).toBeUndefined();
  });

  it('names the record after "piece of", and types "paid yes or no" as a checkbox named paid', () => {
    const m = understandPrompt('Every piece of equipment has a serial number (unique) and a condition: new, good, worn, broken. Orders have a total and paid yes or no.');
    expect(names(m)).toEqual(['equipment', 'order']);
    expect(field(m, 'equipment', 'serial_number')?.unique).toBe(true);
    expect(labels(m, 'equipment', 'condition')).toEqual(['New', 'Good', 'Worn', 'Broken']);
    expect(field(m, 'order', 'paid')?.type).toBe('boolean');
  });
});
