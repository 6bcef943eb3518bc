/*
 * Frozen evaluation set for the app generator (issue 13, "Targets"): prompts written as real
 * users write them, each with the objects, fields, types, options and relationships a careful
 * human modeller would expect. Written on 2026-12-07 by the `gen-eval` engineer WITHOUT reading
 * the generator's code or its own prompt sets (only bench/generator/score.ts for the answer
 * shape and docs/protocol.md section 5 / @objectstack/spec for the field types).
 * FROZEN: do not tune on it. Do not edit expectations to match the reader's output.
 *
 * Conventions of the expectations:
 * - names are snake_case; a list gives accepted alternatives, the first is preferred;
 * - `options` are the labels exactly as the user wrote them (case, spaces, hyphens), in order;
 * - relationships are lookup/master_detail fields on the child object, `reference` names the
 *   object they point to ("each X has many Y" => Y has a field pointing to X);
 * - `required` / `unique` / `defaultValue` appear only where the prompt states them
 *   (`defaultValue` of a select is the option label as written);
 * - only what the prompt states or clearly implies is expected; an object the prompt only
 *   implies may appear with `fields: []`; objects a modeller may reasonably add are listed in
 *   `optionalEntities` (neither rewarded nor penalised);
 * - `expectRefusal` marks prompts in a language the reader is not expected to read: the right
 *   answer is a clear refusal naming that language (or a correct model, if it handles it).
 */

export type UnseenFieldType =
  | 'text' | 'textarea' | 'email' | 'url' | 'phone'
  | 'number' | 'currency' | 'percent'
  | 'date' | 'datetime' | 'time'
  | 'boolean' | 'toggle'
  | 'select' | 'multiselect'
  | 'lookup' | 'master_detail' | 'user'
  | 'address' | 'image' | 'file' | 'rating' | 'progress';

export interface UnseenExpectedField {
  /** Accepted snake_case names; the first is preferred. */
  name: string | string[];
  /** Accepted types. */
  type: UnseenFieldType | UnseenFieldType[];
  /** Select options: labels exactly as the user wrote them, in the user's order. */
  options?: string[];
  /** For lookup / master_detail: accepted names of the object the field points to. */
  reference?: string | string[];
  /** The prompt marks the field required ("(required)", "must be given"). */
  required?: true;
  /** The prompt marks the field unique ("(unique)", "must be unique"). */
  unique?: true;
  /** The default the prompt states; for a select, the option label as written. */
  defaultValue?: string | number | boolean;
}

export interface UnseenExpectedEntity {
  /** Accepted snake_case object names; the first is preferred. */
  name: string | string[];
  fields: UnseenExpectedField[];
  /** True when every field the reader adds beyond these (and its own name field) is wrong. */
  exhaustive?: boolean;
}

export type UnseenStyle =
  | 'terse'           // comma lists, fragments
  | 'flowing'         // long sentences
  | 'bullets'         // bullet / markdown lists
  | 'non-native'      // "we are needing a system for ..."
  | 'conversational'  // "so basically we run a ..."
  | 'option-syntax';  // "status: open | closed", "a/b/c", "(required)", "default low"

export type UnseenConstruct =
  | 'relative-clause' | 'possessive' | 'has-many' | 'later-options'
  | 'percent' | 'yes-no' | 'checkbox' | 'listed-on' | 'expected-delivery'
  | 'money' | 'email' | 'phone' | 'url' | 'required' | 'unique' | 'default';

export interface UnseenPrompt {
  id: string;
  domain: string;
  style: UnseenStyle;
  constructs: UnseenConstruct[];
  /** The prompt, exactly as a user would type it. */
  text: string;
  /** Empty when a refusal is expected. */
  entities: UnseenExpectedEntity[];
  optionalEntities?: string[];
  /** The language the reader should name when it refuses. */
  expectRefusal?: 'German' | 'Spanish' | 'French';
}

type T = UnseenFieldType;
type F = UnseenExpectedField;
const REL: T[] = ['lookup', 'master_detail'];
const LONG: T[] = ['textarea', 'text'];
const ADDR: T[] = ['text', 'textarea', 'address'];
const NAME = ['name', 'full_name'];
const f = (name: string | string[], type: T | T[], extra: Partial<F> = {}): F => ({ name, type, ...extra });
const sel = (name: string | string[], options: string[], extra: Partial<F> = {}): F => ({ name, type: 'select', options, ...extra });
const lk = (ref: string | string[], names?: string[], extra: Partial<F> = {}): F => {
  const refs = Array.isArray(ref) ? ref : [ref];
  return { name: names ?? refs.flatMap((r) => [r, `${r}_id`]), type: REL, reference: ref, ...extra };
};
const person = (): F[] => [f(NAME, 'text'), f('email', 'email'), f(['phone', 'phone_number'], 'phone')];

