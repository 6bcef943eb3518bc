// The general mechanisms that read prompts written by people who never saw the reader: record
// headers, pipes and bullets, option syntax in any place, relative clauses and possessives,
// markers in any phrasing. Each test states the rule and checks its edge.
import { describe, expect, it } from 'vitest';
import { understandPrompt } from './understand-prompt';
import { normalizeText } from './tokenize';
import { entityName } from './entity-names';
import type { AppModel } from '@/lib/generator/types';

const names = (m: AppModel) => m.entities.map((e) => e.name);
const field = (m: AppModel, e: string, f: string) => m.entities.find((x) => x.name === e)?.fields.find((x) => x.name === f);
const labels = (m: AppModel, e: string, f: string) => field(m, e, f)?.options?.map((o) => o.label);

describe('records and their field lists', () => {
  it('reads "Title: records (fields), records (fields)" as records under the app title', () => {
    const m = understandPrompt('Marina: berths (berth code unique, length m, monthly fee), boats (name, owner phone, berth)');
    expect(names(m)).toEqual(['berth', 'boat']);
    expect(field(m, 'berth', 'berth_code')).toMatchObject({ type: 'text', unique: true });
    expect(field(m, 'berth', 'length_m')?.type).toBe('number');
    expect(field(m, 'boat', 'berth')).toMatchObject({ type: 'lookup', reference: 'berth' });
  });

  it('keeps one record with its options when only one item after the colon has a list', () => {
    const m = understandPrompt('Orders: customer name, size (small, medium, large), price');
    expect(names(m)).toEqual(['order']);
    expect(labels(m, 'order', 'size')).toEqual(['Small', 'Medium', 'Large']);
  });

  it('ends a sentence at a pipe only between two or more headed sections', () => {
    expect(normalizeText('vet clinic | owners: name, phone | pets: name, owner')).toBe('vet clinic ; owners: name, phone ; pets: name, owner');
    expect(normalizeText('sessions: hours, style: traditional | realism | blackwork')).toBe('sessions: hours, style (traditional, realism, blackwork)');
  });

  it('takes a line that is only "Title:" as a title, not a record', () => {
    const m = understandPrompt('Rental listings:\n- Listing: title, monthly rent, listing URL\n- Landlord: name, email, phone\n- each landlord has many listings');
    expect(names(m)).toEqual(['listing', 'landlord']);
    expect(field(m, 'landlord', 'email')?.type).toBe('email');
    expect(field(m, 'listing', 'landlord')).toMatchObject({ type: 'lookup', reference: 'landlord' });
  });

  it('reads "with machines (number, type)" after a business as the machines\' fields', () => {
    const m = understandPrompt('we have a laundromat with machines (number, type washer/dryer, out of order)');
    expect(names(m)).toEqual(['machine']);
    expect(labels(m, 'machine', 'type')).toEqual(['Washer', 'Dryer']);
  });
});

describe('record names never carry clause words or the business', () => {
  it('drops what comes before a clause word and the place of business', () => {
    expect(entityName(['for', 'a', 'class'])).toBe('class');
    expect(entityName(['while', 'customers'])).toBe('customer');
    expect(entityName(['print', 'shop', 'orders'])).toBe('order');
    expect(entityName(['pottery', 'studio', 'kiln', 'firings'])).toBe('kiln_firing');
    expect(entityName(['cycles', 'started'])).toBe('cycle');
  });

  it('gives no name at all to a lone verb or clause word', () => {
    expect(entityName(['wanting'])).toBe('');
    expect(entityName(['um'])).toBe('');
  });

  it('keeps a compound that names the record itself', () => {
    expect(entityName(['maintenance', 'requests'])).toBe('maintenance_request');
    expect(entityName(['meeting', 'room', 'bookings'])).toBe('meeting_room_booking');
  });
});

