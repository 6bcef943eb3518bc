/*
 * Second frozen evaluation set for the app generator (issue 13, "Targets"): 69 prompts in 22
 * domains that the first set (unseen-prompts.ts) does not cover, written as real users write them.
 * Written on 2026-12-07 by the `promptset` engineer WITHOUT reading the generator's code or its
 * development / held-out prompt sets (only unseen-prompts.ts for the format and conventions,
 * score-unseen.ts for the answer shape and docs/protocol.md section 5).
 * FROZEN: never tune the reader on it. Do not edit expectations to match the reader's output;
 * a change of content is a new set (the test pins its hash).
 *
 * Conventions are those of unseen-prompts.ts: snake_case names, a list gives accepted
 * alternatives (the first preferred); `options` exactly as written, in order; relationships are
 * lookup/master_detail fields on the child object ("each X has many Y" => Y points to X);
 * `required` / `unique` / `defaultValue` only where the prompt states them (a select's default
 * is the option label as written); an object only implied has `fields: []`; objects a modeller
 * may reasonably add are in `optionalEntities`; yes/no and checkbox facts are booleans without
 * options; `expectRefusal` marks prompts in a language the reader is not expected to read.
 */
import type { UnseenExpectedField, UnseenFieldType, UnseenPrompt } from './unseen-prompts';

type T = UnseenFieldType;
type F = UnseenExpectedField;
const REL: T[] = ['lookup', 'master_detail'];
const LONG: T[] = ['textarea', 'text'];
const ADDR: T[] = ['text', 'textarea', 'address'];
const BOOL: T[] = ['boolean', 'toggle'];
const NAME = ['name', 'full_name'];
const PHONE = ['phone', 'phone_number'];
const f = (name: string | string[], type: T | T[], extra: Partial<F> = {}): F => ({ name, type, ...extra });
const sel = (name: string | string[], options: string[], extra: Partial<F> = {}): F => ({ name, type: 'select', options, ...extra });
const lk = (ref: string | string[], names?: string[], extra: Partial<F> = {}): F => {
  const refs = Array.isArray(ref) ? ref : [ref];
  return { name: names ?? refs.flatMap((r) => [r, `${r}_id`]), type: REL, reference: ref, ...extra };
};
const person = (): F[] => [f(NAME, 'text'), f('email', 'email'), f(PHONE, 'phone')];

const BUS = ['bus', 'school_bus'];
const FILMMAKER = ['filmmaker', 'film_maker'];
const CHARTER_CUSTOMER = ['customer', 'client'];
const CREW = ['crew_member', 'crew'];
const TRANSLATION_JOB = ['job', 'translation_job', 'project', 'order'];
const ROOM = ['room', 'escape_room'];
const STAFF = ['staff', 'staff_member', 'employee'];
const PRINT_JOB = ['print_job', 'job'];
const CRITERION = ['criterion', 'criteria', 'judging_criterion'];
const EQUIPMENT = ['equipment', 'equipment_item', 'item'];
const PLOT_RENTAL = ['plot_rental', 'rental'];
const PERMIT_APP = ['permit_application', 'application', 'permit'];
const JOURNAL_ISSUE = ['issue', 'journal_issue'];
const DRIVE = ['drive', 'blood_drive'];
const CENTRE = ['centre', 'center', 'donation_centre', 'donation_center'];
const LANDSCAPER = ['landscaping_company', 'company', 'customer'];
const HOTEL = ['hotel', 'client_hotel', 'client'];
const LIFT = ['lift', 'elevator'];