export const unseenPrompts: UnseenPrompt[] = [
  // ── dental clinic ────────────────────────────────────────────────────────
  {
    id: 'u01-dental-appointments',
    domain: 'dental clinic',
    style: 'terse',
    constructs: ['email', 'phone'],
    text:
      'Dental clinic: patients (name, date of birth, phone, email, insurance provider), appointments (patient, dentist, date and time, status booked/checked in/completed/no-show, notes), dentists (name, specialty).',
    entities: [
      { name: 'patient', fields: [f(NAME, 'text'), f(['date_of_birth', 'birth_date'], 'date'), f(['phone', 'phone_number'], 'phone'), f('email', 'email'), f('insurance_provider', 'text')] },
      { name: 'appointment', fields: [lk('patient'), lk('dentist'), f(['date_time', 'appointment_date', 'appointment_time', 'scheduled_at', 'starts_at', 'date'], 'datetime'), sel('status', ['booked', 'checked in', 'completed', 'no-show']), f('notes', LONG)] },
      { name: 'dentist', fields: [f(NAME, 'text'), f('specialty', ['text', 'select'])] },
    ],
  },
  {
    id: 'u02-dental-treatments',
    domain: 'dental clinic',
    style: 'non-native',
    constructs: ['later-options', 'money', 'phone'],
    text:
      'In our dental practice we are wanting to register the treatments. Treatment is having patient, tooth number, procedure, cost and date done. Procedure possible values are filling, crown, extraction, cleaning, root canal. Patient have name and phone.',
    entities: [
      { name: 'treatment', fields: [lk('patient'), f('tooth_number', ['number', 'text']), sel('procedure', ['filling', 'crown', 'extraction', 'cleaning', 'root canal']), f('cost', 'currency'), f(['date_done', 'treatment_date', 'performed_on', 'date'], 'date')] },
      { name: 'patient', fields: [f(NAME, 'text'), f(['phone', 'phone_number'], 'phone')] },
    ],
  },
  // ── property rentals ─────────────────────────────────────────────────────
  {
    id: 'u03-rentals-maintenance',
    domain: 'property rentals',
    style: 'flowing',
    constructs: ['relative-clause', 'listed-on', 'money', 'email', 'phone'],
    text:
      'We manage rental properties and need to track each property with its address, monthly rent and the date it was listed on the market, the tenants who live in them with their names, emails and phone numbers, and the maintenance requests submitted by a tenant, where every request has a category of plumbing, electrical, heating or other, a description, a priority and the date it was reported.',
    entities: [
      { name: 'property', fields: [f('address', ADDR), f('monthly_rent', 'currency'), f(['listed_on', 'listed_date', 'listing_date', 'date_listed'], 'date')] },
      { name: 'tenant', fields: [...person(), lk('property')] },
      { name: 'maintenance_request', fields: [lk('tenant'), sel('category', ['plumbing', 'electrical', 'heating', 'other']), f('description', LONG), f('priority', ['select', 'text']), f(['reported_on', 'date_reported', 'reported_date', 'reported_at'], ['date', 'datetime'])] },
    ],
  },
  {
    id: 'u04-rentals-listings',
    domain: 'property rentals',
    style: 'bullets',
    constructs: ['has-many', 'yes-no', 'url', 'money', 'email', 'phone'],
    text:
      'Rental listings:\n- Listing: title, monthly rent, deposit, bedrooms, bathrooms, pets allowed (yes/no), available from, listing URL\n- Landlord: name, email, phone\n- each landlord has many listings',
    entities: [
      { name: 'listing', fields: [f('title', 'text'), f('monthly_rent', 'currency'), f('deposit', 'currency'), f('bedrooms', 'number'), f('bathrooms', 'number'), f('pets_allowed', ['boolean', 'toggle']), f('available_from', 'date'), f('listing_url', 'url'), lk('landlord')] },
      { name: 'landlord', fields: person() },
    ],
  },
  // ── recruiting ───────────────────────────────────────────────────────────
  {
    id: 'u05-recruiting-pipeline',
    domain: 'recruiting',
    style: 'bullets',
    constructs: ['has-many', 'url', 'email', 'phone'],
    text:
      '- Jobs (title, department, location, salary range, posted on)\n- Applicants: full name, email, phone, LinkedIn URL, resume\n- Each job has many applications; an application belongs to an applicant and records the stage (applied / phone screen / onsite / offer / rejected) and the date applied',
    entities: [
      { name: 'job', fields: [f('title', 'text'), f('department', ['text', 'select']), f('location', 'text'), f('salary_range', 'text'), f(['posted_on', 'posted_date', 'date_posted'], 'date')] },
      { name: 'applicant', fields: [f(['full_name', 'name'], 'text'), f('email', 'email'), f(['phone', 'phone_number'], 'phone'), f(['linkedin_url', 'linkedin'], 'url'), f('resume', ['file', 'url'])] },
      { name: 'application', fields: [lk('job'), lk('applicant'), sel('stage', ['applied', 'phone screen', 'onsite', 'offer', 'rejected']), f(['date_applied', 'applied_on', 'applied_date'], 'date')] },
    ],
  },
  {
    id: 'u06-recruiting-interviews',
    domain: 'recruiting',
    style: 'option-syntax',
    constructs: ['required', 'unique', 'money', 'email', 'phone'],
    text:
      'Interviews: candidate (required), interviewer, scheduled for, format: phone | video | onsite, score 1-5, recommendation: hire / no hire / maybe. Candidates: name, email (unique), phone, source (referral, job board, agency), expected salary.',
    entities: [
      { name: 'interview', fields: [lk('candidate', undefined, { required: true }), f('interviewer', ['text', 'user', 'lookup']), f(['scheduled_for', 'scheduled_at'], ['datetime', 'date']), sel('format', ['phone', 'video', 'onsite']), f('score', ['number', 'rating']), sel('recommendation', ['hire', 'no hire', 'maybe'])] },
      { name: 'candidate', fields: [f(NAME, 'text'), f('email', 'email', { unique: true }), f(['phone', 'phone_number'], 'phone'), sel('source', ['referral', 'job board', 'agency']), f('expected_salary', 'currency')] },
    ],
  },
  // ── fleet maintenance ────────────────────────────────────────────────────
  {
    id: 'u07-fleet-services',
    domain: 'fleet maintenance',
    style: 'non-native',
    constructs: ['unique', 'money', 'later-options'],
    text:
      'We are needing a system for our trucks fleet. Every truck have plate number (unique), make, model, year and odometer in km. For the trucks we are doing services, each service is having the date, the mechanic name, cost in euros and type which can be oil change, brakes, tyres or inspection.',
    entities: [
      { name: 'truck', fields: [f(['plate_number', 'license_plate'], 'text', { unique: true }), f('make', 'text'), f('model', 'text'), f('year', 'number'), f(['odometer_km', 'odometer'], 'number')] },
      { name: ['service', 'service_record', 'truck_service', 'maintenance_service'], fields: [lk('truck'), f(['date', 'service_date'], 'date'), f(['mechanic_name', 'mechanic'], 'text'), f('cost', 'currency'), sel(['type', 'service_type'], ['oil change', 'brakes', 'tyres', 'inspection'])] },
    ],
  },
  {
    id: 'u08-fleet-fuel',
    domain: 'fleet maintenance',
    style: 'terse',
    constructs: ['money', 'phone'],
    text:
      'fleet fuel log: vehicles (registration, make, model, fuel type petrol/diesel/electric), drivers (name, licence number, licence expiry, phone), fuel entries (vehicle, driver, date, litres, cost, odometer)',
    entities: [
      { name: 'vehicle', fields: [f(['registration', 'registration_number'], 'text'), f('make', 'text'), f('model', 'text'), sel('fuel_type', ['petrol', 'diesel', 'electric'])] },
      { name: 'driver', fields: [f(NAME, 'text'), f(['licence_number', 'license_number'], 'text'), f(['licence_expiry', 'license_expiry'], 'date'), f(['phone', 'phone_number'], 'phone')] },
      { name: ['fuel_entry', 'fuel_log', 'fuel_log_entry'], fields: [lk('vehicle'), lk('driver'), f('date', 'date'), f('litres', 'number'), f('cost', 'currency'), f('odometer', 'number')] },
    ],
  },
  // ── school courses ───────────────────────────────────────────────────────
  {
    id: 'u09-language-school',
    domain: 'school courses',
    style: 'conversational',
    constructs: ['money', 'email', 'yes-no'],
    text:
      "so basically we run a small language school and right now it's all spreadsheets, um, we've got courses which have a title, a level, like beginner, intermediate or advanced, a start date and a price, and then students, you know, name, email, and whether they've paid yet, and students enroll in courses so we need enrollments too with the enrollment date.",
    entities: [
      { name: 'course', fields: [f('title', 'text'), sel('level', ['beginner', 'intermediate', 'advanced']), f('start_date', 'date'), f('price', 'currency')] },
      { name: 'student', fields: [f(NAME, 'text'), f('email', 'email'), f(['paid', 'has_paid', 'is_paid'], ['boolean', 'toggle'])] },
      { name: 'enrollment', fields: [lk('student'), lk('course'), f(['enrollment_date', 'enrolled_on'], 'date')] },
    ],
  },
  {
    id: 'u10-school-assignments',
    domain: 'school courses',
    style: 'flowing',
    constructs: ['relative-clause', 'percent', 'possessive'],
    text:
      "A school needs to record the assignments that teachers set for a class, each with a title, instructions, a due date and a maximum score, and the submissions that students hand in for an assignment, with the submission date, the grade as a percentage, a late flag and the teacher's feedback, while classes themselves have a name, a room and a grade level.",
    entities: [
      { name: 'assignment', fields: [lk(['class', 'school_class', 'class_group']), f('title', 'text'), f('instructions', LONG), f('due_date', 'date'), f(['max_score', 'maximum_score'], 'number')] },
      { name: 'submission', fields: [lk('assignment'), f(['submission_date', 'submitted_on', 'submitted_at'], ['date', 'datetime']), f(['grade', 'grade_percent', 'grade_percentage'], 'percent'), f(['late', 'is_late'], ['boolean', 'toggle']), f(['feedback', 'teacher_feedback'], LONG)] },
      { name: ['class', 'school_class', 'class_group'], fields: [f(NAME, 'text'), f('room', 'text'), f('grade_level', ['text', 'number', 'select'])] },
    ],
    optionalEntities: ['student', 'teacher'],
  },
  // ── event ticketing ──────────────────────────────────────────────────────
  {
    id: 'u11-events-tickets',
    domain: 'event ticketing',
    style: 'option-syntax',
    constructs: ['required', 'yes-no', 'email', 'money'],
    text:
      'Events: name (required), venue, starts at, capacity, status: draft | on sale | sold out | cancelled. Tickets: event, buyer email, seat, price, type: general / vip / student, checked in (yes/no).',
    entities: [
      { name: 'event', fields: [f(NAME, 'text', { required: true }), f('venue', 'text'), f(['starts_at', 'start_time', 'start'], ['datetime', 'date']), f('capacity', 'number'), sel('status', ['draft', 'on sale', 'sold out', 'cancelled'])] },
      { name: 'ticket', fields: [lk('event'), f('buyer_email', 'email'), f('seat', 'text'), f('price', 'currency'), sel(['type', 'ticket_type'], ['general', 'vip', 'student']), f('checked_in', ['boolean', 'toggle'])] },
    ],
  },
  {
    id: 'u12-comedy-nights',
    domain: 'event ticketing',
    style: 'conversational',
    constructs: ['money', 'email', 'yes-no'],
    text:
      "we organise comedy nights, like maybe 4 a month, and honestly we just need to know the shows — date, venue, headliner, ticket price — and who bought tickets, so name, email, how many tickets and whether they've been refunded",
    entities: [
      { name: 'show', fields: [f(['date', 'show_date'], ['date', 'datetime']), f('venue', 'text'), f('headliner', 'text'), f('ticket_price', 'currency')] },
      { name: ['ticket_purchase', 'ticket_order', 'order', 'purchase', 'booking', 'ticket'], fields: [lk('show'), f(NAME, 'text'), f('email', 'email'), f(['quantity', 'number_of_tickets', 'tickets', 'ticket_count'], 'number'), f(['refunded', 'is_refunded'], ['boolean', 'toggle'])] },
    ],
  },
  // ── farm produce ─────────────────────────────────────────────────────────
  {
    id: 'u13-farm-shop',
    domain: 'farm produce',
    style: 'terse',
    constructs: ['yes-no', 'checkbox', 'money', 'phone'],
    text:
      'farm shop app: products - name, category (vegetables, fruit, dairy, eggs), unit price, organic yes or no, harvest date; orders - customer name, phone, pickup date, total, paid checkbox',
    entities: [
      { name: 'product', fields: [f(NAME, 'text'), sel('category', ['vegetables', 'fruit', 'dairy', 'eggs']), f('unit_price', 'currency'), f(['organic', 'is_organic'], ['boolean', 'toggle']), f('harvest_date', 'date')] },
      { name: 'order', fields: [f('customer_name', 'text'), f(['phone', 'phone_number'], 'phone'), f('pickup_date', 'date'), f(['total', 'total_amount'], 'currency'), f(['paid', 'is_paid'], ['boolean', 'toggle'])] },
    ],
    optionalEntities: ['customer', 'order_item', 'order_line'],
  },
  {
    id: 'u14-farm-harvests',
    domain: 'farm produce',
    style: 'non-native',
    constructs: ['later-options'],
    text:
      'We are farm with many fields. Each field we register name, size in hectares, soil type and crop. For harvests we keep the field, the harvest date, quantity in kilograms and the quality grade which is A, B or C.',
    entities: [
      { name: ['field', 'farm_field', 'plot'], fields: [f(NAME, 'text'), f(['size_hectares', 'size_ha', 'size'], 'number'), f('soil_type', ['text', 'select']), f('crop', 'text')] },
      { name: 'harvest', fields: [lk(['field', 'farm_field', 'plot']), f('harvest_date', 'date'), f(['quantity_kg', 'quantity_kilograms', 'quantity'], 'number'), sel(['quality_grade', 'grade'], ['A', 'B', 'C'])] },
    ],
  },
  // ── legal cases ──────────────────────────────────────────────────────────
  {
    id: 'u15-law-firm-cases',
    domain: 'legal cases',
    style: 'flowing',
    constructs: ['unique', 'money', 'email', 'phone', 'relative-clause'],
    text:
      'Our law firm needs to keep track of clients, with their name, company, email and phone, and of the cases we handle for a client, each case having a case number that must be unique, a title, the court, a practice area of litigation, family, corporate or immigration, the date it was opened, and the hourly rate we bill, as well as time entries that lawyers log against a case with the date, the hours worked and a description.',
    entities: [
      { name: 'client', fields: [f(NAME, 'text'), f('company', 'text'), f('email', 'email'), f(['phone', 'phone_number'], 'phone')] },
      { name: ['case', 'legal_case', 'matter'], fields: [lk('client'), f('case_number', 'text', { unique: true }), f('title', 'text'), f('court', 'text'), sel('practice_area', ['litigation', 'family', 'corporate', 'immigration']), f(['opened_on', 'date_opened', 'opened_date', 'open_date'], 'date'), f('hourly_rate', 'currency')] },
      { name: 'time_entry', fields: [lk(['case', 'legal_case', 'matter']), f(['date', 'entry_date'], 'date'), f(['hours', 'hours_worked'], 'number'), f('description', LONG)] },
    ],
    optionalEntities: ['lawyer'],
  },
  {
    id: 'u16-legal-matters',
    domain: 'legal cases',
    style: 'bullets',
    constructs: ['unique', 'checkbox', 'url'],
    text:
      '- Matters: matter number (unique), title, status (open / pending / closed), opened on, billing type: hourly | flat fee | contingency\n- Documents: matter, document name, filed on, document link\n- Deadlines: matter, description, due date, done checkbox',
    entities: [
      { name: 'matter', fields: [f('matter_number', 'text', { unique: true }), f('title', 'text'), sel('status', ['open', 'pending', 'closed']), f(['opened_on', 'open_date', 'date_opened'], 'date'), sel('billing_type', ['hourly', 'flat fee', 'contingency'])] },
      { name: 'document', fields: [lk('matter'), f(['document_name', 'name'], 'text'), f(['filed_on', 'filed_date', 'date_filed'], 'date'), f(['document_link', 'link', 'document_url'], 'url')] },
      { name: 'deadline', fields: [lk('matter'), f('description', LONG), f('due_date', 'date'), f(['done', 'is_done'], ['boolean', 'toggle'])] },
    ],
  },
  // ── gym memberships ──────────────────────────────────────────────────────
  {
    id: 'u17-gym-checkins',
    domain: 'gym memberships',
    style: 'non-native',
    constructs: ['has-many', 'email', 'phone'],
    text:
      'Please we want app for gym. Members with name, email, phone, birth date and membership type (monthly, annual, student). Members do check in many times, for each check-in we keep date and hour.',
    entities: [
      { name: 'member', fields: [...person(), f(['birth_date', 'date_of_birth'], 'date'), sel('membership_type', ['monthly', 'annual', 'student'])] },
      { name: 'check_in', fields: [lk('member'), f(['checked_in_at', 'check_in_time', 'date_time', 'date_and_hour', 'timestamp', 'date'], 'datetime')] },
    ],
  },
  {
    id: 'u18-gym-classes',
    domain: 'gym memberships',
    style: 'option-syntax',
    constructs: ['required', 'default', 'email'],
    text:
      'Gym classes: class name (required), instructor, day of week (Mon/Tue/Wed/Thu/Fri/Sat/Sun), start time, duration minutes, max participants default 20. Instructors: name, email, certification expiry. Bookings link a member to a class; status: booked | attended | cancelled.',
    entities: [
      { name: ['gym_class', 'class', 'fitness_class'], fields: [f(['name', 'class_name'], 'text', { required: true }), lk('instructor'), sel('day_of_week', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']), f('start_time', ['time', 'datetime']), f(['duration_minutes', 'duration'], 'number'), f('max_participants', 'number', { defaultValue: 20 })] },
      { name: 'instructor', fields: [f(NAME, 'text'), f('email', 'email'), f(['certification_expiry', 'certification_expires_on'], 'date')] },
      { name: 'booking', fields: [lk('member'), lk(['gym_class', 'class', 'fitness_class']), sel('status', ['booked', 'attended', 'cancelled'])] },
      { name: 'member', fields: [] },
    ],
  },
  // ── library loans ────────────────────────────────────────────────────────
  {
    id: 'u19-library-loans',
    domain: 'library loans',
    style: 'terse',
    constructs: ['possessive', 'unique', 'yes-no'],
    text:
      "A library app. Books have a title, author, ISBN (unique) and the year published. A member's loans record which book was borrowed, the loan date, the due date and whether it has been returned.",
    entities: [
      { name: 'book', fields: [f('title', 'text'), f('author', 'text'), f('isbn', 'text', { unique: true }), f(['year_published', 'publication_year', 'year'], 'number')] },
      { name: 'member', fields: [] },
      { name: 'loan', fields: [lk('member'), lk('book'), f('loan_date', 'date'), f('due_date', 'date'), f(['returned', 'is_returned'], ['boolean', 'toggle'])] },
    ],
  },
  {
    id: 'u20-library-holds',
    domain: 'library loans',
    style: 'flowing',
    constructs: ['relative-clause', 'yes-no'],
    text:
      'The town library wants to manage its holds, where a patron places a hold on a title, we note the date the hold was placed, the pickup branch, and whether the patron has been notified, and each title carries a name, author, format such as hardcover, paperback, audiobook or ebook, and a publication year.',
    entities: [
      { name: 'hold', fields: [lk('patron'), lk(['title', 'book', 'library_title']), f(['placed_on', 'date_placed', 'hold_date', 'placed_date'], 'date'), f('pickup_branch', ['text', 'select', 'lookup']), f(['notified', 'patron_notified', 'is_notified'], ['boolean', 'toggle'])] },
      { name: ['title', 'book', 'library_title'], fields: [f(['name', 'title'], 'text'), f('author', 'text'), sel('format', ['hardcover', 'paperback', 'audiobook', 'ebook']), f(['publication_year', 'year_published'], 'number')] },
      { name: 'patron', fields: [] },
    ],
    optionalEntities: ['branch'],
  },
  // ── IT helpdesk ──────────────────────────────────────────────────────────
  {
    id: 'u21-helpdesk-tickets',
    domain: 'IT helpdesk',
    style: 'bullets',
    constructs: ['default', 'email'],
    text:
      '## Helpdesk\n* **Tickets** — subject, description, priority (low, medium, high, critical; default medium), status open | in progress | resolved | closed, opened on, requester\n* **Requesters** — name, email, department\n* **Agents** — name, email, team',
    entities: [
      { name: 'ticket', fields: [f('subject', 'text'), f('description', LONG), sel('priority', ['low', 'medium', 'high', 'critical'], { defaultValue: 'medium' }), sel('status', ['open', 'in progress', 'resolved', 'closed']), f(['opened_on', 'opened_at', 'date_opened'], ['date', 'datetime']), lk('requester')] },
      { name: 'requester', fields: [f(NAME, 'text'), f('email', 'email'), f('department', ['text', 'select'])] },
      { name: 'agent', fields: [f(NAME, 'text'), f('email', 'email'), f('team', ['text', 'select'])] },
    ],
  },
  {
    id: 'u22-it-assets',
    domain: 'IT helpdesk',
    style: 'terse',
    constructs: ['unique', 'money', 'email'],
    text:
      'IT assets: asset tag unique, device type laptop/desktop/monitor/phone, serial number, purchase date, purchase price, warranty until, assigned to employee. Employees: name, email, department.',
    entities: [
      { name: ['asset', 'it_asset'], fields: [f('asset_tag', 'text', { unique: true }), sel('device_type', ['laptop', 'desktop', 'monitor', 'phone']), f('serial_number', 'text'), f('purchase_date', 'date'), f('purchase_price', 'currency'), f(['warranty_until', 'warranty_expiry', 'warranty_end'], 'date'), lk('employee', ['assigned_to', 'employee', 'employee_id', 'assigned_employee'])] },
      { name: 'employee', fields: [f(NAME, 'text'), f('email', 'email'), f('department', ['text', 'select'])] },
    ],
  },
  // ── restaurant reservations ──────────────────────────────────────────────
  {
    id: 'u23-restaurant-reservations',
    domain: 'restaurant reservations',
    style: 'flowing',
    constructs: ['later-options', 'possessive', 'phone'],
    text:
      "We take table reservations for our restaurant. A reservation has the guest's name, phone number, party size, reservation date and time, and a status. The status can be requested, confirmed, seated or cancelled. We also keep tables with a table number and number of seats, and each reservation is assigned to a table.",
    entities: [
      { name: 'reservation', fields: [f(['guest_name', 'name'], 'text'), f(['phone_number', 'phone'], 'phone'), f('party_size', 'number'), f(['reservation_time', 'reservation_date_time', 'reservation_date', 'date_time'], 'datetime'), sel('status', ['requested', 'confirmed', 'seated', 'cancelled']), lk(['table', 'restaurant_table', 'dining_table'])] },
      { name: ['table', 'restaurant_table', 'dining_table'], fields: [f('table_number', ['number', 'text']), f(['seats', 'number_of_seats'], 'number')] },
    ],
  },
  {
    id: 'u24-pizza-orders',
    domain: 'restaurant reservations',
    style: 'conversational',
    constructs: ['percent', 'money', 'phone'],
    text:
      'so um I run a pizza place and we want to do online orders. customers give name, phone and delivery address. an order has what they ordered written out, a total, a delivery or pickup choice, and a status — received, in the oven, out for delivery, delivered. also a tip percentage.',
    entities: [
      { name: 'customer', fields: [f(NAME, 'text'), f(['phone', 'phone_number'], 'phone'), f('delivery_address', ADDR)] },
      { name: 'order', fields: [lk('customer'), f(['items', 'order_details', 'description', 'contents'], LONG), f(['total', 'total_amount'], 'currency'), sel(['order_type', 'fulfillment', 'fulfillment_type', 'delivery_or_pickup', 'delivery_method'], ['delivery', 'pickup']), sel('status', ['received', 'in the oven', 'out for delivery', 'delivered']), f(['tip_percentage', 'tip_percent', 'tip'], 'percent')] },
    ],
  },
  // ── construction projects ────────────────────────────────────────────────
  {
    id: 'u25-construction-tasks',
    domain: 'construction projects',
    style: 'flowing',
    constructs: ['percent', 'money', 'phone'],
    text:
      'For our construction company we need projects with a name, the client, the site address, a budget, the start date and the expected completion date, and for every project a list of tasks with a title, the assigned subcontractor, percent complete, and a due date, plus subcontractors with company name, trade (electrical, plumbing, carpentry, masonry) and a contact phone.',
    entities: [
      { name: 'project', fields: [f(NAME, 'text'), f('client', ['text', 'lookup']), f('site_address', ADDR), f('budget', 'currency'), f('start_date', 'date'), f(['expected_completion_date', 'expected_completion'], 'date')] },
      { name: 'task', fields: [lk('project'), f('title', 'text'), lk('subcontractor', ['subcontractor', 'subcontractor_id', 'assigned_subcontractor']), f('percent_complete', ['percent', 'progress']), f('due_date', 'date')] },
      { name: 'subcontractor', fields: [f(['company_name', 'name'], 'text'), sel('trade', ['electrical', 'plumbing', 'carpentry', 'masonry']), f(['contact_phone', 'phone'], 'phone')] },
    ],
    optionalEntities: ['client'],
  },
  {
    id: 'u26-site-inspections',
    domain: 'construction projects',
    style: 'flowing',
    constructs: ['later-options', 'unique', 'possessive'],
    text:
      "Site inspections. Each inspection is for a project and has the inspection date, the inspector's name, a result and notes. The result is one of pass, pass with conditions or fail. Projects have a project code which must be unique, a name and a site address.",
    entities: [
      { name: ['inspection', 'site_inspection'], fields: [lk('project'), f('inspection_date', 'date'), f(['inspector_name', 'inspector'], 'text'), sel('result', ['pass', 'pass with conditions', 'fail']), f('notes', LONG)] },
      { name: 'project', fields: [f('project_code', 'text', { unique: true }), f(NAME, 'text'), f('site_address', ADDR)] },
    ],
  },
  // ── nonprofit donations ──────────────────────────────────────────────────
  {
    id: 'u27-nonprofit-donations',
    domain: 'nonprofit donations',
    style: 'conversational',
    constructs: ['possessive', 'checkbox', 'money', 'email', 'phone'],
    text:
      "hey! so we're a small nonprofit and we basically need to track donors and their donations. for donors it's name, email, phone and whether they want the newsletter. a donor's donations have an amount, the date received, the campaign it's for and a payment method — cash, check, card or bank transfer. oh and a checkbox for whether a tax receipt was sent.",
    entities: [
      { name: 'donor', fields: [...person(), f(['wants_newsletter', 'newsletter', 'newsletter_opt_in', 'subscribed_to_newsletter'], ['boolean', 'toggle'])] },
      { name: 'donation', fields: [lk('donor'), f('amount', 'currency'), f(['date_received', 'received_on', 'received_date'], 'date'), f('campaign', ['text', 'lookup']), sel('payment_method', ['cash', 'check', 'card', 'bank transfer']), f(['tax_receipt_sent', 'receipt_sent'], ['boolean', 'toggle'])] },
    ],
    optionalEntities: ['campaign'],
  },
  {
    id: 'u28-food-bank',
    domain: 'nonprofit donations',
    style: 'bullets',
    constructs: ['checkbox'],
    text:
      'Volunteer-run food bank:\n• Households — family name, address, household size, registered on\n• Visits — household, visit date, number of bags, notes\n• Households can be flagged: needs delivery (checkbox)',
    entities: [
      { name: 'household', fields: [f('family_name', 'text'), f('address', ADDR), f('household_size', 'number'), f(['registered_on', 'registration_date', 'date_registered'], 'date'), f('needs_delivery', ['boolean', 'toggle'])] },
      { name: 'visit', fields: [lk('household'), f('visit_date', 'date'), f(['number_of_bags', 'bags'], 'number'), f('notes', LONG)] },
    ],
  },
  // ── veterinary clinic ────────────────────────────────────────────────────
  {
    id: 'u29-vet-visits',
    domain: 'veterinary clinic',
    style: 'option-syntax',
    constructs: ['money', 'email', 'phone'],
    text:
      'vet clinic | owners: name, phone, email | pets: name, species (dog, cat, bird, rabbit, other), breed, birth date, weight kg, owner | visits: pet, visit date, reason, diagnosis, fee',
    entities: [
      { name: 'owner', fields: [f(NAME, 'text'), f(['phone', 'phone_number'], 'phone'), f('email', 'email')] },
      { name: 'pet', fields: [f('name', 'text'), sel('species', ['dog', 'cat', 'bird', 'rabbit', 'other']), f('breed', 'text'), f(['birth_date', 'date_of_birth'], 'date'), f(['weight_kg', 'weight'], 'number'), lk('owner')] },
      { name: 'visit', fields: [lk('pet'), f('visit_date', ['date', 'datetime']), f('reason', LONG), f('diagnosis', LONG), f('fee', 'currency')] },
    ],
  },
  {
    id: 'u30-vet-vaccinations',
    domain: 'veterinary clinic',
    style: 'non-native',
    constructs: ['email'],
    text:
      'Our veterinary is needing vaccination records. For every vaccination we want pet, vaccine name, date given, next due date and the vet who gave it. Vets are having name, license number and email.',
    entities: [
      { name: ['vaccination', 'vaccination_record'], fields: [lk('pet'), f('vaccine_name', 'text'), f(['date_given', 'given_on', 'administered_on'], 'date'), f('next_due_date', 'date'), lk(['vet', 'veterinarian'], ['vet', 'vet_id', 'veterinarian', 'veterinarian_id', 'given_by', 'administered_by'])] },
      { name: ['vet', 'veterinarian'], fields: [f(NAME, 'text'), f('license_number', 'text'), f('email', 'email')] },
      { name: 'pet', fields: [] },
    ],
  },
  // ── warehouse inventory ──────────────────────────────────────────────────
  {
    id: 'u31-warehouse-items',
    domain: 'warehouse inventory',
    style: 'option-syntax',
    constructs: ['required', 'unique', 'money', 'email', 'url'],
    text:
      'Warehouse inventory. Items: SKU (required, unique), name (required), description, unit cost, quantity on hand, reorder level, bin location. Suppliers: name, contact email, website, lead time days. Each item has one preferred supplier. Stock movements: item, quantity, movement type in/out/adjustment, moved on.',
    entities: [
      { name: ['item', 'inventory_item'], fields: [f('sku', 'text', { required: true, unique: true }), f('name', 'text', { required: true }), f('description', LONG), f('unit_cost', 'currency'), f('quantity_on_hand', 'number'), f('reorder_level', 'number'), f('bin_location', 'text'), lk('supplier', ['preferred_supplier', 'preferred_supplier_id', 'supplier', 'supplier_id'])] },
      { name: 'supplier', fields: [f('name', 'text'), f('contact_email', 'email'), f('website', 'url'), f(['lead_time_days', 'lead_time'], 'number')] },
      { name: 'stock_movement', fields: [lk(['item', 'inventory_item']), f('quantity', 'number'), sel('movement_type', ['in', 'out', 'adjustment']), f(['moved_on', 'movement_date', 'date'], ['date', 'datetime'])] },
    ],
  },
  {
    id: 'u32-warehouse-shipments',
    domain: 'warehouse inventory',
    style: 'flowing',
    constructs: ['unique', 'expected-delivery', 'money', 'email'],
    text:
      'We ship orders from two warehouses and need shipments, each with a tracking number that is unique, the carrier (UPS, FedEx, DHL or USPS), the ship date, the expected delivery date, the weight in kg and the shipping cost, linked to the warehouse it left from, and warehouses with a name, a city and a manager email.',
    entities: [
      { name: 'shipment', fields: [f('tracking_number', 'text', { unique: true }), sel('carrier', ['UPS', 'FedEx', 'DHL', 'USPS']), f('ship_date', 'date'), f(['expected_delivery_date', 'expected_delivery'], 'date'), f(['weight_kg', 'weight'], 'number'), f('shipping_cost', 'currency'), lk('warehouse')] },
      { name: 'warehouse', fields: [f(NAME, 'text'), f('city', 'text'), f('manager_email', 'email')] },
    ],
    optionalEntities: ['order'],
  },
  // ── insurance claims ─────────────────────────────────────────────────────
  {
    id: 'u33-insurance-claims',
    domain: 'insurance claims',
    style: 'flowing',
    constructs: ['percent', 'money', 'email', 'phone', 'relative-clause'],
    text:
      'An insurance claims tracker where each policy holder has a name, an email and a phone number, each policy belongs to a policy holder and has a policy number, a coverage type of auto, home or life, an annual premium and a renewal date, and each claim is filed against a policy with the incident date, the amount claimed, a deductible percentage, and a status of submitted, under review, approved or denied.',
    entities: [
      { name: ['policy_holder', 'policyholder'], fields: person() },
      { name: 'policy', fields: [lk(['policy_holder', 'policyholder']), f('policy_number', 'text'), sel('coverage_type', ['auto', 'home', 'life']), f('annual_premium', 'currency'), f('renewal_date', 'date')] },
      { name: 'claim', fields: [lk('policy'), f('incident_date', 'date'), f('amount_claimed', 'currency'), f(['deductible_percentage', 'deductible_percent', 'deductible'], 'percent'), sel('status', ['submitted', 'under review', 'approved', 'denied'])] },
    ],
  },
  {
    id: 'u34-claim-adjusters',
    domain: 'insurance claims',
    style: 'option-syntax',
    constructs: ['yes-no', 'money', 'email', 'phone'],
    text:
      'Adjusters: name, email, phone, region (north/south/east/west). Assignments: claim number, adjuster, assigned on, estimated payout, fraud suspected y/n.',
    entities: [
      { name: 'adjuster', fields: [...person(), sel('region', ['north', 'south', 'east', 'west'])] },
      { name: ['assignment', 'claim_assignment'], fields: [f(['claim_number', 'claim'], ['text', 'lookup']), lk('adjuster'), f(['assigned_on', 'assigned_date', 'date_assigned'], 'date'), f('estimated_payout', 'currency'), f('fraud_suspected', ['boolean', 'toggle'])] },
    ],
    optionalEntities: ['claim'],
  },
  // ── hotel bookings ───────────────────────────────────────────────────────
  {
    id: 'u35-hotel-bookings',
    domain: 'hotel bookings',
    style: 'non-native',
    constructs: ['money', 'email', 'yes-no'],
    text:
      'We are a hotel and we are needing to manage the rooms and the bookings. Room has number, type (single, double, suite) and price for night. Booking is for one room and one guest, with check-in date, check-out date, number of guests and if breakfast is included. Guest have name, passport number, nationality, email.',
    entities: [
      { name: 'room', fields: [f(['room_number', 'number'], ['text', 'number']), sel(['room_type', 'type'], ['single', 'double', 'suite']), f(['price_per_night', 'nightly_price', 'price'], 'currency')] },
      { name: 'booking', fields: [lk('room'), lk('guest'), f('check_in_date', 'date'), f('check_out_date', 'date'), f(['number_of_guests', 'guests', 'guest_count'], 'number'), f('breakfast_included', ['boolean', 'toggle'])] },
      { name: 'guest', fields: [f(NAME, 'text'), f('passport_number', 'text'), f('nationality', ['text', 'select']), f('email', 'email')] },
    ],
  },
  {
    id: 'u36-hotel-housekeeping',
    domain: 'hotel bookings',
    style: 'bullets',
    constructs: ['required', 'default', 'phone'],
    text:
      '### Housekeeping\n- Room cleaning task: room number (required), floor, cleaning type (checkout / stayover / deep clean), status (dirty | in progress | clean | inspected, default dirty), assigned housekeeper, completed at\n- Housekeeper: name, shift (morning, evening, night), phone',
    entities: [
      { name: ['cleaning_task', 'room_cleaning_task', 'housekeeping_task'], fields: [f('room_number', ['text', 'number'], { required: true }), f('floor', ['number', 'text']), sel('cleaning_type', ['checkout', 'stayover', 'deep clean']), sel('status', ['dirty', 'in progress', 'clean', 'inspected'], { defaultValue: 'dirty' }), lk('housekeeper', ['housekeeper', 'housekeeper_id', 'assigned_housekeeper']), f('completed_at', 'datetime')] },
      { name: 'housekeeper', fields: [f(NAME, 'text'), sel('shift', ['morning', 'evening', 'night']), f(['phone', 'phone_number'], 'phone')] },
    ],
  },
  // ── car dealership ───────────────────────────────────────────────────────
  {
    id: 'u37-dealership-sales',
    domain: 'car dealership',
    style: 'option-syntax',
    constructs: ['unique', 'listed-on', 'checkbox', 'percent', 'money', 'email'],
    text:
      'Car dealership inventory: vehicles with VIN (unique), make, model, year, mileage, condition (new / used / certified pre-owned), asking price, listed on, sold (checkbox). Salespeople: name, email, commission rate %. Sales: vehicle, salesperson, sale date, final price.',
    entities: [
      { name: 'vehicle', fields: [f('vin', 'text', { unique: true }), f('make', 'text'), f('model', 'text'), f('year', 'number'), f('mileage', 'number'), sel('condition', ['new', 'used', 'certified pre-owned']), f('asking_price', 'currency'), f(['listed_on', 'listed_date', 'listing_date'], 'date'), f(['sold', 'is_sold'], ['boolean', 'toggle'])] },
      { name: ['salesperson', 'sales_person', 'sales_rep'], fields: [f(NAME, 'text'), f('email', 'email'), f('commission_rate', 'percent')] },
      { name: 'sale', fields: [lk('vehicle'), lk(['salesperson', 'sales_person', 'sales_rep']), f('sale_date', 'date'), f('final_price', 'currency')] },
    ],
  },
  {
    id: 'u38-dealership-test-drives',
    domain: 'car dealership',
    style: 'conversational',
    constructs: ['money', 'phone', 'yes-no'],
    text:
      "so basically we're a used car lot and we want to track test drives. when someone comes in we log the test drive with the person's name, phone, driver's license number, which car they drove, the date, and whether they're interested in financing. cars we already have in a list with make, model, year and price.",
    entities: [
      { name: 'test_drive', fields: [f(['name', 'customer_name', 'driver_name'], 'text'), f(['phone', 'phone_number'], 'phone'), f(['drivers_license_number', 'driver_license_number', 'license_number'], 'text'), lk(['car', 'vehicle']), f(['date', 'test_drive_date'], ['date', 'datetime']), f(['interested_in_financing', 'financing_interest', 'wants_financing'], ['boolean', 'toggle'])] },
      { name: ['car', 'vehicle'], fields: [f('make', 'text'), f('model', 'text'), f('year', 'number'), f('price', 'currency')] },
    ],
  },
  // ── film production ──────────────────────────────────────────────────────
  {
    id: 'u39-film-scenes',
    domain: 'film production',
    style: 'conversational',
    constructs: ['money', 'email'],
    text:
      "ok so I'm producing an indie film and I need something to keep track of scenes and the shooting schedule. each scene has a scene number, a location, int or ext, day or night, and a page count. then shoot days have a date, a call time and the scenes we're shooting that day. and cast members with name, role, agent email and daily rate.",
    entities: [
      { name: 'scene', fields: [f('scene_number', ['text', 'number']), f('location', 'text'), sel(['int_ext', 'interior_exterior', 'setting'], ['int', 'ext']), sel(['day_night', 'time_of_day'], ['day', 'night']), f('page_count', 'number'), lk('shoot_day')] },
      { name: 'shoot_day', fields: [f(['date', 'shoot_date'], 'date'), f('call_time', ['time', 'datetime'])] },
      { name: 'cast_member', fields: [f(NAME, 'text'), f(['role', 'character'], 'text'), f('agent_email', 'email'), f('daily_rate', 'currency')] },
    ],
  },
  {
    id: 'u40-film-crew',
    domain: 'film production',
    style: 'terse',
    constructs: ['money', 'email', 'phone'],
    text:
      'film crew: crew members (name, department camera/sound/art/grip/electric, day rate, email, phone), call sheets (shoot date, location, general call time, weather notes)',
    entities: [
      { name: 'crew_member', fields: [f(NAME, 'text'), sel('department', ['camera', 'sound', 'art', 'grip', 'electric']), f('day_rate', 'currency'), f('email', 'email'), f(['phone', 'phone_number'], 'phone')] },
      { name: 'call_sheet', fields: [f('shoot_date', 'date'), f('location', 'text'), f(['general_call_time', 'call_time'], ['time', 'datetime']), f('weather_notes', LONG)] },
    ],
  },
  // ── research lab samples ─────────────────────────────────────────────────
  {
    id: 'u41-lab-samples',
    domain: 'research lab samples',
    style: 'terse',
    constructs: ['unique', 'email'],
    text:
      'Lab samples: sample ID (unique), collected on, sample type (blood, saliva, tissue), storage temperature, freezer, researcher email. Freezers: name, location, capacity.',
    entities: [
      { name: 'sample', fields: [f(['sample_id', 'sample_code'], 'text', { unique: true }), f(['collected_on', 'collection_date', 'collected_date'], ['date', 'datetime']), sel('sample_type', ['blood', 'saliva', 'tissue']), f('storage_temperature', 'number'), lk('freezer'), f('researcher_email', 'email')] },
      { name: 'freezer', fields: [f(NAME, 'text'), f('location', 'text'), f('capacity', 'number')] },
    ],
  },
  {
    id: 'u42-lab-experiments',
    domain: 'research lab samples',
    style: 'non-native',
    constructs: ['has-many', 'percent'],
    text:
      'We are research lab. Need experiments: title, hypothesis, start date, principal investigator, status (planned, running, finished). Each experiment have many measurements: measured at (date and time), value, unit, and error margin in percent.',
    entities: [
      { name: 'experiment', fields: [f('title', 'text'), f('hypothesis', LONG), f('start_date', 'date'), f('principal_investigator', ['text', 'user', 'lookup']), sel('status', ['planned', 'running', 'finished'])] },
      { name: 'measurement', fields: [lk('experiment'), f('measured_at', 'datetime'), f('value', 'number'), f('unit', ['text', 'select']), f(['error_margin', 'error_margin_percent'], 'percent')] },
    ],
  },
  // ── church volunteers ────────────────────────────────────────────────────
  {
    id: 'u43-church-shifts',
    domain: 'church volunteers',
    style: 'flowing',
    constructs: ['relative-clause', 'email', 'phone'],
    text:
      'Our church runs several ministries and we would like to keep volunteers with their name, phone, email and the date they joined, ministries with a name and a leader, and shifts, where each shift is taken by one volunteer for one ministry and has a date, a start time, an end time and a role of greeter, usher, children or sound.',
    entities: [
      { name: 'volunteer', fields: [f(NAME, 'text'), f(['phone', 'phone_number'], 'phone'), f('email', 'email'), f(['date_joined', 'joined_on', 'join_date'], 'date')] },
      { name: 'ministry', fields: [f(NAME, 'text'), f('leader', ['text', 'lookup', 'user'])] },
      { name: 'shift', fields: [lk('volunteer'), lk('ministry'), f(['date', 'shift_date'], 'date'), f('start_time', ['time', 'datetime']), f('end_time', ['time', 'datetime']), sel('role', ['greeter', 'usher', 'children', 'sound'])] },
    ],
  },
  {
    id: 'u44-parish-offerings',
    domain: 'church volunteers',
    style: 'flowing',
    constructs: ['relative-clause', 'money', 'phone'],
    text:
      'For our parish we keep a record of members with names, addresses, phone numbers and their baptism date, and of the offerings that each member gives, recording the amount, the date and the fund, which is general, building or missions.',
    entities: [
      { name: ['member', 'parishioner'], fields: [f(NAME, 'text'), f('address', ADDR), f(['phone', 'phone_number'], 'phone'), f('baptism_date', 'date')] },
      { name: 'offering', fields: [lk(['member', 'parishioner']), f('amount', 'currency'), f(['date', 'offering_date'], 'date'), sel('fund', ['general', 'building', 'missions'])] },
    ],
  },
  // ── coworking space ──────────────────────────────────────────────────────
  {
    id: 'u45-coworking',
    domain: 'coworking space',
    style: 'option-syntax',
    constructs: ['yes-no', 'money', 'email'],
    text:
      'Coworking: members — name, email, company, plan: hot desk | dedicated desk | private office, start date, active (yes/no). Meeting room bookings — member, room, start, end, attendees count. Rooms — name, capacity, hourly price.',
    entities: [
      { name: 'member', fields: [f(NAME, 'text'), f('email', 'email'), f('company', 'text'), sel('plan', ['hot desk', 'dedicated desk', 'private office']), f('start_date', 'date'), f(['active', 'is_active'], ['boolean', 'toggle'])] },
      { name: ['room_booking', 'meeting_room_booking', 'booking'], fields: [lk('member'), lk(['room', 'meeting_room']), f(['start', 'starts_at', 'start_time'], 'datetime'), f(['end', 'ends_at', 'end_time'], 'datetime'), f(['attendees_count', 'attendees', 'attendee_count'], 'number')] },
      { name: ['room', 'meeting_room'], fields: [f(NAME, 'text'), f('capacity', 'number'), f('hourly_price', 'currency')] },
    ],
  },
  // ── bakery ───────────────────────────────────────────────────────────────
  {
    id: 'u46-bakery-cakes',
    domain: 'bakery',
    style: 'terse',
    constructs: ['money', 'email', 'phone'],
    text:
      'bakery custom cake orders: customer name, phone, email, pickup date, cake size (6 inch, 8 inch, 10 inch), flavour, message on cake, deposit paid, total price',
    entities: [
      { name: ['cake_order', 'custom_cake_order', 'order'], fields: [f('customer_name', 'text'), f(['phone', 'phone_number'], 'phone'), f('email', 'email'), f('pickup_date', ['date', 'datetime']), sel('cake_size', ['6 inch', '8 inch', '10 inch']), f(['flavour', 'flavor'], ['text', 'select']), f(['message_on_cake', 'cake_message', 'message'], 'text'), f('deposit_paid', ['boolean', 'toggle', 'currency']), f('total_price', 'currency')] },
    ],
    optionalEntities: ['customer'],
  },
  // ── photography studio ───────────────────────────────────────────────────
  {
    id: 'u47-wedding-photographer',
    domain: 'photography studio',
    style: 'conversational',
    constructs: ['url', 'money', 'email', 'phone'],
    text:
      "i'm a wedding photographer and I'd love to have my clients and shoots in one place. clients: couple names, email, phone, wedding date, venue. for each client there can be a few shoots (engagement, wedding, album delivery) with a date, a location and a fee. plus a link to the online gallery for each shoot",
    entities: [
      { name: 'client', fields: [f(['couple_names', 'names', 'name'], 'text'), f('email', 'email'), f(['phone', 'phone_number'], 'phone'), f('wedding_date', 'date'), f('venue', 'text')] },
      { name: 'shoot', fields: [lk('client'), sel(['shoot_type', 'type'], ['engagement', 'wedding', 'album delivery']), f(['date', 'shoot_date'], ['date', 'datetime']), f('location', 'text'), f('fee', 'currency'), f(['gallery_url', 'gallery_link', 'online_gallery'], 'url')] },
    ],
  },
  // ── HR leave requests ────────────────────────────────────────────────────
  {
    id: 'u48-hr-leave',
    domain: 'HR leave requests',
    style: 'option-syntax',
    constructs: ['relative-clause', 'required', 'unique', 'default', 'email'],
    text:
      'Leave requests submitted by an employee: leave type (vacation, sick, parental, unpaid), start date (required), end date (required), days requested, reason, status pending / approved / rejected with default pending, approved by. Employees: name, email (unique), hire date, annual leave allowance.',
    entities: [
      { name: 'leave_request', fields: [lk('employee'), sel('leave_type', ['vacation', 'sick', 'parental', 'unpaid']), f('start_date', 'date', { required: true }), f('end_date', 'date', { required: true }), f('days_requested', 'number'), f('reason', LONG), sel('status', ['pending', 'approved', 'rejected'], { defaultValue: 'pending' }), f('approved_by', ['text', 'lookup', 'user'])] },
      { name: 'employee', fields: [f(NAME, 'text'), f('email', 'email', { unique: true }), f('hire_date', 'date'), f(['annual_leave_allowance', 'leave_allowance'], 'number')] },
    ],
  },
  // ── B2B sales CRM ────────────────────────────────────────────────────────
  {
    id: 'u49-b2b-crm',
    domain: 'B2B sales CRM',
    style: 'flowing',
    constructs: ['relative-clause', 'percent', 'money', 'url', 'email', 'phone'],
    text:
      'A small B2B sales team wants to manage accounts, each with a company name, a website, an industry and annual revenue, contacts who work at an account with a first name, last name, job title, email and phone, and opportunities opened for an account, each having an amount, a close date, a probability in percent and a stage of prospecting, proposal, negotiation, closed won or closed lost.',
    entities: [
      { name: 'account', fields: [f(['company_name', 'name'], 'text'), f('website', 'url'), f('industry', ['text', 'select']), f('annual_revenue', 'currency')] },
      { name: 'contact', fields: [lk('account'), f('first_name', 'text'), f('last_name', 'text'), f('job_title', 'text'), f('email', 'email'), f(['phone', 'phone_number'], 'phone')] },
      { name: 'opportunity', fields: [lk('account'), f('amount', 'currency'), f('close_date', 'date'), f('probability', 'percent'), sel('stage', ['prospecting', 'proposal', 'negotiation', 'closed won', 'closed lost'])] },
    ],
  },
  // ── subscription boxes ───────────────────────────────────────────────────
  {
    id: 'u50-coffee-subscriptions',
    domain: 'subscription boxes',
    style: 'non-native',
    constructs: ['email', 'yes-no'],
    text:
      'We sell monthly coffee boxes. Subscriber have name, email, shipping address, plan (basic, premium) and start date and if subscription is paused. Every month we make shipment to subscriber with ship date, tracking number and the coffee of that month.',
    entities: [
      { name: 'subscriber', fields: [f(NAME, 'text'), f('email', 'email'), f('shipping_address', ADDR), sel('plan', ['basic', 'premium']), f('start_date', 'date'), f(['paused', 'is_paused', 'subscription_paused'], ['boolean', 'toggle'])] },
      { name: 'shipment', fields: [lk('subscriber'), f('ship_date', 'date'), f('tracking_number', 'text'), f(['coffee', 'coffee_of_the_month', 'coffee_name'], ['text', 'lookup'])] },
    ],
    optionalEntities: ['coffee'],
  },
  // ── art gallery ──────────────────────────────────────────────────────────
  {
    id: 'u51-art-gallery',
    domain: 'art gallery',
    style: 'bullets',
    constructs: ['checkbox', 'money', 'url', 'email'],
    text:
      '* Artists: name, nationality, website\n* Artworks: title, artist, year, medium (oil, acrylic, watercolour, photography, sculpture), price, sold (checkbox)\n* Exhibitions: title, opening date, closing date, curator email',
    entities: [
      { name: 'artist', fields: [f(NAME, 'text'), f('nationality', ['text', 'select']), f('website', 'url')] },
      { name: 'artwork', fields: [f('title', 'text'), lk('artist'), f('year', 'number'), sel('medium', ['oil', 'acrylic', 'watercolour', 'photography', 'sculpture']), f('price', 'currency'), f(['sold', 'is_sold'], ['boolean', 'toggle'])] },
      { name: 'exhibition', fields: [f('title', 'text'), f('opening_date', 'date'), f('closing_date', 'date'), f('curator_email', 'email')] },
    ],
  },
  // ── sports league ────────────────────────────────────────────────────────
  {
    id: 'u52-youth-soccer',
    domain: 'sports league',
    style: 'option-syntax',
    constructs: ['unique', 'yes-no', 'phone'],
    text:
      'Youth soccer league. Teams: name (unique), age group U8/U10/U12/U14, coach name, coach phone. Players: first name, last name, date of birth, jersey number, team, medical form received (yes/no). Games: home team, away team, kickoff, field, home score, away score.',
    entities: [
      { name: 'team', fields: [f('name', 'text', { unique: true }), sel('age_group', ['U8', 'U10', 'U12', 'U14']), f('coach_name', 'text'), f('coach_phone', 'phone')] },
      { name: 'player', fields: [f('first_name', 'text'), f('last_name', 'text'), f(['date_of_birth', 'birth_date'], 'date'), f('jersey_number', 'number'), lk('team'), f('medical_form_received', ['boolean', 'toggle'])] },
      { name: ['game', 'match'], fields: [lk('team', ['home_team', 'home_team_id']), lk('team', ['away_team', 'away_team_id']), f(['kickoff', 'kickoff_time', 'kickoff_at'], 'datetime'), f('field', 'text'), f('home_score', 'number'), f('away_score', 'number')] },
    ],
  },
  // ── daycare ──────────────────────────────────────────────────────────────
  {
    id: 'u53-daycare',
    domain: 'daycare',
    style: 'conversational',
    constructs: ['has-many', 'email', 'phone'],
    text:
      "okay so we're a daycare and parents keep asking for stuff we can't find quickly. we need children — name, birth date, allergies, and which room they're in (infants, toddlers or preschool). and guardians with name, phone, email and relationship to the child. each child has many daily reports with the date, nap minutes, meals eaten and a note for parents.",
    entities: [
      { name: 'child', fields: [f(NAME, 'text'), f(['birth_date', 'date_of_birth'], 'date'), f('allergies', LONG), sel(['room', 'classroom'], ['infants', 'toddlers', 'preschool'])] },
      { name: 'guardian', fields: [f(NAME, 'text'), f(['phone', 'phone_number'], 'phone'), f('email', 'email'), f(['relationship', 'relationship_to_child'], ['text', 'select']), lk('child')] },
      { name: 'daily_report', fields: [lk('child'), f(['date', 'report_date'], 'date'), f('nap_minutes', 'number'), f('meals_eaten', LONG), f(['note', 'note_for_parents', 'notes'], LONG)] },
    ],
  },
  // ── pharmacy ─────────────────────────────────────────────────────────────
  {
    id: 'u54-pharmacy',
    domain: 'pharmacy',
    style: 'terse',
    constructs: [],
    text:
      'pharmacy prescriptions: patient name, medication, dosage, quantity, refills remaining, prescribed on, prescriber, pickup status ready/picked up/on hold',
    entities: [
      { name: 'prescription', fields: [f('patient_name', 'text'), f('medication', ['text', 'lookup']), f('dosage', 'text'), f('quantity', 'number'), f('refills_remaining', 'number'), f(['prescribed_on', 'prescribed_date', 'date_prescribed'], 'date'), f('prescriber', ['text', 'lookup']), sel('pickup_status', ['ready', 'picked up', 'on hold'])] },
    ],
    optionalEntities: ['patient', 'medication', 'prescriber'],
  },
  // ── moving company ───────────────────────────────────────────────────────
  {
    id: 'u55-moving-company',
    domain: 'moving company',
    style: 'flowing',
    constructs: ['money', 'email', 'phone', 'yes-no'],
    text:
      'Our moving company books moves for customers, and for each move we record the pickup address, the drop-off address, the move date, the estimated volume in cubic metres, the quoted price, whether packing service is included, and the crew size, while customers have a name, a phone number and an email address.',
    entities: [
      { name: 'move', fields: [lk('customer'), f('pickup_address', ADDR), f(['dropoff_address', 'drop_off_address'], ADDR), f('move_date', 'date'), f(['estimated_volume', 'estimated_volume_m3', 'volume'], 'number'), f('quoted_price', 'currency'), f(['packing_included', 'packing_service', 'packing_service_included'], ['boolean', 'toggle']), f('crew_size', 'number')] },
      { name: 'customer', fields: person() },
    ],
  },
  // ── travel agency ────────────────────────────────────────────────────────
  {
    id: 'u56-travel-agency',
    domain: 'travel agency',
    style: 'terse',
    constructs: ['later-options', 'possessive', 'percent', 'money', 'email'],
    text:
      "Trips: destination, departure date, return date, travellers count, total price, deposit percent. A trip's status is quoted, booked, or completed. Travellers: name, passport expiry, email. Each trip belongs to one traveller (the lead traveller).",
    entities: [
      { name: 'trip', fields: [lk('traveller', ['lead_traveller', 'lead_traveller_id', 'traveller', 'traveller_id']), f('destination', 'text'), f('departure_date', 'date'), f('return_date', 'date'), f(['travellers_count', 'traveller_count', 'number_of_travellers'], 'number'), f('total_price', 'currency'), f(['deposit_percent', 'deposit_percentage', 'deposit'], 'percent'), sel('status', ['quoted', 'booked', 'completed'])] },
      { name: 'traveller', fields: [f(NAME, 'text'), f(['passport_expiry', 'passport_expiry_date'], 'date'), f('email', 'email')] },
    ],
  },
  // ── solar installation ───────────────────────────────────────────────────
  {
    id: 'u57-solar-installs',
    domain: 'solar installation',
    style: 'non-native',
    constructs: ['money', 'email', 'phone', 'yes-no'],
    text:
      'We install solar panels on houses. For every installation we are keeping customer, address, system size in kW, number of panels, installation date, contract value and if the permit is approved. Customer is having name, phone and email.',
    entities: [
      { name: 'installation', fields: [lk('customer'), f('address', ADDR), f(['system_size_kw', 'system_size'], 'number'), f('number_of_panels', 'number'), f('installation_date', 'date'), f('contract_value', 'currency'), f(['permit_approved', 'is_permit_approved'], ['boolean', 'toggle'])] },
      { name: 'customer', fields: [f(NAME, 'text'), f(['phone', 'phone_number'], 'phone'), f('email', 'email')] },
    ],
  },
  // ── brewery ──────────────────────────────────────────────────────────────
  {
    id: 'u58-brewery-batches',
    domain: 'brewery',
    style: 'bullets',
    constructs: ['percent', 'yes-no'],
    text:
      'Brewery batches\n- beer style (IPA, stout, lager, pilsner, sour)\n- brew date\n- volume in litres\n- ABV %\n- tank\n- ready to package? (yes/no)\nTanks have a name and a capacity in litres.',
    entities: [
      { name: ['batch', 'brew_batch', 'brewery_batch'], fields: [sel(['beer_style', 'style'], ['IPA', 'stout', 'lager', 'pilsner', 'sour']), f('brew_date', 'date'), f(['volume_litres', 'volume_liters', 'volume'], 'number'), f('abv', 'percent'), lk('tank'), f('ready_to_package', ['boolean', 'toggle'])] },
      { name: 'tank', fields: [f(NAME, 'text'), f(['capacity_litres', 'capacity_liters', 'capacity'], 'number')] },
    ],
  },
  // ── music school ─────────────────────────────────────────────────────────
  {
    id: 'u59-music-lessons',
    domain: 'music school',
    style: 'conversational',
    constructs: ['possessive', 'email', 'phone', 'yes-no'],
    text:
      "so I teach piano and guitar and have about 40 students. for each student I need name, parent's email, phone, instrument (piano or guitar) and lesson day. lessons get logged with the date, the duration in minutes, whether it was paid and what we worked on.",
    entities: [
      { name: 'student', fields: [f(NAME, 'text'), f('parent_email', 'email'), f(['phone', 'phone_number'], 'phone'), sel('instrument', ['piano', 'guitar']), f('lesson_day', ['text', 'select'])] },
      { name: 'lesson', fields: [lk('student'), f(['date', 'lesson_date'], ['date', 'datetime']), f(['duration_minutes', 'duration'], 'number'), f(['paid', 'is_paid'], ['boolean', 'toggle']), f(['notes', 'what_we_worked_on', 'topics', 'lesson_notes'], LONG)] },
    ],
  },
  // ── field service ────────────────────────────────────────────────────────
  {
    id: 'u60-plumbing-work-orders',
    domain: 'field service',
    style: 'option-syntax',
    constructs: ['relative-clause', 'checkbox', 'money', 'email', 'phone'],
    text:
      'Work orders raised by a customer for a job at one of their properties: problem description, urgency (routine, urgent, emergency), scheduled date, technician, labour hours, parts cost, completed (checkbox). Customers have a name, email and phone; properties have an address and belong to a customer.',
    entities: [
      { name: 'work_order', fields: [lk('customer'), lk('property'), f('problem_description', LONG), sel('urgency', ['routine', 'urgent', 'emergency']), f('scheduled_date', ['date', 'datetime']), f('technician', ['text', 'lookup', 'user']), f(['labour_hours', 'labor_hours'], 'number'), f('parts_cost', 'currency'), f(['completed', 'is_completed'], ['boolean', 'toggle'])] },
      { name: 'customer', fields: person() },
      { name: 'property', fields: [f('address', ADDR), lk('customer')] },
    ],
    optionalEntities: ['technician'],
  },
  // ── conference speakers ──────────────────────────────────────────────────
  {
    id: 'u61-conference-talks',
    domain: 'conference',
    style: 'flowing',
    constructs: ['relative-clause', 'default', 'url', 'email'],
    text:
      'For our developer conference we need to manage speakers, with their name, company, bio, email, Twitter URL and a headshot, and the talks that a speaker submits, each with a title, an abstract, a track of frontend, backend, DevOps or data, a length in minutes, and a review status that starts as submitted and can become accepted, waitlisted or rejected.',
    entities: [
      { name: 'speaker', fields: [f(NAME, 'text'), f('company', 'text'), f('bio', LONG), f('email', 'email'), f(['twitter_url', 'twitter'], 'url'), f(['headshot', 'headshot_url', 'photo'], ['image', 'file', 'url'])] },
      { name: 'talk', fields: [lk('speaker'), f('title', 'text'), f('abstract', LONG), sel('track', ['frontend', 'backend', 'DevOps', 'data']), f(['length_minutes', 'length', 'duration_minutes', 'duration'], 'number'), sel('review_status', ['submitted', 'accepted', 'waitlisted', 'rejected'], { defaultValue: 'submitted' })] },
    ],
  },
  // ── bike rental ──────────────────────────────────────────────────────────
  {
    id: 'u62-bike-rentals',
    domain: 'bike rental',
    style: 'terse',
    constructs: ['unique', 'yes-no', 'money', 'phone'],
    text:
      'bike rentals: bikes (frame number unique, type city/mountain/e-bike, hourly rate, in service y/n), rentals (bike, customer phone, start time, end time, total charged, helmet included)',
    entities: [
      { name: 'bike', fields: [f('frame_number', 'text', { unique: true }), sel(['type', 'bike_type'], ['city', 'mountain', 'e-bike']), f('hourly_rate', 'currency'), f('in_service', ['boolean', 'toggle'])] },
      { name: 'rental', fields: [lk('bike'), f('customer_phone', 'phone'), f(['start_time', 'starts_at'], 'datetime'), f(['end_time', 'ends_at'], 'datetime'), f('total_charged', 'currency'), f('helmet_included', ['boolean', 'toggle'])] },
    ],
  },
  // ── marketing campaigns ──────────────────────────────────────────────────
  {
    id: 'u63-marketing-campaigns',
    domain: 'marketing campaigns',
    style: 'non-native',
    constructs: ['has-many', 'percent', 'money', 'email'],
    text:
      'Marketing team is wanting to follow the campaigns. Campaign have name, channel (email, social, search, print), budget, start date, end date and the target conversion rate in %. Each campaign has many leads; lead have name, email, company and the date captured.',
    entities: [
      { name: 'campaign', fields: [f(NAME, 'text'), sel('channel', ['email', 'social', 'search', 'print']), f('budget', 'currency'), f('start_date', 'date'), f('end_date', 'date'), f(['target_conversion_rate', 'conversion_rate'], 'percent')] },
      { name: 'lead', fields: [lk('campaign'), f(NAME, 'text'), f('email', 'email'), f('company', 'text'), f(['date_captured', 'captured_on', 'captured_date'], 'date')] },
    ],
  },
  // ── podcast ──────────────────────────────────────────────────────────────
  {
    id: 'u64-podcast-episodes',
    domain: 'podcast production',
    style: 'conversational',
    constructs: ['url', 'email'],
    text:
      'we produce a weekly podcast and want an episode tracker — episode number, title, guest, record date, publish date, status which is like idea, scheduled, recorded, edited or published, and the audio link. guests are their own thing with name, email, website and how we found them.',
    entities: [
      { name: 'episode', fields: [f('episode_number', 'number'), f('title', 'text'), lk('guest'), f(['record_date', 'recording_date'], 'date'), f(['publish_date', 'published_on'], 'date'), sel('status', ['idea', 'scheduled', 'recorded', 'edited', 'published']), f(['audio_link', 'audio_url'], 'url')] },
      { name: 'guest', fields: [f(NAME, 'text'), f('email', 'email'), f('website', 'url'), f(['how_found', 'how_we_found_them', 'source', 'found_via', 'referral_source'], ['text', 'textarea', 'select'])] },
    ],
  },
  // ── refusals: languages the reader is not expected to read ───────────────
  {
    id: 'u65-de-dental',
    domain: 'dental clinic',
    style: 'terse',
    constructs: [],
    text:
      'Wir brauchen eine App für unsere Zahnarztpraxis: Patienten mit Name, Geburtsdatum und Telefonnummer, und Termine mit Datum, Uhrzeit und Status (gebucht, abgesagt, erledigt).',
    entities: [],
    expectRefusal: 'German',
  },
  {
    id: 'u66-de-property',
    domain: 'property rentals',
    style: 'flowing',
    constructs: [],
    text:
      'Für unsere Hausverwaltung möchten wir die Wohnungen mit Adresse und Kaltmiete verwalten, dazu die Mieter mit Name und E-Mail sowie die Reparaturaufträge, die ein Mieter meldet, jeweils mit Beschreibung und Dringlichkeit.',
    entities: [],
    expectRefusal: 'German',
  },
  {
    id: 'u67-es-vet',
    domain: 'veterinary clinic',
    style: 'flowing',
    constructs: [],
    text:
      'Necesitamos una aplicación para nuestra clínica veterinaria: dueños con nombre, teléfono y correo, mascotas con especie y fecha de nacimiento, y visitas con motivo y costo.',
    entities: [],
    expectRefusal: 'Spanish',
  },
  {
    id: 'u68-es-restaurant',
    domain: 'restaurant reservations',
    style: 'option-syntax',
    constructs: [],
    text:
      'Reservas del restaurante: nombre del cliente, número de personas, fecha y hora, estado (confirmada / cancelada / sentada), mesa.',
    entities: [],
    expectRefusal: 'Spanish',
  },
  {
    id: 'u69-fr-gym',
    domain: 'gym memberships',
    style: 'flowing',
    constructs: [],
    text:
      "Nous avons besoin d'une application pour gérer les adhérents de notre salle de sport : nom, e-mail, téléphone, type d'abonnement (mensuel, annuel) et date d'inscription.",
    entities: [],
    expectRefusal: 'French',
  },
  {
    id: 'u70-fr-warehouse',
    domain: 'warehouse inventory',
    style: 'terse',
    constructs: [],
    text:
      "Je voudrais suivre les stocks de notre entrepôt : articles avec référence unique, désignation, quantité en stock et fournisseur ; fournisseurs avec nom et e-mail.",
    entities: [],
    expectRefusal: 'French',
  },
];