describe('options in any syntax and place', () => {
  it('reads "X possible values are a, b, c" in a later sentence onto the field X', () => {
    const m = understandPrompt('Treatment is having patient, procedure and cost. Procedure possible values are filling, crown, root canal.');
    expect(labels(m, 'treatment', 'procedure')).toEqual(['Filling', 'Crown', 'Root Canal']);
  });

  it('hoists "fuel type petrol/diesel" out of a field list onto that field of that record', () => {
    const m = understandPrompt('fleet: vehicles (registration, fuel type petrol/diesel/electric), drivers (name, phone)');
    expect(field(m, 'vehicle', 'registration')?.type).toBe('text');
    expect(labels(m, 'vehicle', 'fuel_type')).toEqual(['Petrol', 'Diesel', 'Electric']);
    expect(field(m, 'vehicle', 'diesel')).toBeUndefined();
  });

  it('reads a pipe list with a default in the same group, and a semicolon before the default', () => {
    const m = understandPrompt('Tasks: title, status (dirty | in progress | clean, default dirty), priority (low, high; default low)');
    expect(labels(m, 'task', 'status')).toEqual(['Dirty', 'In Progress', 'Clean']);
    expect(field(m, 'task', 'status')?.defaultValue).toBe('dirty');
    expect(field(m, 'task', 'priority')).toMatchObject({ defaultValue: 'low' });
    expect(labels(m, 'task', 'priority')).toEqual(['Low', 'High']);
  });

  it('reads "starts as x and can become a, b or c" as options with x the default', () => {
    const m = understandPrompt('Talks have a title and a review status that starts as submitted and can become accepted, waitlisted or rejected.');
    expect(labels(m, 'talk', 'review_status')).toEqual(['Submitted', 'Accepted', 'Waitlisted', 'Rejected']);
    expect(field(m, 'talk', 'review_status')?.defaultValue).toBe('submitted');
  });

  it('reads "of a, b or c" for any field, and single letters as options', () => {
    const m = understandPrompt('Talks have a track of frontend, backend or data and a grade which is A, B or C.');
    expect(labels(m, 'talk', 'track')).toEqual(['Frontend', 'Backend', 'Data']);
    expect(labels(m, 'talk', 'grade')).toEqual(['A', 'B', 'C']);
  });

  it('keeps an option\'s own capitals ("DevOps", "UPS") and title-cases the rest', () => {
    const m = understandPrompt('Shipments have a carrier (UPS, FedEx or post) and a track of frontend, DevOps or data.');
    expect(labels(m, 'shipment', 'carrier')).toEqual(['UPS', 'FedEx', 'Post']);
    expect(field(m, 'shipment', 'carrier')?.options?.map((o) => o.value)).toEqual(['ups', 'fedex', 'post']);
    expect(labels(m, 'shipment', 'track')).toEqual(['Frontend', 'DevOps', 'Data']);
  });

  it('needs three choices after "of" for a field that is not a choice word', () => {
    expect(normalizeText('a name of the owner or tenant')).toBe('a name of the owner or tenant');
  });
});

describe('relations in relative clauses and possessives', () => {
  it('links "cycles started by a customer" to the customer, and keeps the list after the colon on the cycles', () => {
    const m = understandPrompt('Machines have a number. We log the cycles started by a customer: machine, started at, amount charged. Customers have a name.');
    expect(field(m, 'cycle', 'customer')).toMatchObject({ type: 'lookup', reference: 'customer' });
    expect(field(m, 'cycle', 'started_at')?.type).toBe('datetime');
  });

  it('keeps a record made by one record for another the subject of the list that follows', () => {
    const m = understandPrompt('Classes have a name. The enrolments made by a dancer for a class, each with an enrolment date and a paid flag that defaults to no.');
    expect(field(m, 'enrolment', 'class')).toMatchObject({ type: 'lookup', reference: 'class' });
    expect(field(m, 'enrolment', 'paid')).toMatchObject({ type: 'boolean', defaultValue: false });
  });

  it('reads "a member\'s loans" as loans linked to their member', () => {
    const m = understandPrompt('Books have a title. A member\'s loans record which book was borrowed and the due date.');
    expect(names(m)).toEqual(['book', 'member', 'loan']);
    expect(field(m, 'loan', 'member')).toMatchObject({ type: 'lookup', reference: 'member' });
    expect(field(m, 'loan', 'book')).toMatchObject({ type: 'lookup', reference: 'book' });
  });

  it('reads "the talks that a speaker submits" as talks by a speaker', () => {
    expect(normalizeText('the talks that a speaker submits')).toBe('the talks by a speaker');
    expect(normalizeText('the fields that a user has')).toBe('the fields that a user has');
  });
});

describe('markers and types in many phrasings', () => {
  it('honours "that must be unique", "which is required" and "with default x"', () => {
    const m = understandPrompt('Cases have a case number that must be unique, a title which is required and a status open/closed with default open.');
    expect(field(m, 'case', 'case_number')).toMatchObject({ type: 'text', unique: true });
    expect(field(m, 'case', 'title')?.required).toBe(true);
    expect(field(m, 'case', 'status')).toMatchObject({ defaultValue: 'open' });
  });

  it('types a yes/no default on an untyped field as a checkbox, and "y/n" as yes/no', () => {
    const m = understandPrompt('Matches: opponent, streamed (default no), home game y/n');
    expect(field(m, 'match', 'streamed')).toMatchObject({ type: 'boolean', defaultValue: false });
    expect(field(m, 'match', 'home_game')?.type).toBe('boolean');
  });

  it('types "helmet included" as yes/no but "date completed" as a date', () => {
    const m = understandPrompt('Rentals have a helmet included and a date completed.');
    expect(field(m, 'rental', 'helmet_included')?.type).toBe('boolean');
    expect(field(m, 'rental', 'date_completed')?.type).toBe('date');
  });

  it('names "the date it was listed" listed_on, a date', () => {
    const m = understandPrompt('Properties have an address and the date it was listed on the market.');
    expect(field(m, 'property', 'listed_on')?.type).toBe('date');
  });
});

