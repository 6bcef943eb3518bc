/*
 * Benchmark prompts for the built-in generator, with the answer a careful human expects.
 * Written before the generator was tuned; a name or type given as an array lists every
 * answer a human reviewer would accept. `exhaustive` marks entities whose prompt lists all
 * their fields, so any extra generated field there counts against precision.
 */

export type ExpectedType =
  | 'text' | 'textarea' | 'email' | 'phone' | 'url' | 'number' | 'currency' | 'percent'
  | 'date' | 'datetime' | 'time' | 'boolean' | 'select' | 'multiselect' | 'lookup'
  | 'master_detail' | 'user' | 'autonumber' | 'file' | 'image' | 'rating' | 'tags'
  | 'address' | 'richtext' | 'markdown' | 'formula';

export interface ExpectedField {
  name: string | string[];
  type: ExpectedType | ExpectedType[];
}

export interface ExpectedEntity {
  name: string | string[];
  fields: ExpectedField[];
  exhaustive?: boolean;
}

export interface BenchPrompt {
  id: string;
  text: string;
  entities: ExpectedEntity[];
  /** Entities a reviewer would accept but not demand (neither a hit nor a miss). */
  optionalEntities?: string[];
}

const f = (name: string | string[], type: ExpectedType | ExpectedType[]): ExpectedField => ({ name, type });
const TEXT_OR_LONG: ExpectedType[] = ['text', 'textarea'];

