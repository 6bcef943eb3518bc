/*
 * Held-out prompts: written after the generator was tuned on BENCH_PROMPTS and never used
 * to change it, so their scores estimate how the pipeline does on unseen phrasing.
 */
import type { BenchPrompt, ExpectedField, ExpectedType } from './prompts';

const f = (name: string | string[], type: ExpectedType | ExpectedType[]): ExpectedField => ({ name, type });

export const HELDOUT_PROMPTS: BenchPrompt[] = [
  {
    id: 'ho-dentist',
    text: 'dentist office app. Patients have a name, phone, email and insurance number. Appointments belong to a patient and have a start time, procedure and cost.',
    entities: [
      { name: 'patient', exhaustive: true, fields: [f('name', 'text'), f(['phone', 'phone_number'], 'phone'), f('email', 'email'), f('insurance_number', 'text')] },
      { name: 'appointment', exhaustive: true, fields: [f('patient', 'lookup'), f('start_time', 'datetime'), f('procedure', ['text', 'select']), f('cost', 'currency')] },
    ],
  },
  {
    id: 'ho-movies',
    text: 'i want to keep a list of movies i watched with the title, director, release year, my rating and whether i would recommend it',
    entities: [
      {
        name: 'movie',
        exhaustive: true,
        fields: [f('title', 'text'), f('director', 'text'), f('release_year', 'number'), f(['my_rating', 'rating'], ['rating', 'number']), f(['recommend', 'would_recommend'], 'boolean')],
      },
    ],
  },
  {
    id: 'ho-subscriptions',
    text: 'Track customers and their subscriptions. A subscription belongs to a customer and has a plan, monthly price, start date, renewal date and status.',
    entities: [
      { name: 'customer', fields: [f('name', 'text')] },
      {
        name: 'subscription',
        exhaustive: true,
        fields: [f('customer', 'lookup'), f('plan', ['select', 'text']), f('monthly_price', 'currency'), f('start_date', 'date'), f('renewal_date', 'date'), f('status', 'select')],
      },
    ],
  },
  {
    id: 'ho-timesheets',
    text: 'Consultants log timesheets against projects. Each timesheet has a date, hours, a description and a billable flag, and belongs to a project.',
    entities: [
      { name: 'project', fields: [f('name', 'text')] },
      {
        name: 'timesheet',
        fields: [f('date', 'date'), f('hours', 'number'), f('description', 'textarea'), f(['billable', 'is_billable'], 'boolean'), f('project', 'lookup')],
      },
    ],
    optionalEntities: ['consultant'],
  },
  {
    id: 'ho-library-vague',
    text: 'a library app',
    entities: [
      { name: 'book', fields: [f('title', 'text')] },
      { name: 'member', fields: [f('name', 'text')] },
    ],
    optionalEntities: ['loan', 'author', 'checkout'],
  },
  {
    id: 'ho-shop-orders',
    text: 'online shop with products (name, price, stock, image) and orders. Orders have a customer email, shipping address, order total and a status. Each order has many order lines.',
    entities: [
      { name: 'product', exhaustive: true, fields: [f('name', 'text'), f('price', 'currency'), f('stock', 'number'), f('image', 'image')] },
      { name: 'order', fields: [f('customer_email', 'email'), f('shipping_address', ['address', 'text', 'textarea']), f('order_total', 'currency'), f('status', 'select')] },
      { name: ['order_line', 'order_item'], fields: [f('order', ['lookup', 'master_detail'])] },
    ],
  },
  {
    id: 'ho-nonsense',
    text: 'lorem ipsum dolor sit amet',
    entities: [],
  },
  {
    id: 'ho-training',
    text: 'Employee training tracker: courses with a title, provider, duration in hours and cost; employees complete courses, and each completion records the completion date and score.',
    entities: [
      { name: 'course', exhaustive: true, fields: [f('title', 'text'), f('provider', 'text'), f(['duration_in_hours', 'duration', 'duration_hours'], 'number'), f('cost', 'currency')] },
      { name: 'employee', fields: [f('name', 'text')] },
      { name: 'completion', fields: [f('completion_date', 'date'), f('score', ['number', 'percent'])] },
    ],
  },
  {
    id: 'ho-equipment-rental',
    text: 'equipment rental: items have a name, daily price and condition; customers rent items; every rental must have a start date and end date and is linked to an item and a customer',
    entities: [
      { name: 'item', fields: [f('name', 'text'), f('daily_price', 'currency'), f('condition', 'select')] },
      { name: 'customer', fields: [f('name', 'text')] },
      { name: 'rental', fields: [f('start_date', 'date'), f('end_date', 'date'), f('item', 'lookup'), f('customer', 'lookup')] },
    ],
  },
  {
    id: 'ho-conference',
    text: 'Conference app: talks, speakers and rooms. A talk has a title, abstract, start time and level, is given by a speaker and takes place in a room.',
    entities: [
      { name: 'talk', fields: [f('title', 'text'), f('abstract', 'textarea'), f('start_time', 'datetime'), f('level', 'select'), f('speaker', 'lookup'), f('room', 'lookup')] },
      { name: 'speaker', fields: [f('name', 'text')] },
      { name: 'room', fields: [f('name', 'text')] },
    ],
  },
];