describe('sentences that name the record another way', () => {
  it('reads "For every X we want ..." and "Each X we register ..." as X\'s fields', () => {
    const m = understandPrompt('Vets have a name. For every vaccination we want vaccine name, date given and the vet. Each plot we register name and soil type.');
    expect(field(m, 'vaccination', 'vaccine_name')?.type).toBe('text');
    expect(field(m, 'vaccination', 'vet')).toMatchObject({ type: 'lookup', reference: 'vet' });
    expect(field(m, 'plot', 'soil_type')).toBeDefined();
  });

  it('keeps "each claim" the subject of "is filed against a policy", but "laptops are assets" names assets', () => {
    const m = understandPrompt('Policies have a number. Each claim is filed against a policy with an amount.');
    expect(names(m)).toEqual(['policy', 'claim']);
    expect(field(m, 'claim', 'policy')).toMatchObject({ type: 'lookup', reference: 'policy' });
    expect(field(m, 'claim', 'amount')?.type).toBe('currency');
  });

  it('starts a new subject after "has many rides, and a ride has"', () => {
    const m = understandPrompt('Drivers have a name and how many seats they have. Each driver has many rides, and a ride has a pickup point and a status (planned, full).');
    expect(field(m, 'driver', 'number_of_seats')?.type).toBe('number');
    expect(field(m, 'ride', 'driver')).toMatchObject({ type: 'lookup', reference: 'driver' });
    expect(labels(m, 'ride', 'status')).toEqual(['Planned', 'Full']);
    expect(field(m, 'driver', 'pickup_point')).toBeUndefined();
  });
});

describe('defaults and types written apart from the field', () => {
  it('sets "default package is basic" on the field named earlier, and ignores it when no field has that name', () => {
    const m = understandPrompt('Washes: plate number, package basic/deluxe/premium, price. Default package is basic.');
    expect(field(m, 'wash', 'package')).toMatchObject({ defaultValue: 'basic' });
    const none = understandPrompt('Washes: plate number, price. Default package is basic.');
    expect(field(none, 'wash', 'package')).toBeUndefined();
  });

  it('lets written options override a guessed type ("level" is not a number once its values are given)', () => {
    const m = understandPrompt('Lessons have a date and a level. Level possible values are beginner, expert.');
    expect(field(m, 'lesson', 'level')?.type).toBe('select');
    expect(labels(m, 'lesson', 'level')).toEqual(['Beginner', 'Expert']);
  });

  it('types "rate per word" as money, "interest rate" as percent, "ready by" as a date and "alcohol %" as percent', () => {
    const m = understandPrompt('Jobs have a rate per word, an interest rate, a ready by and an alcohol %.');
    expect(field(m, 'job', 'rate_per_word')?.type).toBe('currency');
    expect(field(m, 'job', 'interest_rate')?.type).toBe('percent');
    expect(field(m, 'job', 'ready_by')?.type).toBe('date');
    expect(field(m, 'job', 'alcohol')?.type).toBe('percent');
  });
});

describe('choices that look like records', () => {
  it('reads a group joined by "or" as a choice, never as a record\'s fields', () => {
    const m = understandPrompt('Shipments have a tracking number, the carrier (UPS, FedEx, DHL or USPS) and the ship date.');
    expect(names(m)).toEqual(['shipment']);
    expect(field(m, 'shipment', 'tracking_number')?.type).toBe('text');
    expect(labels(m, 'shipment', 'carrier')).toEqual(['UPS', 'FedEx', 'DHL', 'USPS']);
  });

  it('reads "the fund, which is general, building or missions" as the fund\'s options, and two items need an "or"', () => {
    expect(normalizeText('the fund, which is general, building or missions.')).toBe('the fund (general, building, missions).');
    expect(normalizeText('the owner, which is a person and a company.')).toBe('the owner, which is a person and a company.');
  });

  it('keeps "in the oven" and "out for delivery" whole as options', () => {
    const m = understandPrompt('Orders have a total and a status: received, in the oven, out for delivery, delivered.');
    expect(labels(m, 'order', 'status')).toEqual(['Received', 'In the Oven', 'Out for Delivery', 'Delivered']);
  });
});