export const unseen2Prompts: UnseenPrompt[] = [
  // ── school bus routes ────────────────────────────────────────────────────
  {
    id: 'v01-bus-routes',
    domain: 'school bus routes',
    style: 'terse',
    constructs: ['phone'],
    text:
      'school bus routes: buses (bus number, capacity, driver, last inspection date), drivers (name, phone, license class), routes (route name, bus, morning departure time, afternoon departure time), stops (route, stop order, address, pickup time)',
    entities: [
      { name: BUS, fields: [f(['bus_number', 'number'], ['text', 'number']), f('capacity', 'number'), lk('driver'), f(['last_inspection_date', 'last_inspection', 'last_inspected_on'], 'date')] },
      { name: 'driver', fields: [f(NAME, 'text'), f(PHONE, 'phone'), f(['license_class', 'licence_class'], ['text', 'select'])] },
      { name: 'route', fields: [f(['route_name', 'name'], 'text'), lk(BUS), f(['morning_departure_time', 'morning_departure'], ['time', 'datetime']), f(['afternoon_departure_time', 'afternoon_departure'], ['time', 'datetime'])] },
      { name: ['stop', 'bus_stop', 'route_stop'], fields: [lk('route'), f(['stop_order', 'order', 'sequence'], 'number'), f('address', ADDR), f('pickup_time', ['time', 'datetime'])] },
    ],
  },
  {
    id: 'v02-bus-riders',
    domain: 'school bus routes',
    style: 'flowing',
    constructs: ['relative-clause', 'possessive', 'phone', 'email', 'yes-no'],
    text:
      "The transport office of our school district needs to record the students who ride the bus, with each student's name, grade and home address and the stop where they get picked up, together with the guardian we call when the bus is late, whose name, mobile phone and email we keep, and the incident reports that drivers file about a student, each with the date, what happened and whether the parents were notified.",
    entities: [
      { name: 'student', fields: [f(NAME, 'text'), f('grade', ['text', 'number', 'select']), f('home_address', ADDR), f(['pickup_stop', 'stop', 'bus_stop'], ['text', 'lookup', 'master_detail'])] },
      { name: ['guardian', 'parent'], fields: [f(NAME, 'text'), f(['mobile_phone', 'phone', 'phone_number', 'mobile'], 'phone'), f('email', 'email')] },
      { name: ['incident_report', 'incident'], fields: [lk('student'), f(['date', 'incident_date', 'reported_on'], ['date', 'datetime']), f(['what_happened', 'description', 'details'], LONG), f(['parents_notified', 'parent_notified', 'guardian_notified'], BOOL)] },
    ],
    optionalEntities: ['stop', 'bus_stop', 'driver', 'student_guardian'],
  },
  {
    id: 'v03-bus-fleet-options',
    domain: 'school bus routes',
    style: 'option-syntax',
    constructs: ['required', 'unique', 'default', 'yes-no'],
    text:
      'Routes: route code (required, unique), name, shift: morning | afternoon | both, status active/suspended, default active, bus. Buses: plate (unique), seats, wheelchair lift y/n, fuel: diesel | CNG | electric.',
    entities: [
      { name: 'route', fields: [f(['route_code', 'code'], 'text', { required: true, unique: true }), f(['name', 'route_name'], 'text'), sel('shift', ['morning', 'afternoon', 'both']), sel('status', ['active', 'suspended'], { defaultValue: 'active' }), lk(BUS)] },
      { name: BUS, fields: [f(['plate', 'plate_number', 'license_plate'], 'text', { unique: true }), f(['seats', 'seat_count', 'capacity'], 'number'), f(['wheelchair_lift', 'has_wheelchair_lift'], BOOL), sel(['fuel', 'fuel_type'], ['diesel', 'CNG', 'electric'])] },
    ],
  },
  // ── film festival ────────────────────────────────────────────────────────
  {
    id: 'v04-festival-submissions',
    domain: 'film festival',
    style: 'bullets',
    constructs: ['has-many', 'url', 'email', 'checkbox'],
    text:
      '## Festival submissions\n- **Films**: title, runtime in minutes, country, genre (drama, documentary, animation, short, experimental), screener link, entry fee paid (checkbox)\n- **Filmmakers**: name, email, website\n- each filmmaker has many films\n- **Screenings**: film, venue, starts at, tickets sold',
    entities: [
      { name: 'film', fields: [f('title', 'text'), f(['runtime_minutes', 'runtime', 'runtime_min'], 'number'), f('country', ['text', 'select']), sel('genre', ['drama', 'documentary', 'animation', 'short', 'experimental']), f(['screener_link', 'screener_url'], 'url'), f(['entry_fee_paid', 'fee_paid', 'is_entry_fee_paid'], BOOL), lk(FILMMAKER)] },
      { name: FILMMAKER, fields: [f(NAME, 'text'), f('email', 'email'), f(['website', 'website_url'], 'url')] },
      { name: 'screening', fields: [lk('film'), f('venue', ['text', 'select', 'lookup']), f(['starts_at', 'start_time', 'start'], 'datetime'), f('tickets_sold', 'number')] },
    ],
    optionalEntities: ['venue'],
  },
  {
    id: 'v05-festival-jury',
    domain: 'film festival',
    style: 'conversational',
    constructs: ['relative-clause', 'email'],
    text:
      "ok so we run a small film festival every autumn and the jury stuff is a mess. we have jurors — name, email, which jury they sit on (features or shorts) — and they each score the films assigned to them, so a score is a juror plus a film plus points out of 10 plus a comment. oh and films just need a title and the year. would be nice to see the average later but whatever",
    entities: [
      { name: 'juror', fields: [f(NAME, 'text'), f('email', 'email'), sel(['jury', 'jury_panel'], ['features', 'shorts'])] },
      { name: ['score', 'jury_score', 'evaluation', 'rating'], fields: [lk('juror'), lk('film'), f(['points', 'score'], ['number', 'rating']), f(['comment', 'comments'], LONG)] },
      { name: 'film', fields: [f('title', 'text'), f('year', 'number')] },
    ],
    optionalEntities: ['assignment', 'jury_assignment', 'jury'],
  },
  {
    id: 'v06-festival-sponsors',
    domain: 'film festival',
    style: 'non-native',
    constructs: ['later-options', 'money', 'email', 'expected-delivery', 'yes-no'],
    text:
      'For the film festival we need manage the sponsors. Sponsor is having company name, contact person, contact email, sponsorship level and amount in euro. The levels are gold, silver, bronze, partner. Also we record for each sponsor the benefits delivered, with benefit description, due by date and done yes or no.',
    entities: [
      { name: 'sponsor', fields: [f(['company_name', 'name'], 'text'), f(['contact_person', 'contact_name'], 'text'), f(['contact_email', 'email'], 'email'), sel(['sponsorship_level', 'level'], ['gold', 'silver', 'bronze', 'partner']), f(['amount', 'amount_eur', 'sponsorship_amount'], 'currency')] },
      { name: ['benefit', 'sponsor_benefit', 'sponsorship_benefit'], fields: [lk('sponsor'), f(['description', 'benefit_description'], LONG), f(['due_by', 'due_date', 'due_by_date'], 'date'), f(['done', 'is_done', 'delivered'], BOOL)] },
    ],
  },
  // ── wedding planning ─────────────────────────────────────────────────────
  {
    id: 'v07-wedding-couples',
    domain: 'wedding planning',
    style: 'conversational',
    constructs: ['possessive', 'money', 'email', 'phone', 'yes-no'],
    text:
      "hi! I'm a wedding planner, solo, and I want something simple: couples (both names, wedding date, venue, budget, email), and for each couple the vendors we booked — florist, photographer, caterer, DJ, that kind of thing — with the vendor's company name, phone, quote amount, and whether the deposit is paid. Oh and a guest list per couple: guest name, RSVP yes / no / maybe, meal choice, table number.",
    entities: [
      { name: 'couple', fields: [f(['names', 'couple_names', 'partner_names', 'name', 'partner_1_name', 'partner_one_name'], 'text'), f('wedding_date', 'date'), f('venue', ['text', 'lookup']), f('budget', 'currency'), f('email', 'email')] },
      { name: ['vendor', 'vendor_booking', 'booked_vendor', 'booking'], fields: [lk('couple'), f(['category', 'vendor_type', 'type', 'service'], ['select', 'text']), f(['company_name', 'name'], 'text'), f(PHONE, 'phone'), f(['quote_amount', 'quote', 'quoted_amount'], 'currency'), f(['deposit_paid', 'is_deposit_paid'], BOOL)] },
      { name: 'guest', fields: [lk('couple'), f(['guest_name', 'name', 'full_name'], 'text'), sel(['rsvp', 'rsvp_status'], ['yes', 'no', 'maybe']), f(['meal_choice', 'meal'], ['text', 'select']), f('table_number', ['number', 'text'])] },
    ],
    optionalEntities: ['venue'],
  },
  {
    id: 'v08-wedding-tasks',
    domain: 'wedding planning',
    style: 'option-syntax',
    constructs: ['required', 'default', 'money', 'expected-delivery'],
    text:
      'Wedding tasks: title (required), couple, category: venue | catering | attire | decor | paperwork, due by, status todo / doing / done (default todo), cost estimate. Couples: partner names, wedding date (required), guest count.',
    entities: [
      { name: ['task', 'wedding_task'], fields: [f('title', 'text', { required: true }), lk('couple'), sel('category', ['venue', 'catering', 'attire', 'decor', 'paperwork']), f(['due_by', 'due_date'], 'date'), sel('status', ['todo', 'doing', 'done'], { defaultValue: 'todo' }), f(['cost_estimate', 'estimated_cost'], 'currency')] },
      { name: 'couple', fields: [f(['partner_names', 'names', 'couple_names'], 'text'), f('wedding_date', 'date', { required: true }), f(['guest_count', 'number_of_guests', 'guests'], 'number')] },
    ],
  },
  {
    id: 'v09-wedding-venues',
    domain: 'wedding planning',
    style: 'bullets',
    constructs: ['percent', 'url', 'phone', 'money', 'yes-no'],
    text:
      'Venues we work with:\n* venue name, city, max guests, price per head, service charge %, website, contact phone\n* outdoor ceremony possible? yes/no\nSite visits:\n* venue, couple name, visit date, notes, rating 1-5',
    entities: [
      { name: 'venue', fields: [f(['name', 'venue_name'], 'text'), f('city', 'text'), f(['max_guests', 'capacity'], 'number'), f('price_per_head', 'currency'), f(['service_charge', 'service_charge_percent', 'service_charge_pct'], 'percent'), f(['website', 'website_url'], 'url'), f(['contact_phone', 'phone'], 'phone'), f(['outdoor_ceremony', 'outdoor_ceremony_possible', 'outdoor_ceremony_allowed'], BOOL)] },
      { name: 'site_visit', fields: [lk('venue'), f('couple_name', 'text'), f(['visit_date', 'date'], ['date', 'datetime']), f('notes', LONG), f('rating', ['rating', 'number'])] },
    ],
  },
  // ── fishing charters ─────────────────────────────────────────────────────
  {
    id: 'v10-charter-bookings',
    domain: 'fishing charters',
    style: 'flowing',
    constructs: ['relative-clause', 'possessive', 'money', 'phone', 'email'],
    text:
      "We run three fishing boats out of the harbour and want to track the charters booked by a customer, each with the trip date, the boat, how many anglers are coming, the trip length of half day, full day or overnight, the total price and the deposit taken, and we also keep every boat's name, skipper and passenger limit, while customers just need a name, a phone number and an email.",
    entities: [
      { name: ['charter', 'booking', 'charter_booking', 'trip'], fields: [lk(CHARTER_CUSTOMER), f(['trip_date', 'date'], 'date'), lk('boat'), f(['number_of_anglers', 'anglers', 'angler_count', 'party_size'], 'number'), sel(['trip_length', 'duration', 'length'], ['half day', 'full day', 'overnight']), f(['total_price', 'price', 'total'], 'currency'), f(['deposit', 'deposit_taken', 'deposit_amount'], 'currency')] },
      { name: 'boat', fields: [f(['name', 'boat_name'], 'text'), f(['skipper', 'captain', 'skipper_name'], ['text', 'user', 'lookup']), f(['passenger_limit', 'max_passengers', 'capacity'], 'number')] },
      { name: CHARTER_CUSTOMER, fields: person() },
    ],
    optionalEntities: ['skipper'],
  },
  {
    id: 'v11-catch-log',
    domain: 'fishing charters',
    style: 'terse',
    constructs: ['yes-no'],
    text:
      'catch log - trip, species, weight kg, length cm, released y/n, photo. trips - boat, date, departure time, weather (calm/choppy/rough), fuel used litres',
    entities: [
      { name: ['catch', 'catch_record', 'catch_log', 'catch_entry'], fields: [lk('trip'), f('species', ['text', 'select']), f(['weight_kg', 'weight'], 'number'), f(['length_cm', 'length'], 'number'), f(['released', 'was_released', 'is_released'], BOOL), f('photo', ['image', 'file'])] },
      { name: 'trip', fields: [f('boat', ['text', 'select', 'lookup']), f(['date', 'trip_date'], 'date'), f('departure_time', ['time', 'datetime']), sel('weather', ['calm', 'choppy', 'rough']), f(['fuel_used_litres', 'fuel_used', 'fuel_litres'], 'number')] },
    ],
    optionalEntities: ['boat'],
  },
  {
    id: 'v12-charter-crew',
    domain: 'fishing charters',
    style: 'non-native',
    constructs: ['later-options', 'unique', 'phone', 'listed-on'],
    text:
      'I am owner of fishing charter company. I want save my crew: each crew member have name, phone, role and license number which must be unique. Roles are captain, deckhand, cook. And the safety checks of the boats, every check with boat name, checked on date, checked by crew member, result pass or fail, and remarks.',
    entities: [
      { name: CREW, fields: [f(NAME, 'text'), f(PHONE, 'phone'), sel('role', ['captain', 'deckhand', 'cook']), f(['license_number', 'licence_number'], 'text', { unique: true })] },
      { name: 'safety_check', fields: [f(['boat_name', 'boat'], ['text', 'lookup']), f(['checked_on', 'check_date', 'date'], 'date'), lk(CREW, ['checked_by', 'checked_by_id', 'crew_member', 'crew_member_id']), sel('result', ['pass', 'fail']), f(['remarks', 'notes'], LONG)] },
    ],
    optionalEntities: ['boat'],
  },
  // ── dog grooming ─────────────────────────────────────────────────────────
  {
    id: 'v13-grooming-van',
    domain: 'dog grooming',
    style: 'conversational',
    constructs: ['possessive', 'phone', 'money', 'checkbox'],
    text:
      "so I groom dogs out of a van, and I need to stop using paper. every dog has an owner — owner's name, phone, address — and the dog itself has a name, breed, size which is small medium large or giant, and any allergies. then appointments: which dog, date and time, the service (bath, full groom, nail trim, de-shed), price, and a tick box for whether they've paid.",
    entities: [
      { name: 'owner', fields: [f(['name', 'owner_name', 'full_name'], 'text'), f(PHONE, 'phone'), f('address', ADDR)] },
      { name: 'dog', fields: [lk('owner'), f(['name', 'dog_name'], 'text'), f('breed', ['text', 'select']), sel('size', ['small', 'medium', 'large', 'giant']), f('allergies', LONG)] },
      { name: 'appointment', fields: [lk('dog'), f(['date_time', 'appointment_time', 'scheduled_at', 'starts_at', 'date'], 'datetime'), sel('service', ['bath', 'full groom', 'nail trim', 'de-shed']), f('price', 'currency'), f(['paid', 'is_paid', 'has_paid'], BOOL)] },
    ],
  },
  {
    id: 'v14-groomers',
    domain: 'dog grooming',
    style: 'option-syntax',
    constructs: ['required', 'unique', 'default', 'email', 'percent', 'yes-no', 'money'],
    text:
      'Groomers: name (required), email (unique), commission %, active yes/no default yes. Services: name, duration (mins), base price, coat type: short | long | double | curly.',
    entities: [
      { name: 'groomer', fields: [f(NAME, 'text', { required: true }), f('email', 'email', { unique: true }), f(['commission', 'commission_percent', 'commission_rate'], 'percent'), f(['active', 'is_active'], BOOL, { defaultValue: true })] },
      { name: ['service', 'grooming_service'], fields: [f(['name', 'service_name'], 'text'), f(['duration', 'duration_minutes', 'duration_mins'], 'number'), f('base_price', 'currency'), sel('coat_type', ['short', 'long', 'double', 'curly'])] },
    ],
  },
  {
    id: 'v15-grooming-kennels',
    domain: 'dog grooming',
    style: 'bullets',
    constructs: ['has-many', 'later-options', 'checkbox', 'phone'],
    text:
      'Grooming salon – what I need:\n- Kennels: number, size, occupied (checkbox)\n- Stays: dog, kennel, check-in, check-out, feeding notes\n- every kennel has many stays\n- Dogs: name, breed, vaccinated, owner phone\nKennel size is one of S, M, L.',
    entities: [
      { name: 'kennel', fields: [f(['number', 'kennel_number'], ['text', 'number']), sel('size', ['S', 'M', 'L']), f(['occupied', 'is_occupied'], BOOL)] },
      { name: ['stay', 'kennel_stay', 'boarding_stay'], fields: [lk('dog'), lk('kennel'), f(['check_in', 'check_in_at', 'checked_in_at'], ['datetime', 'date']), f(['check_out', 'check_out_at', 'checked_out_at'], ['datetime', 'date']), f('feeding_notes', LONG)] },
      { name: 'dog', fields: [f('name', 'text'), f('breed', ['text', 'select']), f(['vaccinated', 'is_vaccinated'], BOOL), f('owner_phone', 'phone')] },
    ],
  },
  // ── translation agency ───────────────────────────────────────────────────
  {
    id: 'v16-translation-jobs',
    domain: 'translation agency',
    style: 'flowing',
    constructs: ['relative-clause', 'money', 'email', 'expected-delivery'],
    text:
      'Our translation agency takes on jobs ordered by a client, each job having a source language, a target language, a word count, a rate per word, the expected delivery date and a status of quote, in progress, review or delivered, and every job is assigned to one of our freelance translators, whose name, email, language pairs and average rating we keep, while clients have a company name, a billing email and a VAT number.',
    entities: [
      { name: TRANSLATION_JOB, fields: [lk('client'), f('source_language', ['text', 'select']), f('target_language', ['text', 'select']), f('word_count', 'number'), f(['rate_per_word', 'rate'], 'currency'), f(['expected_delivery_date', 'expected_delivery', 'delivery_date', 'due_date'], 'date'), sel('status', ['quote', 'in progress', 'review', 'delivered']), lk('translator')] },
      { name: 'translator', fields: [f(NAME, 'text'), f('email', 'email'), f('language_pairs', ['text', 'textarea', 'multiselect']), f(['average_rating', 'rating'], ['number', 'rating'])] },
      { name: 'client', fields: [f(['company_name', 'name'], 'text'), f(['billing_email', 'email'], 'email'), f('vat_number', 'text')] },
    ],
  },
  {
    id: 'v17-translator-db',
    domain: 'translation agency',
    style: 'terse',
    constructs: ['unique', 'url', 'email', 'yes-no', 'money'],
    text:
      'translators db: translator (name, email unique, native language, rate/word, portfolio url, sworn translator y/n), certifications (translator, body, cert number, expires on)',
    entities: [
      { name: 'translator', fields: [f(NAME, 'text'), f('email', 'email', { unique: true }), f('native_language', ['text', 'select']), f(['rate_per_word', 'rate'], 'currency'), f(['portfolio_url', 'portfolio'], 'url'), f(['sworn_translator', 'is_sworn', 'sworn', 'is_sworn_translator'], BOOL)] },
      { name: 'certification', fields: [lk('translator'), f(['body', 'issuing_body', 'certifying_body'], 'text'), f(['cert_number', 'certification_number', 'certificate_number'], 'text'), f(['expires_on', 'expiry_date', 'expiration_date'], 'date')] },
    ],
  },
  {
    id: 'v18-translation-invoices',
    domain: 'translation agency',
    style: 'non-native',
    constructs: ['later-options', 'money', 'default'],
    text:
      'We are translation office. We need invoices for clients: invoice number, client, issue date, amount, currency and state. Currency is EUR or USD or GBP, default EUR. State can be draft, sent, paid, overdue.',
    entities: [
      { name: 'invoice', fields: [f('invoice_number', 'text'), lk('client'), f(['issue_date', 'issued_on', 'date'], 'date'), f(['amount', 'total'], 'currency'), sel('currency', ['EUR', 'USD', 'GBP'], { defaultValue: 'EUR' }), sel(['state', 'status'], ['draft', 'sent', 'paid', 'overdue'])] },
      { name: 'client', fields: [] },
    ],
  },
  // ── escape rooms ─────────────────────────────────────────────────────────
  {
    id: 'v19-escape-bookings',
    domain: 'escape rooms',
    style: 'option-syntax',
    constructs: ['required', 'default', 'money', 'email', 'phone'],
    text:
      'Rooms: name (required), theme, difficulty easy/medium/hard/expert, max players, duration 60 min default, price per group. Bookings: room, lead booker, email, phone, slot (date+time), players, outcome: escaped | failed | not played, finish time in minutes',
    entities: [
      { name: ROOM, fields: [f(['name', 'room_name'], 'text', { required: true }), f('theme', ['text', 'select']), sel('difficulty', ['easy', 'medium', 'hard', 'expert']), f('max_players', 'number'), f(['duration', 'duration_minutes', 'duration_min'], 'number', { defaultValue: 60 }), f(['price_per_group', 'price'], 'currency')] },
      { name: 'booking', fields: [lk(ROOM), f(['lead_booker', 'lead_booker_name', 'booker_name', 'name'], 'text'), f('email', 'email'), f(PHONE, 'phone'), f(['slot', 'date_time', 'starts_at', 'slot_time'], 'datetime'), f(['players', 'number_of_players', 'player_count'], 'number'), sel('outcome', ['escaped', 'failed', 'not played']), f(['finish_time', 'finish_time_minutes', 'finish_minutes'], 'number')] },
    ],
  },
  {
    id: 'v20-escape-puzzles',
    domain: 'escape rooms',
    style: 'conversational',
    constructs: ['percent', 'has-many'],
    text:
      "we own two escape room venues and i'd love to track the puzzles in each room — honestly each room has many puzzles — with the puzzle name, the order it comes in, the hint text and what % of teams solve it without a hint. and game masters, just their name and which venue they work at",
    entities: [
      { name: ROOM, fields: [] },
      { name: 'puzzle', fields: [lk(ROOM), f(['name', 'puzzle_name'], 'text'), f(['order', 'sequence', 'position', 'puzzle_order'], 'number'), f(['hint_text', 'hint'], LONG), f(['solve_rate', 'solve_rate_without_hint', 'percent_solved_without_hint', 'solved_without_hint_percent', 'unassisted_solve_rate'], 'percent')] },
      { name: 'game_master', fields: [f(NAME, 'text'), f('venue', ['text', 'select', 'lookup'])] },
    ],
    optionalEntities: ['venue'],
  },
  {
    id: 'v21-escape-ops',
    domain: 'escape rooms',
    style: 'terse',
    constructs: ['checkbox', 'money', 'phone', 'listed-on'],
    text:
      'escape room ops: maintenance issues (room, prop, reported on, fixed checkbox, repair cost); staff shifts (staff member, date, start, end, venue); staff (name, phone, hourly wage)',
    entities: [
      { name: ['maintenance_issue', 'issue'], fields: [f('room', ['text', 'select', 'lookup', 'master_detail']), f('prop', 'text'), f(['reported_on', 'reported_date', 'date_reported'], ['date', 'datetime']), f(['fixed', 'is_fixed'], BOOL), f(['repair_cost', 'cost'], 'currency')] },
      { name: ['shift', 'staff_shift'], fields: [lk(STAFF, ['staff_member', 'staff_member_id', 'staff', 'staff_id', 'employee', 'employee_id']), f(['date', 'shift_date'], 'date'), f(['start', 'start_time'], ['time', 'datetime']), f(['end', 'end_time'], ['time', 'datetime']), f('venue', ['text', 'select', 'lookup'])] },
      { name: STAFF, fields: [f(NAME, 'text'), f(PHONE, 'phone'), f(['hourly_wage', 'hourly_rate', 'wage'], 'currency')] },
    ],
    optionalEntities: ['room', 'escape_room', 'venue'],
  },
  // ── tattoo studio ────────────────────────────────────────────────────────
  {
    id: 'v22-tattoo-consent',
    domain: 'tattoo studio',
    style: 'non-native',
    constructs: ['relative-clause', 'later-options', 'required', 'email'],
    text:
      'Our tattoo studio want to have the client consent forms. A form is signed by a client and have: date signed, client age, allergies, design description, placement on body and artist. Placement options: arm, leg, back, chest, other. Client must have full name (obligatory) and email.',
    entities: [
      { name: ['consent_form', 'form'], fields: [lk('client'), f(['date_signed', 'signed_on', 'signed_date'], 'date'), f(['client_age', 'age'], 'number'), f('allergies', LONG), f(['design_description', 'design'], LONG), sel(['placement', 'placement_on_body', 'body_placement'], ['arm', 'leg', 'back', 'chest', 'other']), f('artist', ['text', 'select', 'lookup', 'user'])] },
      { name: 'client', fields: [f(['full_name', 'name'], 'text', { required: true }), f('email', 'email')] },
    ],
    optionalEntities: ['artist'],
  },
  {
    id: 'v23-tattoo-artists',
    domain: 'tattoo studio',
    style: 'bullets',
    constructs: ['money', 'percent', 'url', 'email'],
    text:
      '- Artists — name, instagram url, email, commission %, specialties (traditional, realism, fine line, blackwork, japanese)\n- Sessions — artist, client name, date, hours, hourly rate, deposit, tip\n- Deposits are non-refundable, just track them',
    entities: [
      { name: 'artist', fields: [f(NAME, 'text'), f(['instagram_url', 'instagram'], 'url'), f('email', 'email'), f(['commission', 'commission_percent', 'commission_rate'], 'percent'), sel(['specialties', 'specialty'], ['traditional', 'realism', 'fine line', 'blackwork', 'japanese'], { type: ['multiselect', 'select'] })] },
      { name: ['session', 'tattoo_session'], fields: [lk('artist'), f('client_name', 'text'), f(['date', 'session_date'], ['date', 'datetime']), f(['hours', 'duration_hours'], 'number'), f('hourly_rate', 'currency'), f(['deposit', 'deposit_amount'], 'currency'), f(['tip', 'tip_amount'], 'currency')] },
    ],
  },
  {
    id: 'v24-tattoo-walkins',
    domain: 'tattoo studio',
    style: 'flowing',
    constructs: ['possessive', 'default', 'phone'],
    text:
      "We need to manage the walk-in waiting list at the studio, where each entry records the customer's first name and phone, the size of the tattoo as small, medium or large, the artist they would like, the time they arrived and a status that starts as waiting and can move to called, in chair or left, so that whoever is at the front desk knows who is next.",
    entities: [
      { name: ['waitlist_entry', 'waiting_list_entry', 'walk_in', 'entry', 'waitlist'], fields: [f(['first_name', 'customer_first_name', 'name'], 'text'), f(['phone', 'customer_phone', 'phone_number'], 'phone'), sel(['size', 'tattoo_size'], ['small', 'medium', 'large']), f(['preferred_artist', 'artist'], ['text', 'select', 'lookup', 'user']), f(['arrived_at', 'arrival_time', 'time_arrived'], ['datetime', 'time']), sel('status', ['waiting', 'called', 'in chair', 'left'], { defaultValue: 'waiting' })] },
    ],
    optionalEntities: ['artist', 'customer'],
  },
  // ── print shop ───────────────────────────────────────────────────────────
  {
    id: 'v25-print-orders',
    domain: 'print shop',
    style: 'terse',
    constructs: ['money', 'email', 'yes-no', 'expected-delivery'],
    text:
      'print shop orders: customer, product (business cards | flyers | posters | banners), quantity, paper stock, double sided y/n, proof approved, due by, price. customers: company, contact email',
    entities: [
      { name: ['order', 'print_order', 'job', 'print_job'], fields: [lk('customer'), sel('product', ['business cards', 'flyers', 'posters', 'banners']), f('quantity', 'number'), f('paper_stock', ['text', 'select']), f(['double_sided', 'is_double_sided'], BOOL), f(['proof_approved', 'is_proof_approved'], BOOL), f(['due_by', 'due_date'], ['date', 'datetime']), f('price', 'currency')] },
      { name: 'customer', fields: [f(['company', 'company_name', 'name'], 'text'), f(['contact_email', 'email'], 'email')] },
    ],
  },
  {
    id: 'v26-print-files',
    domain: 'print shop',
    style: 'flowing',
    constructs: ['has-many', 'relative-clause', 'percent', 'unique', 'yes-no'],
    text:
      'Each print job has many files that the customer uploads, and for every file we need the file itself, its name, the page count, the colour mode (CMYK, RGB or grayscale) and whether it passed the preflight check, while the job keeps a job number that is unique, a title, the ink coverage as a percentage and the machine it runs on.',
    entities: [
      { name: PRINT_JOB, fields: [f('job_number', 'text', { unique: true }), f('title', 'text'), f(['ink_coverage', 'ink_coverage_percent'], 'percent'), f(['machine', 'press'], ['text', 'select', 'lookup'])] },
      { name: ['file', 'job_file', 'print_file', 'uploaded_file'], fields: [lk(PRINT_JOB), f(['file', 'attachment', 'upload'], 'file'), f(['name', 'file_name'], 'text'), f('page_count', 'number'), sel(['colour_mode', 'color_mode'], ['CMYK', 'RGB', 'grayscale']), f(['passed_preflight', 'preflight_passed', 'preflight_ok', 'passed_preflight_check'], BOOL)] },
    ],
    optionalEntities: ['machine', 'customer'],
  },
  {
    id: 'v27-print-quotes',
    domain: 'print shop',
    style: 'conversational',
    constructs: ['default', 'checkbox', 'money', 'phone', 'email'],
    text:
      "we're a little print shop and quotes are chaos. basically a quote is for a customer, it has a description of the job, the number of copies, a price, valid until date, and a status - we start everything as draft, then sent, accepted or declined. also a rush job tick box. customers are name + phone + email, nothing fancy",
    entities: [
      { name: 'quote', fields: [lk('customer'), f(['description', 'job_description'], LONG), f(['number_of_copies', 'copies', 'quantity'], 'number'), f(['price', 'amount', 'total'], 'currency'), f(['valid_until', 'valid_until_date'], 'date'), sel('status', ['draft', 'sent', 'accepted', 'declined'], { defaultValue: 'draft' }), f(['rush_job', 'is_rush', 'rush', 'is_rush_job'], BOOL)] },
      { name: 'customer', fields: person() },
    ],
  },
  // ── hackathons ───────────────────────────────────────────────────────────
  {
    id: 'v28-hackathon-teams',
    domain: 'hackathons',
    style: 'bullets',
    constructs: ['has-many', 'url', 'email', 'required', 'unique'],
    text:
      'Hackathon app\n- Teams: team name (required, unique), track (AI / Climate / Health / Open), repo URL, demo video URL\n- Participants: name, email (unique), GitHub handle, t-shirt size (XS, S, M, L, XL)\n- a team has many participants',
    entities: [
      { name: 'team', fields: [f(['team_name', 'name'], 'text', { required: true, unique: true }), sel('track', ['AI', 'Climate', 'Health', 'Open']), f(['repo_url', 'repository_url', 'repo'], 'url'), f(['demo_video_url', 'demo_video', 'demo_url'], 'url')] },
      { name: 'participant', fields: [f(NAME, 'text'), f('email', 'email', { unique: true }), f(['github_handle', 'github', 'github_username'], 'text'), sel(['t_shirt_size', 'tshirt_size', 'shirt_size'], ['XS', 'S', 'M', 'L', 'XL']), lk('team')] },
    ],
  },
  {
    id: 'v29-hackathon-judging',
    domain: 'hackathons',
    style: 'option-syntax',
    constructs: ['percent', 'default'],
    text:
      'Judging — criteria: name, weight %, max points (default 10). Scores: judge, team, criterion, points, comment. Judges: name, affiliation, role: industry | faculty | sponsor.',
    entities: [
      { name: CRITERION, fields: [f('name', 'text'), f(['weight', 'weight_percent'], 'percent'), f('max_points', 'number', { defaultValue: 10 })] },
      { name: ['score', 'judge_score'], fields: [lk('judge'), lk('team'), lk(CRITERION), f(['points', 'score'], 'number'), f(['comment', 'comments'], LONG)] },
      { name: 'judge', fields: [f(NAME, 'text'), f('affiliation', 'text'), sel('role', ['industry', 'faculty', 'sponsor'])] },
      { name: 'team', fields: [] },
    ],
  },
  {
    id: 'v30-hackathon-mentors',
    domain: 'hackathons',
    style: 'non-native',
    constructs: ['later-options', 'yes-no', 'relative-clause'],
    text:
      'We organise hackathon and we need register the mentors and the help requests. Mentor have name, company, skills and available yes or no. Help request is made by team, have topic, description, created time and it is assigned to a mentor. Topic can be frontend, backend, design or pitch.',
    entities: [
      { name: 'mentor', fields: [f(NAME, 'text'), f('company', 'text'), f('skills', ['text', 'textarea', 'multiselect']), f(['available', 'is_available'], BOOL)] },
      { name: 'help_request', fields: [lk('team'), sel('topic', ['frontend', 'backend', 'design', 'pitch']), f('description', LONG), f(['created_time', 'created_at', 'requested_at'], 'datetime'), lk('mentor')] },
      { name: 'team', fields: [] },
    ],
  },
  // ── beekeeping ───────────────────────────────────────────────────────────
  {
    id: 'v31-apiary-hives',
    domain: 'beekeeping',
    style: 'terse',
    constructs: ['unique', 'yes-no', 'listed-on'],
    text:
      'apiary records: hives (hive id unique, apiary, queen year, queen marked y/n, strength weak/medium/strong), inspections (hive, inspected on, brood frames, varroa count, temperament calm|nervous|aggressive, notes)',
    entities: [
      { name: 'hive', fields: [f(['hive_id', 'hive_number', 'hive_code', 'code'], 'text', { unique: true }), f('apiary', ['text', 'select', 'lookup']), f('queen_year', 'number'), f(['queen_marked', 'is_queen_marked'], BOOL), sel('strength', ['weak', 'medium', 'strong'])] },
      { name: ['inspection', 'hive_inspection'], fields: [lk('hive'), f(['inspected_on', 'inspection_date', 'date'], 'date'), f('brood_frames', 'number'), f('varroa_count', 'number'), sel('temperament', ['calm', 'nervous', 'aggressive']), f('notes', LONG)] },
    ],
    optionalEntities: ['apiary'],
  },
  {
    id: 'v32-honey-sales',
    domain: 'beekeeping',
    style: 'conversational',
    constructs: ['percent', 'money', 'possessive'],
    text:
      "my partner and I keep bees and sell honey at markets, so: honey batches — which apiary it came from, harvest date, kilos, moisture %, jar size 250g / 500g / 1kg — and sales, like the market's name, date, jars sold, cash taken. that's it really",
    entities: [
      { name: ['honey_batch', 'batch'], fields: [f('apiary', ['text', 'select', 'lookup']), f('harvest_date', 'date'), f(['kilos', 'weight_kg', 'quantity_kg', 'kg'], 'number'), f(['moisture', 'moisture_percent', 'moisture_content'], 'percent'), sel('jar_size', ['250g', '500g', '1kg'])] },
      { name: ['sale', 'market_sale'], fields: [f(['market_name', 'market'], 'text'), f(['date', 'sale_date'], 'date'), f('jars_sold', 'number'), f(['cash_taken', 'amount', 'revenue', 'takings'], 'currency')] },
    ],
    optionalEntities: ['apiary', 'market'],
  },
  {
    id: 'v33-beekeeping-equipment-loans',
    domain: 'beekeeping',
    style: 'flowing',
    constructs: ['relative-clause', 'required', 'phone', 'email', 'money', 'expected-delivery', 'yes-no'],
    text:
      'Our beekeeping association lends out extractors and other equipment to members, so we would like to record each item with its name, the condition it is in and the deposit we ask, and the loans taken out by a member with the date borrowed, the date it is due back and whether it has been returned, and members, who must have a membership number (required) along with their name, phone and email.',
    entities: [
      { name: EQUIPMENT, fields: [f('name', 'text'), f('condition', ['text', 'select']), f(['deposit', 'deposit_amount'], 'currency')] },
      { name: ['loan', 'equipment_loan'], fields: [lk('member'), lk(EQUIPMENT), f(['date_borrowed', 'borrowed_on', 'loan_date'], 'date'), f(['due_back', 'due_date', 'due_back_date', 'date_due_back', 'due_back_on'], 'date'), f(['returned', 'is_returned'], BOOL)] },
      { name: 'member', fields: [f('membership_number', 'text', { required: true }), f(NAME, 'text'), f(PHONE, 'phone'), f('email', 'email')] },
    ],
  },
  // ── marina ───────────────────────────────────────────────────────────────
  {
    id: 'v34-marina-berths',
    domain: 'marina',
    style: 'option-syntax',
    constructs: ['unique', 'required', 'default', 'yes-no', 'money'],
    text:
      'Berths: berth number (unique), pontoon A|B|C, length in metres, shore power yes/no, monthly fee. Moorings: berth (required), boat name, owner, arrival, departure, status: reserved | occupied | left (default reserved).',
    entities: [
      { name: 'berth', fields: [f('berth_number', ['text', 'number'], { unique: true }), sel('pontoon', ['A', 'B', 'C']), f(['length', 'length_m', 'length_metres', 'length_meters', 'length_in_metres'], 'number'), f(['shore_power', 'has_shore_power'], BOOL), f('monthly_fee', 'currency')] },
      { name: 'mooring', fields: [lk('berth', undefined, { required: true }), f('boat_name', 'text'), f(['owner', 'owner_name'], ['text', 'lookup']), f(['arrival', 'arrival_date', 'arrives_on'], ['date', 'datetime']), f(['departure', 'departure_date', 'departs_on'], ['date', 'datetime']), sel('status', ['reserved', 'occupied', 'left'], { defaultValue: 'reserved' })] },
    ],
    optionalEntities: ['owner', 'boat'],
  },
  {
    id: 'v35-harbour-visitors',
    domain: 'marina',
    style: 'flowing',
    constructs: ['possessive', 'relative-clause', 'money', 'phone', 'email', 'url'],
    text:
      "The harbour office wants to keep a register of visiting yachts, recording each yacht's name, flag, length and the skipper's name, phone and email, and the harbour dues invoiced to a yacht for every stay, with the number of nights, the amount and the date paid, and also the weather warnings we send out, each with a level of yellow, amber or red, a message and a link to the forecast.",
    entities: [
      { name: ['yacht', 'visiting_yacht'], fields: [f(['name', 'yacht_name'], 'text'), f(['flag', 'flag_country'], ['text', 'select']), f(['length', 'length_m'], 'number'), f(['skipper_name', 'skipper'], 'text'), f(['skipper_phone', 'phone'], 'phone'), f(['skipper_email', 'email'], 'email')] },
      { name: ['harbour_due', 'harbour_dues', 'due', 'invoice'], fields: [lk(['yacht', 'visiting_yacht']), f(['nights', 'number_of_nights'], 'number'), f(['amount', 'total'], 'currency'), f(['date_paid', 'paid_on', 'paid_date'], 'date')] },
      { name: ['weather_warning', 'warning'], fields: [sel('level', ['yellow', 'amber', 'red']), f('message', LONG), f(['forecast_link', 'forecast_url', 'link'], 'url')] },
    ],
    optionalEntities: ['skipper', 'stay'],
  },
  {
    id: 'v36-marina-fuel',
    domain: 'marina',
    style: 'non-native',
    constructs: ['later-options', 'percent', 'checkbox', 'money'],
    text:
      'We are small marina, we want register the fuel sales on the pontoon: date, boat name, fuel type, litres, price per litre and discount percent for members. Fuel type is diesel or petrol. And a check box if paid by card.',
    entities: [
      { name: 'fuel_sale', fields: [f(['date', 'sale_date'], ['date', 'datetime']), f('boat_name', 'text'), sel('fuel_type', ['diesel', 'petrol']), f('litres', 'number'), f('price_per_litre', 'currency'), f(['discount_percent', 'discount', 'member_discount', 'member_discount_percent'], 'percent'), f(['paid_by_card', 'card_payment', 'is_card_payment'], BOOL)] },
    ],
  },
  // ── community garden ─────────────────────────────────────────────────────
  {
    id: 'v37-garden-plots',
    domain: 'community garden',
    style: 'conversational',
    constructs: ['has-many', 'email', 'phone', 'money', 'yes-no'],
    text:
      'hiya, our community garden has about 40 plots and we rent them out yearly. each plot has a number, a size in square metres and whether it has a water tap nearby. gardeners have a name, email, phone. each gardener has many plot rentals over the years, and a rental is the plot, the year, the fee and paid or not.',
    entities: [
      { name: 'plot', fields: [f(['number', 'plot_number'], ['text', 'number']), f(['size', 'size_sqm', 'size_m2', 'size_square_metres'], 'number'), f(['water_tap', 'has_water_tap', 'water_tap_nearby'], BOOL)] },
      { name: 'gardener', fields: person() },
      { name: PLOT_RENTAL, fields: [lk('gardener'), lk('plot'), f('year', 'number'), f(['fee', 'rental_fee'], 'currency'), f(['paid', 'is_paid'], BOOL)] },
    ],
  },
  {
    id: 'v38-garden-workdays',
    domain: 'community garden',
    style: 'bullets',
    constructs: ['default', 'later-options', 'checkbox'],
    text:
      'Work days:\n- date, task, led by, volunteers needed (default 5)\n- task is one of: weeding / compost / building / harvest\nTool shed:\n- tool, quantity, needs repair (checkbox)',
    entities: [
      { name: 'work_day', fields: [f('date', 'date'), sel('task', ['weeding', 'compost', 'building', 'harvest']), f(['led_by', 'leader'], ['text', 'lookup', 'user']), f('volunteers_needed', 'number', { defaultValue: 5 })] },
      { name: ['tool', 'shed_tool'], fields: [f(['tool', 'name', 'tool_name'], 'text'), f('quantity', 'number'), f('needs_repair', BOOL)] },
    ],
  },
  {
    id: 'v39-seed-swap',
    domain: 'community garden',
    style: 'terse',
    constructs: ['required', 'percent'],
    text:
      'seed swap: seeds (variety (required), crop, saved in year, germination rate %, donated by), swaps (seed, taken by, packets, date)',
    entities: [
      { name: 'seed', fields: [f(['variety', 'name'], 'text', { required: true }), f('crop', 'text'), f(['saved_in_year', 'year_saved', 'saved_in'], 'number'), f(['germination_rate', 'germination_rate_percent'], 'percent'), f(['donated_by', 'donor'], ['text', 'lookup'])] },
      { name: 'swap', fields: [lk('seed'), f('taken_by', ['text', 'lookup']), f(['packets', 'number_of_packets', 'quantity'], 'number'), f('date', 'date')] },
    ],
    optionalEntities: ['gardener', 'member'],
  },
  // ── driving school ───────────────────────────────────────────────────────
  {
    id: 'v40-driving-lessons',
    domain: 'driving school',
    style: 'flowing',
    constructs: ['relative-clause', 'possessive', 'money', 'phone', 'email'],
    text:
      "Our driving school has to schedule the lessons booked by a learner with one of our instructors, each lesson having a date and start time, a lesson type of standard, motorway or mock test, a pickup address, a price and a status of booked, done or no-show, and we keep the learners' names, phone numbers, email addresses and provisional licence numbers, and the instructors' names and car registrations.",
    entities: [
      { name: 'lesson', fields: [lk('learner'), lk('instructor'), f(['date_time', 'starts_at', 'start_time', 'lesson_date', 'date'], ['datetime', 'date']), sel(['lesson_type', 'type'], ['standard', 'motorway', 'mock test']), f('pickup_address', ADDR), f('price', 'currency'), sel('status', ['booked', 'done', 'no-show'])] },
      { name: 'learner', fields: [f(NAME, 'text'), f(PHONE, 'phone'), f(['email', 'email_address'], 'email'), f(['provisional_licence_number', 'licence_number', 'provisional_license_number', 'license_number'], 'text')] },
      { name: 'instructor', fields: [f(NAME, 'text'), f(['car_registration', 'registration'], 'text')] },
    ],
  },
  {
    id: 'v41-driving-cars',
    domain: 'driving school',
    style: 'option-syntax',
    constructs: ['required', 'unique', 'default', 'yes-no', 'money', 'expected-delivery'],
    text:
      'Cars: registration (required, unique), make, model, gearbox manual|automatic, dual controls y/n default yes, MOT due. Fuel logs: car, date, litres, cost.',
    entities: [
      { name: 'car', fields: [f(['registration', 'registration_number'], 'text', { required: true, unique: true }), f('make', 'text'), f('model', 'text'), sel('gearbox', ['manual', 'automatic']), f(['dual_controls', 'has_dual_controls'], BOOL, { defaultValue: true }), f(['mot_due', 'mot_due_date'], 'date')] },
      { name: ['fuel_log', 'fuel_entry', 'fuel_log_entry'], fields: [lk('car'), f('date', 'date'), f('litres', 'number'), f('cost', 'currency')] },
    ],
  },
  {
    id: 'v42-theory-tests',
    domain: 'driving school',
    style: 'non-native',
    constructs: ['later-options', 'percent', 'email', 'yes-no'],
    text:
      'Please I need for driving school the theory tests results. For each learner we save test date, score in percent, passed or not, and the test centre. Learner has name and email. The test centre can be North, Central or Airport.',
    entities: [
      { name: ['theory_test', 'test_result', 'theory_test_result', 'test'], fields: [lk('learner'), f(['test_date', 'date'], 'date'), f(['score', 'score_percent'], 'percent'), f(['passed', 'is_passed'], BOOL), sel(['test_centre', 'test_center', 'centre'], ['North', 'Central', 'Airport'])] },
      { name: 'learner', fields: [f(NAME, 'text'), f('email', 'email')] },
    ],
  },
  // ── building permits ─────────────────────────────────────────────────────
  {
    id: 'v43-permit-applications',
    domain: 'building permits',
    style: 'bullets',
    constructs: ['has-many', 'unique', 'money', 'email', 'phone', 'listed-on', 'expected-delivery'],
    text:
      'Permit office\n* Applications: reference number (unique), applicant, site address, work type (new build, extension, demolition, change of use), fee, submitted on, decision due by\n* Applicants: name, email, phone\n* Inspections: application, inspector, inspection date, result pass / fail / re-inspect\n* each application has many inspections',
    entities: [
      { name: PERMIT_APP, fields: [f(['reference_number', 'reference'], 'text', { unique: true }), lk('applicant'), f('site_address', ADDR), sel('work_type', ['new build', 'extension', 'demolition', 'change of use']), f('fee', 'currency'), f(['submitted_on', 'submission_date', 'date_submitted'], 'date'), f(['decision_due_by', 'decision_due_date', 'decision_due'], 'date')] },
      { name: 'applicant', fields: person() },
      { name: 'inspection', fields: [lk(PERMIT_APP), f('inspector', ['text', 'lookup', 'user']), f(['inspection_date', 'date'], ['date', 'datetime']), sel('result', ['pass', 'fail', 're-inspect'])] },
    ],
    optionalEntities: ['inspector'],
  },
  {
    id: 'v44-building-complaints',
    domain: 'building permits',
    style: 'conversational',
    constructs: ['possessive', 'later-options', 'url', 'email'],
    text:
      "so the council wants us to log complaints about building work — who complained (name, email), the site's address, the complaint type, a photo, the date, and a link to the planning portal page. the types are noise, dust, hours, safety. oh and an officer gets assigned.",
    entities: [
      { name: 'complaint', fields: [f(['complainant_name', 'name'], 'text'), f(['complainant_email', 'email'], 'email'), f(['site_address', 'address'], ADDR), sel(['complaint_type', 'type'], ['noise', 'dust', 'hours', 'safety']), f('photo', ['image', 'file']), f(['date', 'complaint_date', 'reported_on'], ['date', 'datetime']), f(['planning_portal_link', 'portal_link', 'planning_portal_url', 'link'], 'url'), f(['officer', 'assigned_officer'], ['text', 'lookup', 'user'])] },
    ],
    optionalEntities: ['officer', 'complainant'],
  },
  {
    id: 'v45-permit-fees',
    domain: 'building permits',
    style: 'terse',
    constructs: ['percent', 'money', 'default', 'yes-no'],
    text:
      'permit fees table: permit type, base fee, per sqm fee, discount % for charities, VAT rate %, active yes/no default yes',
    entities: [
      { name: ['permit_fee', 'fee', 'fee_schedule', 'permit_type'], fields: [f(['permit_type', 'type', 'name'], ['text', 'select']), f('base_fee', 'currency'), f(['per_sqm_fee', 'fee_per_sqm'], 'currency'), f(['charity_discount', 'discount_percent', 'discount', 'charity_discount_percent'], 'percent'), f(['vat_rate', 'vat_rate_percent'], 'percent'), f(['active', 'is_active'], BOOL, { defaultValue: true })] },
    ],
  },
  // ── academic journal ─────────────────────────────────────────────────────
  {
    id: 'v46-journal-manuscripts',
    domain: 'academic journal',
    style: 'flowing',
    constructs: ['relative-clause', 'default', 'email'],
    text:
      'Our journal needs to follow the manuscripts submitted by an author, each with a title, an abstract, the keywords, the date it was received and a status that is under review by default and can become minor revisions, major revisions, accepted or rejected, and the reviews written by a reviewer for a manuscript, with a recommendation, the comments to the author and the date returned, and we store the name, affiliation and email of authors and of reviewers.',
    entities: [
      { name: 'manuscript', fields: [lk('author'), f('title', 'text'), f('abstract', LONG), f('keywords', ['text', 'textarea', 'multiselect']), f(['received_on', 'date_received', 'received_date'], 'date'), sel('status', ['under review', 'minor revisions', 'major revisions', 'accepted', 'rejected'], { defaultValue: 'under review' })] },
      { name: 'review', fields: [lk('reviewer'), lk('manuscript'), f('recommendation', ['select', 'text']), f(['comments_to_author', 'comments'], LONG), f(['date_returned', 'returned_on'], 'date')] },
      { name: 'author', fields: [f(NAME, 'text'), f('affiliation', 'text'), f('email', 'email')] },
      { name: 'reviewer', fields: [f(NAME, 'text'), f('affiliation', 'text'), f('email', 'email')] },
    ],
  },
  {
    id: 'v47-journal-issues',
    domain: 'academic journal',
    style: 'option-syntax',
    constructs: ['required', 'unique', 'percent', 'url', 'listed-on', 'yes-no'],
    text:
      'Issues: volume (required), issue number, published on, cover image, acceptance rate %. Articles: issue, title, page range, DOI (unique), open access yes | no, PDF link.',
    entities: [
      { name: JOURNAL_ISSUE, fields: [f('volume', ['number', 'text'], { required: true }), f(['issue_number', 'number'], ['number', 'text']), f(['published_on', 'publication_date', 'published_date'], 'date'), f('cover_image', ['image', 'file']), f(['acceptance_rate', 'acceptance_rate_percent'], 'percent')] },
      { name: 'article', fields: [lk(JOURNAL_ISSUE), f('title', 'text'), f(['page_range', 'pages'], 'text'), f('doi', 'text', { unique: true }), f(['open_access', 'is_open_access'], BOOL), f(['pdf_link', 'pdf_url', 'pdf'], ['url', 'file'])] },
    ],
  },
  {
    id: 'v48-journal-apc',
    domain: 'academic journal',
    style: 'non-native',
    constructs: ['later-options', 'money', 'percent', 'email', 'expected-delivery'],
    text:
      'Our university press want track the APC payments. Each payment have article title, corresponding author email, amount, waiver percent, invoice sent date and payment status. Status is pending, invoiced, paid or waived. Expected payment by date also.',
    entities: [
      { name: ['apc_payment', 'payment'], fields: [f('article_title', 'text'), f(['corresponding_author_email', 'author_email', 'email'], 'email'), f('amount', 'currency'), f(['waiver_percent', 'waiver', 'waiver_percentage'], 'percent'), f(['invoice_sent_date', 'invoice_sent_on', 'invoice_date'], 'date'), sel(['payment_status', 'status'], ['pending', 'invoiced', 'paid', 'waived']), f(['expected_payment_by', 'expected_payment_date', 'expected_payment_by_date', 'payment_due_date'], 'date')] },
    ],
  },
  // ── blood donation ───────────────────────────────────────────────────────
  {
    id: 'v49-blood-drives',
    domain: 'blood donation',
    style: 'conversational',
    constructs: ['unique', 'email', 'phone', 'yes-no'],
    text:
      'ok so we organise blood drives at offices and campuses. donors: name, email, phone, blood type (A+, A-, B+, B-, AB+, AB-, O+, O-), and a donor number that has to be unique. drives: host organisation, date, location, target units. then each donation is a donor at a drive with the volume in ml and whether it was deferred.',
    entities: [
      { name: 'donor', fields: [...person(), sel('blood_type', ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-']), f('donor_number', 'text', { unique: true })] },
      { name: DRIVE, fields: [f(['host_organisation', 'host_organization', 'host'], 'text'), f('date', 'date'), f('location', ['text', 'address']), f(['target_units', 'target'], 'number')] },
      { name: 'donation', fields: [lk('donor'), lk(DRIVE), f(['volume_ml', 'volume'], 'number'), f(['deferred', 'was_deferred', 'is_deferred'], BOOL)] },
    ],
  },
  {
    id: 'v50-blood-stock',
    domain: 'blood donation',
    style: 'terse',
    constructs: ['required', 'checkbox', 'listed-on'],
    text:
      'blood bank stock: units (unit code required, blood type, collected on, expires on, storage fridge, quarantined checkbox, status available/reserved/issued/discarded)',
    entities: [
      { name: ['blood_unit', 'unit'], fields: [f(['unit_code', 'code'], 'text', { required: true }), f('blood_type', ['select', 'text']), f(['collected_on', 'collection_date'], 'date'), f(['expires_on', 'expiry_date'], 'date'), f(['storage_fridge', 'fridge'], ['text', 'select', 'lookup']), f(['quarantined', 'is_quarantined'], BOOL), sel('status', ['available', 'reserved', 'issued', 'discarded'])] },
    ],
    optionalEntities: ['fridge', 'storage_fridge'],
  },
  {
    id: 'v51-donor-appointments',
    domain: 'blood donation',
    style: 'bullets',
    constructs: ['relative-clause', 'phone', 'default'],
    text:
      '- Appointments booked by donors online: donor name, phone, slot time, centre, reminder sent (default no)\n- Centres: name, address, opening hours, chairs\n- a centre takes many appointments',
    entities: [
      { name: 'appointment', fields: [f(['donor_name', 'name'], 'text'), f(PHONE, 'phone'), f(['slot_time', 'slot', 'appointment_time', 'starts_at'], 'datetime'), lk(CENTRE), f('reminder_sent', BOOL, { defaultValue: false })] },
      { name: CENTRE, fields: [f('name', 'text'), f('address', ADDR), f('opening_hours', LONG), f(['chairs', 'number_of_chairs', 'chair_count'], 'number')] },
    ],
    optionalEntities: ['donor'],
  },
  // ── plant nursery ────────────────────────────────────────────────────────
  {
    id: 'v52-nursery-plants',
    domain: 'plant nursery',
    style: 'option-syntax',
    constructs: ['unique', 'money', 'default', 'percent', 'yes-no'],
    text:
      'Plants: SKU (unique), common name, latin name, pot size: 9cm | 1L | 3L | 10L, stock, price, sunlight: full sun / part shade / shade, hardy yes/no, trade discount % default 15.',
    entities: [
      { name: 'plant', fields: [f('sku', 'text', { unique: true }), f('common_name', 'text'), f(['latin_name', 'botanical_name'], 'text'), sel('pot_size', ['9cm', '1L', '3L', '10L']), f(['stock', 'stock_quantity', 'quantity'], 'number'), f('price', 'currency'), sel('sunlight', ['full sun', 'part shade', 'shade']), f(['hardy', 'is_hardy'], BOOL), f(['trade_discount', 'trade_discount_percent'], 'percent', { defaultValue: 15 })] },
    ],
  },
  {
    id: 'v53-nursery-orders',
    domain: 'plant nursery',
    style: 'flowing',
    constructs: ['expected-delivery', 'relative-clause', 'email', 'phone', 'money', 'yes-no'],
    text:
      'We grow plants for landscapers and need to keep the orders placed by a landscaping company, with the order date, the expected delivery date, the delivery address, whether they will collect instead, and the lines of the order, each line being a plant, a quantity and the agreed unit price, plus the companies themselves with their name, contact person, email and phone.',
    entities: [
      { name: 'order', fields: [lk(LANDSCAPER), f(['order_date', 'ordered_on'], 'date'), f(['expected_delivery_date', 'expected_delivery', 'delivery_date'], 'date'), f('delivery_address', ADDR), f(['will_collect', 'collect', 'collection', 'is_collection', 'customer_collects'], BOOL)] },
      { name: ['order_line', 'order_item', 'line_item'], fields: [lk('order'), f('plant', ['text', 'lookup']), f('quantity', 'number'), f(['unit_price', 'agreed_unit_price'], 'currency')] },
      { name: LANDSCAPER, fields: [f(NAME, 'text'), f(['contact_person', 'contact_name'], 'text'), f('email', 'email'), f(PHONE, 'phone')] },
    ],
    optionalEntities: ['plant'],
  },
  {
    id: 'v54-greenhouse-sowing',
    domain: 'plant nursery',
    style: 'non-native',
    constructs: ['later-options', 'listed-on', 'percent'],
    text:
      'In the greenhouse we want register the sowing batches. Batch have plant variety, sown on date, trays number, germinated percent, and the stage. Stage options: seed, seedling, potted, ready. Also greenhouse name for each batch.',
    entities: [
      { name: ['sowing_batch', 'batch'], fields: [f(['plant_variety', 'variety'], 'text'), f(['sown_on', 'sowing_date', 'sown_date', 'sown_on_date'], 'date'), f(['trays', 'number_of_trays', 'trays_number', 'tray_count'], 'number'), f(['germinated_percent', 'germination_rate', 'germinated', 'germination_percent'], 'percent'), sel('stage', ['seed', 'seedling', 'potted', 'ready']), f(['greenhouse', 'greenhouse_name'], ['text', 'select', 'lookup'])] },
    ],
    optionalEntities: ['greenhouse'],
  },
  // ── laundry service ──────────────────────────────────────────────────────
  {
    id: 'v55-laundry-pickups',
    domain: 'laundry service',
    style: 'conversational',
    constructs: ['money', 'phone', 'checkbox', 'expected-delivery'],
    text:
      "we do pickup-and-delivery laundry. what I want: customers (name, phone, address, notes like 'no fabric softener'), and orders — customer, pickup date, expected delivery, weight in kg, price, service type wash & fold or dry cleaning or ironing, and a tickbox for express.",
    entities: [
      { name: 'customer', fields: [f(NAME, 'text'), f(PHONE, 'phone'), f('address', ADDR), f('notes', LONG)] },
      { name: ['order', 'laundry_order'], fields: [lk('customer'), f('pickup_date', ['date', 'datetime']), f(['expected_delivery', 'expected_delivery_date', 'delivery_date'], ['date', 'datetime']), f(['weight_kg', 'weight'], 'number'), f('price', 'currency'), sel('service_type', ['wash & fold', 'dry cleaning', 'ironing']), f(['express', 'is_express'], BOOL)] },
    ],
  },
  {
    id: 'v56-laundromat-machines',
    domain: 'laundry service',
    style: 'terse',
    constructs: ['required', 'default', 'money'],
    text:
      'laundromat machines: machine no (required), type washer|dryer, capacity kg, cycle price, status working/out of order (default working), last serviced',
    entities: [
      { name: 'machine', fields: [f(['machine_no', 'machine_number', 'number'], ['text', 'number'], { required: true }), sel(['type', 'machine_type'], ['washer', 'dryer']), f(['capacity_kg', 'capacity'], 'number'), f('cycle_price', 'currency'), sel('status', ['working', 'out of order'], { defaultValue: 'working' }), f(['last_serviced', 'last_serviced_on', 'last_service_date'], 'date')] },
    ],
  },
  {
    id: 'v57-hotel-laundry',
    domain: 'laundry service',
    style: 'bullets',
    constructs: ['has-many', 'possessive', 'email', 'url', 'money', 'yes-no'],
    text:
      "Hotel laundry contracts:\n- Client hotels → name, contact email, website, rate per kg\n- each hotel has many collections\n- Collection → date, bags, weight, the driver's name, signed off (yes/no)",
    entities: [
      { name: HOTEL, fields: [f(['name', 'hotel_name'], 'text'), f(['contact_email', 'email'], 'email'), f('website', 'url'), f('rate_per_kg', 'currency')] },
      { name: ['collection', 'laundry_collection'], fields: [lk(HOTEL), f(['date', 'collection_date'], ['date', 'datetime']), f(['bags', 'number_of_bags', 'bag_count'], 'number'), f(['weight', 'weight_kg'], 'number'), f('driver_name', 'text'), f(['signed_off', 'is_signed_off'], BOOL)] },
    ],
    optionalEntities: ['driver'],
  },
  // ── pest control ─────────────────────────────────────────────────────────
  {
    id: 'v58-pest-visits',
    domain: 'pest control',
    style: 'non-native',
    constructs: ['relative-clause', 'later-options', 'phone', 'yes-no'],
    text:
      'We are pest control company. We need register visits which are requested by customer, with the pest, visit date, technician, treatment used and if we need follow-up (yes/no). Pest is one of rats, mice, cockroaches, bed bugs, wasps. Customer have name, phone and address.',
    entities: [
      { name: ['visit', 'service_visit'], fields: [lk('customer'), sel(['pest', 'pest_type'], ['rats', 'mice', 'cockroaches', 'bed bugs', 'wasps']), f(['visit_date', 'date'], ['date', 'datetime']), f('technician', ['text', 'lookup', 'user']), f(['treatment_used', 'treatment'], ['text', 'textarea', 'select']), f(['follow_up_needed', 'needs_follow_up', 'follow_up'], BOOL)] },
      { name: 'customer', fields: [f(NAME, 'text'), f(PHONE, 'phone'), f('address', ADDR)] },
    ],
    optionalEntities: ['technician'],
  },
  {
    id: 'v59-pest-products',
    domain: 'pest control',
    style: 'option-syntax',
    constructs: ['required', 'unique', 'money', 'url'],
    text:
      'Products: name (required), active ingredient, EPA reg no (unique), hazard level: low | moderate | high, unit cost, safety data sheet URL. Stock moves: product, quantity, direction in/out, date.',
    entities: [
      { name: 'product', fields: [f('name', 'text', { required: true }), f('active_ingredient', 'text'), f(['epa_reg_no', 'epa_registration_number', 'epa_reg_number'], 'text', { unique: true }), sel('hazard_level', ['low', 'moderate', 'high']), f('unit_cost', 'currency'), f(['safety_data_sheet_url', 'sds_url', 'safety_data_sheet'], 'url')] },
      { name: ['stock_move', 'stock_movement'], fields: [lk('product'), f('quantity', 'number'), sel('direction', ['in', 'out']), f('date', ['date', 'datetime'])] },
    ],
  },
  {
    id: 'v60-pest-contracts',
    domain: 'pest control',
    style: 'flowing',
    constructs: ['possessive', 'percent', 'default', 'email', 'money'],
    text:
      "For our commercial contracts we want to record each contract's client, start date, renewal date, visits per year, the annual value, the discount percentage we agreed and a contract status that is active unless someone changes it to paused or cancelled, and we keep the client's company name, billing email and site count.",
    entities: [
      { name: 'contract', fields: [lk('client'), f('start_date', 'date'), f('renewal_date', 'date'), f('visits_per_year', 'number'), f('annual_value', 'currency'), f(['discount_percentage', 'discount', 'discount_percent'], 'percent'), sel(['status', 'contract_status'], ['active', 'paused', 'cancelled'], { defaultValue: 'active' })] },
      { name: 'client', fields: [f(['company_name', 'name'], 'text'), f(['billing_email', 'email'], 'email'), f(['site_count', 'number_of_sites', 'sites'], 'number')] },
    ],
  },
  // ── animal shelter ───────────────────────────────────────────────────────
  {
    id: 'v61-shelter-adoptions',
    domain: 'animal shelter',
    style: 'bullets',
    constructs: ['has-many', 'required', 'email', 'phone', 'checkbox', 'yes-no'],
    text:
      'Shelter animals\n- Animal: name, species (dog / cat / rabbit / other), age in months, intake date, microchip number (required), adoptable yes/no\n- Adoption applications: animal, applicant name, email, phone, home visit done (checkbox), decision approved/declined\n- each animal has many applications',
    entities: [
      { name: 'animal', fields: [f('name', 'text'), sel('species', ['dog', 'cat', 'rabbit', 'other']), f(['age_months', 'age_in_months', 'age'], 'number'), f('intake_date', 'date'), f('microchip_number', 'text', { required: true }), f(['adoptable', 'is_adoptable'], BOOL)] },
      { name: ['adoption_application', 'application'], fields: [lk('animal'), f(['applicant_name', 'name'], 'text'), f('email', 'email'), f(PHONE, 'phone'), f(['home_visit_done', 'home_visit'], BOOL), sel('decision', ['approved', 'declined'])] },
    ],
  },
  {
    id: 'v62-cat-fostering',
    domain: 'animal shelter',
    style: 'conversational',
    constructs: ['relative-clause', 'possessive', 'money', 'later-options', 'phone'],
    text:
      "we're a volunteer-run cat rescue and we just need to track the foster homes and who's fostering what. a foster home is a person's name, phone, how many cats they can take. and a placement is a cat placed with a foster home, with start date, end date and the weekly allowance we pay them. the cat has a name, colour and status - the statuses are in care, fostered, adopted.",
    entities: [
      { name: 'foster_home', fields: [f(['name', 'foster_name', 'person_name', 'contact_name'], 'text'), f(PHONE, 'phone'), f(['capacity', 'max_cats', 'cat_capacity'], 'number')] },
      { name: ['placement', 'foster_placement'], fields: [lk('cat'), lk('foster_home'), f('start_date', 'date'), f('end_date', 'date'), f('weekly_allowance', 'currency')] },
      { name: 'cat', fields: [f('name', 'text'), f(['colour', 'color'], ['text', 'select']), sel('status', ['in care', 'fostered', 'adopted'])] },
    ],
  },
  {
    id: 'v63-shelter-pledges',
    domain: 'animal shelter',
    style: 'terse',
    constructs: ['money', 'url', 'email', 'yes-no', 'listed-on'],
    text:
      'shelter fundraising: donors (name, email, website), pledges (donor, amount, pledged on, recurring y/n, frequency monthly/quarterly/yearly)',
    entities: [
      { name: 'donor', fields: [f(NAME, 'text'), f('email', 'email'), f('website', 'url')] },
      { name: 'pledge', fields: [lk('donor'), f('amount', 'currency'), f(['pledged_on', 'pledge_date', 'date'], 'date'), f(['recurring', 'is_recurring'], BOOL), sel('frequency', ['monthly', 'quarterly', 'yearly'])] },
    ],
  },
  // ── lift maintenance ─────────────────────────────────────────────────────
  {
    id: 'v64-lift-register',
    domain: 'lift maintenance',
    style: 'flowing',
    constructs: ['relative-clause', 'possessive', 'unique', 'phone', 'expected-delivery'],
    text:
      "We service lifts in office buildings and need a register of every lift with a serial number that must be unique, the building it is in, the manufacturer, the capacity in kilograms and the next inspection due date, the buildings with their address and the facilities manager's phone, and the faults logged against a lift, each with a severity of minor, major or critical and the date it was fixed.",
    entities: [
      { name: LIFT, fields: [f('serial_number', 'text', { unique: true }), lk('building'), f('manufacturer', 'text'), f(['capacity_kg', 'capacity'], 'number'), f(['next_inspection_due', 'next_inspection_due_date', 'next_inspection_date'], 'date')] },
      { name: 'building', fields: [f('address', ADDR), f(['facilities_manager_phone', 'manager_phone', 'phone'], 'phone')] },
      { name: 'fault', fields: [lk(LIFT), sel('severity', ['minor', 'major', 'critical']), f(['fixed_on', 'date_fixed', 'fixed_date'], 'date')] },
    ],
  },
  {
    id: 'v65-lift-inspections',
    domain: 'lift maintenance',
    style: 'option-syntax',
    constructs: ['required', 'default', 'percent', 'yes-no'],
    text:
      'Inspection: lift (required), inspector, date, result: pass | pass with notes | fail, load test passed y/n, brake wear %, certificate file, next due in months default 12',
    entities: [
      { name: ['inspection', 'lift_inspection'], fields: [lk(LIFT, undefined, { required: true }), f('inspector', ['text', 'lookup', 'user']), f(['date', 'inspection_date'], ['date', 'datetime']), sel('result', ['pass', 'pass with notes', 'fail']), f('load_test_passed', BOOL), f(['brake_wear', 'brake_wear_percent'], 'percent'), f(['certificate_file', 'certificate'], 'file'), f(['next_due_in_months', 'next_due_months', 'next_due_in'], 'number', { defaultValue: 12 })] },
      { name: LIFT, fields: [] },
    ],
    optionalEntities: ['inspector'],
  },
  {
    id: 'v66-lift-contracts',
    domain: 'lift maintenance',
    style: 'non-native',
    constructs: ['money', 'email', 'later-options'],
    text:
      'Our company make maintenance contracts for elevators. Contract have customer company, email of contact, number of lifts, yearly price, response time hours and level. Level can be basic, standard, premium. Every contract is for one customer.',
    entities: [
      { name: ['contract', 'maintenance_contract'], fields: [lk(['customer', 'customer_company', 'company']), f(['contact_email', 'email'], 'email'), f(['number_of_lifts', 'lift_count', 'lifts'], 'number'), f(['yearly_price', 'annual_price'], 'currency'), f(['response_time_hours', 'response_time'], 'number'), sel(['level', 'service_level'], ['basic', 'standard', 'premium'])] },
      { name: ['customer', 'customer_company', 'company'], fields: [] },
    ],
  },
  // ── refusals: languages the reader is not expected to read ───────────────
  {
    id: 'v67-de-wedding',
    domain: 'wedding planning',
    style: 'terse',
    constructs: [],
    text:
      'Hochzeitsplanung: Brautpaare (Namen, Hochzeitsdatum, Budget), Dienstleister (Firma, Telefon, Angebotspreis), Gäste (Name, Zusage ja/nein, Tischnummer).',
    entities: [],
    expectRefusal: 'German',
  },
  {
    id: 'v68-es-fishing',
    domain: 'fishing charters',
    style: 'conversational',
    constructs: [],
    text:
      'hola, tenemos dos barcos de pesca y queremos apuntar las salidas: la fecha, el barco, cuántos pescadores vienen y el precio, y también los clientes con su nombre, teléfono y correo electrónico.',
    entities: [],
    expectRefusal: 'Spanish',
  },
  {
    id: 'v69-fr-tattoo',
    domain: 'tattoo studio',
    style: 'bullets',
    constructs: [],
    text:
      "- Clients : nom, téléphone, e-mail\n- Rendez-vous : client, artiste, date et heure, acompte versé (oui/non)\n- Artistes : nom, spécialité",
    entities: [],
    expectRefusal: 'French',
  },
];