export const BENCH_PROMPTS: BenchPrompt[] = [
  {
    id: 'crm-issue',
    text: 'a CRM with accounts, contacts and deals; deals have an amount, a stage and a close date and belong to an account',
    entities: [
      { name: 'account', fields: [f('name', 'text')] },
      { name: 'contact', fields: [f('email', 'email')] },
      {
        name: 'deal',
        exhaustive: true,
        fields: [f('amount', 'currency'), f('stage', 'select'), f('close_date', 'date'), f('account', 'lookup')],
      },
    ],
  },
  {
    id: 'helpdesk-vague',
    text: 'a helpdesk',
    entities: [
      {
        name: ['ticket', 'support_ticket'],
        fields: [f(['subject', 'title'], 'text'), f('description', 'textarea'), f('status', 'select'), f('priority', 'select')],
      },
    ],
    optionalEntities: ['customer', 'agent', 'contact', 'requester', 'comment'],
  },
  {
    id: 'inventory-suppliers',
    text: 'Simple inventory app: products with name, SKU, price and quantity in stock, and suppliers. Each product belongs to a supplier.',
    entities: [
      {
        name: 'product',
        exhaustive: true,
        fields: [
          f('name', 'text'), f('sku', 'text'), f('price', 'currency'),
          f(['quantity_in_stock', 'quantity', 'stock', 'stock_quantity'], 'number'), f('supplier', 'lookup'),
        ],
      },
      { name: 'supplier', fields: [f('name', 'text')] },
    ],
  },
  {
    id: 'hr-leave',
    text: 'I need to manage employees (name, email, department, hire date, salary) and leave requests with start date, end date, reason and status. Each leave request belongs to an employee.',
    entities: [
      {
        name: 'employee',
        exhaustive: true,
        fields: [
          f('name', 'text'), f('email', 'email'), f('department', ['text', 'select', 'lookup']),
          f('hire_date', 'date'), f('salary', 'currency'),
        ],
      },
      {
        name: 'leave_request',
        exhaustive: true,
        fields: [
          f('start_date', 'date'), f('end_date', 'date'), f('reason', TEXT_OR_LONG),
          f('status', 'select'), f('employee', 'lookup'),
        ],
      },
    ],
  },
  {
    id: 'projects-tasks',
    text: 'project management tool. Projects have many tasks. Tasks have a title, due date, priority and are assigned to a user.',
    entities: [
      { name: 'project', fields: [f(['name', 'title'], 'text')] },
      {
        name: 'task',
        exhaustive: true,
        fields: [
          f('title', 'text'), f('due_date', 'date'), f('priority', 'select'),
          f(['assigned_to', 'assignee'], ['user', 'lookup']), f('project', ['lookup', 'master_detail']),
        ],
      },
    ],
  },
  {
    id: 'support-tickets-customers',
    text: 'track support tickets: subject, description, status, priority; each ticket is linked to a customer. customers have a name, email and phone number',
    entities: [
      {
        name: ['support_ticket', 'ticket'],
        exhaustive: true,
        fields: [
          f(['subject', 'title'], 'text'), f('description', 'textarea'), f('status', 'select'),
          f('priority', 'select'), f('customer', 'lookup'),
        ],
      },
      {
        name: 'customer',
        exhaustive: true,
        fields: [f('name', 'text'), f('email', 'email'), f(['phone_number', 'phone'], 'phone')],
      },
    ],
  },
  {
    id: 'book-explicit-types',
    text: 'Object: Book. Fields: title (text), ISBN (text), author (text), published date (date), available (yes/no), price (currency).',
    entities: [
      {
        name: 'book',
        exhaustive: true,
        fields: [
          f('title', 'text'), f('isbn', 'text'), f('author', 'text'), f('published_date', 'date'),
          f(['available', 'is_available'], 'boolean'), f('price', 'currency'),
        ],
      },
    ],
  },
  {
    id: 'events-attendees',
    text: 'events app — events with a name, venue, start time, end time, capacity and ticket price; attendees register for events and have a name, email and whether they checked in',
    entities: [
      {
        name: 'event',
        exhaustive: true,
        fields: [
          f('name', 'text'), f('venue', ['text', 'lookup']), f('start_time', 'datetime'), f('end_time', 'datetime'),
          f('capacity', 'number'), f('ticket_price', 'currency'),
        ],
      },
      {
        name: 'attendee',
        fields: [f('name', 'text'), f('email', 'email'), f(['checked_in', 'is_checked_in'], 'boolean'), f('event', 'lookup')],
      },
    ],
  },
  {
    id: 'real-estate',
    text: 'real estate agency: properties, agents and viewings. a property has an address, asking price, bedrooms, bathrooms, square footage and a listing status. viewings belong to a property and have a scheduled time and notes.',
    entities: [
      {
        name: 'property',
        exhaustive: true,
        fields: [
          f('address', ['address', 'text', 'textarea']), f('asking_price', 'currency'),
          f(['bedrooms', 'number_of_bedrooms'], 'number'), f(['bathrooms', 'number_of_bathrooms'], 'number'),
          f('square_footage', 'number'), f(['listing_status', 'status'], 'select'),
        ],
      },
      { name: 'agent', fields: [f('name', 'text')] },
      {
        name: 'viewing',
        exhaustive: true,
        fields: [f('property', ['lookup', 'master_detail']), f(['scheduled_time', 'scheduled_at'], 'datetime'), f('notes', 'textarea')],
      },
    ],
  },
  {
    id: 'school',
    text: 'school app with students, courses and teachers. students have a name, date of birth and grade level. each course has a teacher, a title, credits and a start date.',
    entities: [
      {
        name: 'student',
        exhaustive: true,
        fields: [f('name', 'text'), f('date_of_birth', 'date'), f('grade_level', ['select', 'number', 'text'])],
      },
      {
        name: 'course',
        exhaustive: true,
        fields: [f('teacher', 'lookup'), f('title', 'text'), f('credits', 'number'), f('start_date', 'date')],
      },
      { name: 'teacher', fields: [f('name', 'text')] },
    ],
  },
  {
    id: 'library-loans',
    text: 'library system: books, members and loans. A loan belongs to a book and a member, with a due date and a returned flag.',
    entities: [
      { name: 'book', fields: [f('title', 'text')] },
      { name: 'member', fields: [f('name', 'text')] },
      {
        name: 'loan',
        exhaustive: true,
        fields: [f('book', 'lookup'), f('member', 'lookup'), f('due_date', 'date'), f(['returned', 'is_returned'], 'boolean')],
      },
    ],
  },
  {
    id: 'recruiting-vague',
    text: 'recruiting: job openings, candidates, interviews',
    entities: [
      { name: ['job_opening', 'job', 'opening'], fields: [f(['title', 'name'], 'text')] },
      { name: 'candidate', fields: [f('email', 'email')] },
      { name: 'interview', fields: [f(['scheduled_at', 'date', 'interview_date', 'scheduled_time', 'date_time'], ['datetime', 'date'])] },
    ],
  },
  {
    id: 'fleet',
    text: 'fleet management: vehicles with make, model, year, license plate, mileage and status; drivers with name, license number and phone; each vehicle is assigned to a driver.',
    entities: [
      {
        name: 'vehicle',
        exhaustive: true,
        fields: [
          f('make', 'text'), f('model', 'text'), f('year', 'number'), f('license_plate', 'text'),
          f('mileage', 'number'), f('status', 'select'), f(['driver', 'assigned_to'], 'lookup'),
        ],
      },
      {
        name: 'driver',
        exhaustive: true,
        fields: [f('name', 'text'), f('license_number', 'text'), f(['phone', 'phone_number'], 'phone')],
      },
    ],
  },
  {
    id: 'restaurant-reservations',
    text: 'restaurant reservations: guests book tables. reservations have a guest name, party size, reservation time, table and special requests',
    entities: [
      {
        name: 'reservation',
        fields: [
          f('guest_name', 'text'), f('party_size', 'number'), f('reservation_time', 'datetime'),
          f('table', ['lookup', 'text', 'number']), f('special_requests', TEXT_OR_LONG),
        ],
      },
    ],
    optionalEntities: ['guest', 'table'],
  },
  {
    id: 'gym',
    text: 'gym membership app: members, trainers, classes and memberships. Members have a name, email, phone and join date. Memberships belong to a member and have a plan, price, start date and end date.',
    entities: [
      {
        name: 'member',
        exhaustive: true,
        fields: [f('name', 'text'), f('email', 'email'), f(['phone', 'phone_number'], 'phone'), f('join_date', 'date')],
      },
      { name: 'trainer', fields: [f('name', 'text')] },
      { name: ['class', 'gym_class', 'fitness_class'], fields: [f(['name', 'title'], 'text')] },
      {
        name: 'membership',
        exhaustive: true,
        fields: [
          f('member', ['lookup', 'master_detail']), f('plan', ['select', 'text']), f('price', 'currency'),
          f('start_date', 'date'), f('end_date', 'date'),
        ],
      },
    ],
  },
  {
    id: 'clinic',
    text: 'clinic: patients and appointments. patients: name, date of birth, phone, email, insurance provider. appointments: patient, doctor, date and time, reason, status.',
    entities: [
      {
        name: 'patient',
        exhaustive: true,
        fields: [
          f('name', 'text'), f('date_of_birth', 'date'), f(['phone', 'phone_number'], 'phone'), f('email', 'email'),
          f('insurance_provider', 'text'),
        ],
      },
      {
        name: 'appointment',
        exhaustive: true,
        fields: [
          f('patient', 'lookup'), f('doctor', ['text', 'lookup', 'user']),
          f(['date_and_time', 'date_time', 'appointment_time', 'scheduled_at', 'datetime'], 'datetime'),
          f('reason', TEXT_OR_LONG), f('status', 'select'),
        ],
      },
    ],
    optionalEntities: ['doctor'],
  },
  {
    id: 'crm-vague',
    text: 'a simple crm',
    entities: [
      { name: 'account', fields: [f('name', 'text')] },
      { name: 'contact', fields: [f('email', 'email')] },
      { name: ['deal', 'opportunity'], fields: [f('amount', 'currency'), f('stage', 'select')] },
    ],
    optionalEntities: ['lead', 'activity', 'task'],
  },
  {
    id: 'hr-vague',
    text: 'hr system',
    entities: [{ name: 'employee', fields: [f('email', 'email')] }],
    optionalEntities: ['department', 'leave_request', 'position', 'job_title', 'time_off_request'],
  },
  {
    id: 'inventory-vague',
    text: 'inventory tracking',
    entities: [
      {
        name: ['product', 'item', 'inventory_item'],
        fields: [f('sku', 'text'), f(['quantity', 'quantity_in_stock', 'stock', 'quantity_on_hand'], 'number')],
      },
    ],
    optionalEntities: ['supplier', 'warehouse', 'category', 'stock_movement', 'purchase_order', 'location'],
  },
  {
    id: 'purchase-orders',
    text: 'purchase orders with a supplier, order date, total amount and status, and purchase order line items with product, quantity and unit price. Line items are part of a purchase order.',
    entities: [
      {
        name: 'purchase_order',
        fields: [
          f('supplier', ['lookup', 'text']), f('order_date', 'date'), f('total_amount', 'currency'), f('status', 'select'),
        ],
      },
      {
        name: ['purchase_order_line_item', 'line_item', 'purchase_order_line'],
        fields: [
          f('product', ['lookup', 'text']), f('quantity', 'number'), f('unit_price', 'currency'),
          f('purchase_order', ['master_detail', 'lookup']),
        ],
      },
    ],
    optionalEntities: ['supplier', 'product'],
  },
  {
    id: 'expenses',
    text: 'expense tracker: expenses with amount, date, category, description and a receipt',
    entities: [
      {
        name: 'expense',
        exhaustive: true,
        fields: [
          f('amount', 'currency'), f(['date', 'expense_date'], 'date'), f('category', 'select'),
          f('description', 'textarea'), f('receipt', ['file', 'image']),
        ],
      },
    ],
  },
  {
    id: 'todo-vague',
    text: 'a to-do app',
    entities: [
      {
        name: ['task', 'todo', 'to_do', 'todo_item'],
        fields: [
          f(['title', 'name'], 'text'),
          f(['completed', 'done', 'is_completed', 'is_done', 'status'], ['boolean', 'select']),
        ],
      },
    ],
    optionalEntities: ['project', 'list', 'todo_list', 'tag'],
  },
  {
    id: 'orders-items',
    text: 'Customers place orders. Orders have an order date, total and status and contain order items; each order item has a product, quantity and price.',
    entities: [
      { name: 'customer', fields: [f('name', 'text')] },
      {
        name: 'order',
        fields: [f('order_date', 'date'), f('total', 'currency'), f('status', 'select'), f('customer', 'lookup')],
      },
      {
        name: 'order_item',
        fields: [
          f('product', ['lookup', 'text']), f('quantity', 'number'), f('price', 'currency'),
          f('order', ['lookup', 'master_detail']),
        ],
      },
    ],
    optionalEntities: ['product'],
  },
  {
    id: 'car-rental',
    text: "we run a car rental business: cars (make, model, daily rate, available?) and rentals linked to a car and a customer with pickup date and return date",
    entities: [
      {
        name: 'car',
        exhaustive: true,
        fields: [f('make', 'text'), f('model', 'text'), f('daily_rate', 'currency'), f(['available', 'is_available'], 'boolean')],
      },
      {
        name: 'rental',
        exhaustive: true,
        fields: [f('car', 'lookup'), f('customer', 'lookup'), f('pickup_date', 'date'), f('return_date', 'date')],
      },
      { name: 'customer', fields: [f('name', 'text')] },
    ],
  },
  {
    id: 'volunteers',
    text: 'Volunteer management: volunteers with name, email, phone, skills and availability; shifts with a date, start time, end time and location; volunteers sign up for shifts',
    entities: [
      {
        name: 'volunteer',
        fields: [
          f('name', 'text'), f('email', 'email'), f(['phone', 'phone_number'], 'phone'),
          f('skills', ['tags', 'multiselect', 'textarea', 'text']),
          f('availability', ['text', 'textarea', 'select', 'multiselect']),
        ],
      },
      {
        name: 'shift',
        fields: [
          f(['date', 'shift_date'], 'date'), f('start_time', ['datetime', 'time']), f('end_time', ['datetime', 'time']),
          f('location', ['text', 'address']),
        ],
      },
    ],
    optionalEntities: ['signup', 'shift_signup', 'volunteer_shift'],
  },
  {
    id: 'book-collection',
    text: "keep track of my book collection: title, author, genre, rating and whether I've read it",
    entities: [
      {
        name: 'book',
        exhaustive: true,
        fields: [
          f('title', 'text'), f('author', 'text'), f('genre', ['select', 'text']), f('rating', ['rating', 'number']),
          f(['read', 'is_read', 'has_read'], 'boolean'),
        ],
      },
    ],
  },
  {
    id: 'bug-tracker',
    text: 'a bug tracker where each bug has a title, severity, status, steps to reproduce and is assigned to a developer',
    entities: [
      {
        name: 'bug',
        exhaustive: true,
        fields: [
          f('title', 'text'), f('severity', 'select'), f('status', 'select'), f('steps_to_reproduce', 'textarea'),
          f(['assigned_to', 'developer', 'assignee'], ['user', 'lookup']),
        ],
      },
    ],
    optionalEntities: ['developer', 'project'],
  },
  {
    id: 'sales-leads',
    text: 'Sales pipeline with leads. A lead has a first name, last name, company, email, phone, lead source and a status. Leads can be converted to opportunities which have an amount, probability and expected close date.',
    entities: [
      {
        name: 'lead',
        exhaustive: true,
        fields: [
          f('first_name', 'text'), f('last_name', 'text'), f('company', 'text'), f('email', 'email'),
          f(['phone', 'phone_number'], 'phone'), f(['lead_source', 'source'], 'select'), f('status', 'select'),
        ],
      },
      {
        name: 'opportunity',
        fields: [f('amount', 'currency'), f('probability', 'percent'), f('expected_close_date', 'date')],
      },
    ],
  },
  {
    id: 'it-assets',
    text: "Asset management for IT: laptops and monitors are assets with a serial number, purchase date, purchase cost, warranty expiry and the employee they're assigned to",
    entities: [
      {
        name: 'asset',
        fields: [
          f('serial_number', 'text'), f('purchase_date', 'date'), f('purchase_cost', 'currency'),
          f(['warranty_expiry', 'warranty_expiry_date', 'warranty_expiration'], 'date'),
          f(['employee', 'assigned_to'], ['lookup', 'user']),
        ],
      },
    ],
    optionalEntities: ['employee'],
  },
  {
    id: 'property-units',
    text: 'Property management: buildings have many units; units have a unit number, floor, bedrooms, monthly rent and an occupied flag; tenants lease units with a lease start and lease end',
    entities: [
      { name: 'building', fields: [f('name', 'text')] },
      {
        name: 'unit',
        exhaustive: true,
        fields: [
          f('unit_number', ['text', 'number', 'autonumber']), f('floor', 'number'), f(['bedrooms', 'number_of_bedrooms'], 'number'),
          f('monthly_rent', 'currency'), f(['occupied', 'is_occupied'], 'boolean'), f('building', ['lookup', 'master_detail']),
        ],
      },
      {
        name: 'tenant',
        fields: [f(['lease_start', 'lease_start_date'], 'date'), f(['lease_end', 'lease_end_date'], 'date'), f('unit', 'lookup')],
      },
    ],
    optionalEntities: ['lease'],
  },
  {
    id: 'workouts',
    text: 'I want an app for tracking my workouts: each workout has a date, type, duration in minutes, calories burned and notes',
    entities: [
      {
        name: 'workout',
        exhaustive: true,
        fields: [
          f(['date', 'workout_date'], 'date'), f('type', 'select'),
          f(['duration', 'duration_in_minutes', 'duration_minutes'], 'number'), f('calories_burned', 'number'),
          f('notes', 'textarea'),
        ],
      },
    ],
  },
  {
    id: 'event-planning',
    text: 'event planning: events, venues, vendors and guests. Guests RSVP to an event (yes, no, maybe). Vendors have a service type and contact email. Venues have a capacity and an address.',
    entities: [
      { name: 'event', fields: [f(['name', 'title'], 'text')] },
      { name: 'venue', fields: [f('capacity', 'number'), f('address', ['address', 'text', 'textarea'])] },
      { name: 'vendor', fields: [f('service_type', ['select', 'text']), f('contact_email', 'email')] },
      { name: 'guest', fields: [f(['rsvp', 'rsvp_status'], 'select'), f('event', 'lookup')] },
    ],
  },
  {
    id: 'courses-lessons',
    text: 'Course platform: courses have lessons; a lesson has a title, video url, duration and order',
    entities: [
      { name: 'course', fields: [f(['title', 'name'], 'text')] },
      {
        name: 'lesson',
        exhaustive: true,
        fields: [
          f('title', 'text'), f('video_url', 'url'), f(['duration', 'duration_minutes'], 'number'),
          f(['order', 'position', 'sort_order', 'lesson_order'], 'number'), f('course', ['lookup', 'master_detail']),
        ],
      },
    ],
  },
  { id: 'nonsense-hello', text: 'hello', entities: [] },
  { id: 'nonsense-keyboard', text: 'asdf qwer', entities: [] },
  { id: 'nonsense-pop', text: 'make it pop', entities: [] },
  { id: 'nonsense-app', text: 'build me an app', entities: [] },
  {
    id: 'contacts-explicit',
    text: 'Contacts: first name, last name, email, phone, birthday, linkedin url, notes',
    entities: [
      {
        name: 'contact',
        exhaustive: true,
        fields: [
          f('first_name', 'text'), f('last_name', 'text'), f('email', 'email'), f(['phone', 'phone_number'], 'phone'),
          f('birthday', 'date'), f('linkedin_url', 'url'), f('notes', 'textarea'),
        ],
      },
    ],
  },
  {
    id: 'warehouse',
    text: 'A warehouse app. Warehouses have a name, location and capacity. Stock items belong to a warehouse and a product and have a quantity and reorder level. Products have a name, SKU, unit price and category.',
    entities: [
      {
        name: 'warehouse',
        exhaustive: true,
        fields: [f('name', 'text'), f('location', ['text', 'address']), f('capacity', 'number')],
      },
      {
        name: 'stock_item',
        exhaustive: true,
        fields: [f('warehouse', 'lookup'), f('product', 'lookup'), f('quantity', 'number'), f('reorder_level', 'number')],
      },
      {
        name: 'product',
        exhaustive: true,
        fields: [f('name', 'text'), f('sku', 'text'), f('unit_price', 'currency'), f('category', ['select', 'text'])],
      },
    ],
  },
  {
    id: 'recruiting-pipeline',
    text: 'Recruiting pipeline: job postings with title, department, location, salary range and status. Applications belong to a job posting and a candidate, with stage (applied, screening, interview, offer, hired, rejected) and applied date. Candidates have name, email, phone and resume.',
    entities: [
      {
        name: 'job_posting',
        exhaustive: true,
        fields: [
          f('title', 'text'), f('department', ['text', 'select', 'lookup']), f('location', 'text'),
          f('salary_range', ['text', 'currency']), f('status', 'select'),
        ],
      },
      {
        name: 'application',
        exhaustive: true,
        fields: [f('job_posting', 'lookup'), f('candidate', 'lookup'), f('stage', 'select'), f('applied_date', 'date')],
      },
      {
        name: 'candidate',
        exhaustive: true,
        fields: [f('name', 'text'), f('email', 'email'), f(['phone', 'phone_number'], 'phone'), f('resume', 'file')],
      },
    ],
  },
  {
    id: 'invoicing',
    text: 'Invoicing: clients, invoices and payments. Invoices belong to a client and have an invoice number, issue date, due date, total and status. Payments belong to an invoice and have an amount, payment date and method.',
    entities: [
      { name: 'client', fields: [f('name', 'text')] },
      {
        name: 'invoice',
        exhaustive: true,
        fields: [
          f('client', 'lookup'), f('invoice_number', ['autonumber', 'text']), f('issue_date', 'date'), f('due_date', 'date'),
          f('total', 'currency'), f('status', 'select'),
        ],
      },
      {
        name: 'payment',
        exhaustive: true,
        fields: [
          f('invoice', ['lookup', 'master_detail']), f('amount', 'currency'), f('payment_date', 'date'),
          f(['method', 'payment_method'], 'select'),
        ],
      },
    ],
  },
  {
    id: 'hotel',
    text: 'manage hotel rooms and bookings. rooms have a room number, type, nightly rate and status. a booking is for a room and a guest, with check-in date, check-out date and number of guests.',
    entities: [
      {
        name: 'room',
        exhaustive: true,
        fields: [
          f('room_number', ['text', 'number']), f('type', 'select'), f('nightly_rate', 'currency'), f('status', 'select'),
        ],
      },
      {
        name: 'booking',
        fields: [
          f('room', 'lookup'), f('guest', ['lookup', 'text']), f('check_in_date', 'date'), f('check_out_date', 'date'),
          f(['number_of_guests', 'guests', 'guest_count'], 'number'),
        ],
      },
    ],
    optionalEntities: ['guest'],
  },
  {
    id: 'donors',
    text: 'Nonprofit donor management with donors, donations and campaigns. A donation is made by a donor to a campaign and has an amount, date and payment method. Campaigns have a name, goal amount, start date and end date.',
    entities: [
      { name: 'donor', fields: [f('name', 'text')] },
      {
        name: 'donation',
        exhaustive: true,
        fields: [
          f('donor', 'lookup'), f('campaign', 'lookup'), f('amount', 'currency'), f(['date', 'donation_date'], 'date'),
          f('payment_method', 'select'),
        ],
      },
      {
        name: 'campaign',
        exhaustive: true,
        fields: [f('name', 'text'), f('goal_amount', 'currency'), f('start_date', 'date'), f('end_date', 'date')],
      },
    ],
  },
  {
    id: 'maintenance',
    text: 'Maintenance requests for our apartment building: tenants submit requests with a description, urgency, photo and preferred date; each request is assigned to a technician and has a status',
    entities: [
      {
        name: ['maintenance_request', 'request'],
        fields: [
          f('description', 'textarea'), f(['urgency', 'priority'], 'select'), f('photo', 'image'),
          f('preferred_date', 'date'), f(['assigned_to', 'technician'], ['user', 'lookup']), f('status', 'select'),
        ],
      },
    ],
    optionalEntities: ['tenant', 'technician', 'building', 'apartment'],
  },
  {
    id: 'blog',
    text: 'blog with posts, authors and comments. posts have a title, body, published at, tags and an author. comments belong to a post',
    entities: [
      {
        name: 'post',
        exhaustive: true,
        fields: [
          f('title', 'text'), f('body', ['textarea', 'richtext', 'markdown']), f('published_at', 'datetime'),
          f('tags', ['tags', 'multiselect']), f('author', 'lookup'),
        ],
      },
      { name: 'author', fields: [f('name', 'text')] },
      { name: 'comment', fields: [f('post', ['lookup', 'master_detail'])] },
    ],
  },
  {
    id: 'agency-crm',
    text: 'A CRM for a small agency: we keep companies and the people who work there, and log calls and meetings against each company.',
    entities: [
      { name: ['company', 'account'], fields: [f('name', 'text')] },
      { name: ['contact', 'person'], fields: [f(['company', 'account'], 'lookup')] },
      { name: 'call', fields: [f(['company', 'account'], 'lookup')] },
      { name: 'meeting', fields: [f(['company', 'account'], 'lookup')] },
    ],
    optionalEntities: ['deal', 'activity'],
  },
  {
    id: 'farm',
    text: 'Farm management: fields, crops and harvests. A harvest has a crop, a harvest date, a yield in kg and a quality grade.',
    entities: [
      { name: ['field', 'farm_field'], fields: [f('name', 'text')] },
      { name: 'crop', fields: [f('name', 'text')] },
      {
        name: 'harvest',
        exhaustive: true,
        fields: [
          f('crop', 'lookup'), f('harvest_date', 'date'), f(['yield', 'yield_in_kg', 'yield_kg'], 'number'),
          f('quality_grade', 'select'),
        ],
      },
    ],
  },
  {
    id: 'plants-informal',
    text: 'need something to keep track of my plants: name, species, location, last watered date',
    entities: [
      {
        name: 'plant',
        exhaustive: true,
        fields: [f('name', 'text'), f('species', ['text', 'select']), f('location', 'text'), f('last_watered_date', 'date')],
      },
    ],
  },
  {
    id: 'restaurant-vague',
    text: 'restaurant app',
    entities: [
      { name: ['menu_item', 'dish'], fields: [f('price', 'currency')] },
    ],
    optionalEntities: ['reservation', 'order', 'table', 'order_item', 'category', 'customer', 'guest', 'supplier'],
  },
  {
    id: 'support-required',
    text: 'Support cases must have a subject and a priority. Each case belongs to a contact. A case can also have a resolution and a closed date.',
    entities: [
      {
        name: ['case', 'support_case'],
        exhaustive: true,
        fields: [
          f(['subject', 'title'], 'text'), f('priority', 'select'), f('contact', 'lookup'),
          f('resolution', 'textarea'), f('closed_date', 'date'),
        ],
      },
    ],
    optionalEntities: ['contact'],
  },
  {
    id: 'pet-clinic-long',
    text: 'We are a small veterinary clinic. We need to keep records of pet owners, their pets and visits. An owner has a name, phone and email address. Each pet belongs to an owner and has a name, species, breed, date of birth and weight. A visit is for one pet and records the visit date, the vet, the diagnosis, the treatment and the total cost.',
    entities: [
      {
        name: ['owner', 'pet_owner'],
        exhaustive: true,
        fields: [f('name', 'text'), f(['phone', 'phone_number'], 'phone'), f(['email_address', 'email'], 'email')],
      },
      {
        name: 'pet',
        exhaustive: true,
        fields: [
          f(['owner', 'pet_owner'], ['lookup', 'master_detail']), f('name', 'text'), f('species', ['select', 'text']),
          f('breed', 'text'), f('date_of_birth', 'date'), f('weight', 'number'),
        ],
      },
      {
        name: 'visit',
        exhaustive: true,
        fields: [
          f('pet', 'lookup'), f('visit_date', 'date'), f('vet', ['text', 'user', 'lookup']),
          f('diagnosis', 'textarea'), f('treatment', 'textarea'), f('total_cost', 'currency'),
        ],
      },
    ],
  },
];
