/*
 * Second development set for the generator's reader (issue 13), written by the reader's own
 * engineer on 2026-12-07 in domains the first outside set (unseen-prompts.ts) does not cover, so
 * that a rule tuned on one set is checked on the other. It is a DEVELOPMENT set: tuned on,
 * reported beside the outside sets, never as a held-out figure. Same format as unseen-prompts.ts.
 */
import type { UnseenExpectedField as F, UnseenFieldType as T, UnseenPrompt } from './unseen-prompts';

const REL: T[] = ['lookup', 'master_detail'];
const LONG: T[] = ['textarea', 'text'];
const NAME = ['name', 'full_name'];
const f = (name: string | string[], type: T | T[], extra: Partial<F> = {}): F => ({ name, type, ...extra });
const sel = (name: string | string[], options: string[], extra: Partial<F> = {}): F => ({ name, type: 'select', options, ...extra });
const lk = (ref: string, names?: string[], extra: Partial<F> = {}): F => ({ name: names ?? [ref, `${ref}_id`], type: REL, reference: ref, ...extra });
const EMAIL = f('email', 'email');
const PHONE = f(['phone', 'phone_number'], 'phone');
const BOOL: T[] = ['boolean', 'toggle'];

export const dev2Prompts: UnseenPrompt[] = [
  {
    id: 'd01-museum', domain: 'museum', style: 'terse', constructs: ['later-options'],
    text: 'Museum collection: artworks (title, artist, year created, medium, insured value, on display yes/no), artists (name, nationality, born on). Medium possible values are oil, watercolour, bronze, photograph.',
    entities: [
      { name: 'artwork', fields: [f('title', 'text'), lk('artist'), f(['year_created', 'year'], ['number', 'text']), sel('medium', ['oil', 'watercolour', 'bronze', 'photograph']), f('insured_value', 'currency'), f('on_display', BOOL)] },
      { name: 'artist', fields: [f(NAME, 'text'), f('nationality', ['text', 'select']), f(['born_on', 'birth_date'], 'date')] },
    ],
  },
  {
    id: 'd02-dog-grooming', domain: 'dog grooming', style: 'conversational', constructs: ['relative-clause', 'phone', 'money'],
    text: 'so I run a little dog grooming place. I need the dogs with name, breed and size (small, medium, large), and the appointments booked by an owner, each with a date, a price and a notes field. owners have a name and a phone.',
    entities: [
      { name: 'dog', fields: [f(NAME, 'text'), f('breed', ['text', 'select']), sel('size', ['small', 'medium', 'large'])] },
      { name: 'appointment', fields: [lk('owner'), f(['date', 'appointment_date'], ['date', 'datetime']), f('price', 'currency'), f('notes', LONG)] },
      { name: 'owner', fields: [f(NAME, 'text'), PHONE] },
    ],
  },
  {
    id: 'd03-tattoo', domain: 'tattoo studio', style: 'option-syntax', constructs: ['default', 'required', 'money'],
    text: 'Tattoo studio. Sessions: client (required), artist, session date, hours, deposit, style: traditional | realism | blackwork | fine line, status (default enquiry). Artists: name, instagram url.',
    entities: [
      { name: 'session', fields: [f(['client', 'client_name'], ['text', 'lookup'], { required: true }), lk('artist'), f(['session_date', 'date'], ['date', 'datetime']), f('hours', 'number'), f('deposit', 'currency'), sel('style', ['traditional', 'realism', 'blackwork', 'fine line']), f('status', ['select', 'text'], { defaultValue: 'enquiry' })] },
      { name: 'artist', fields: [f(NAME, 'text'), f(['instagram_url', 'instagram'], 'url')] },
    ],
    optionalEntities: ['client'],
  },
  {
    id: 'd04-ski-school', domain: 'ski school', style: 'non-native', constructs: ['has-many', 'later-options'],
    text: 'For the ski school we are needing to keep instructors and lessons. Instructor is having name, email and certification level. Each instructor has many lessons. Lesson is having date, group size and level. Level possible values are beginner, intermediate, expert.',
    entities: [
      { name: 'instructor', fields: [f(NAME, 'text'), EMAIL, f('certification_level', ['text', 'select', 'number'])] },
      { name: 'lesson', fields: [lk('instructor'), f(['date', 'lesson_date'], ['date', 'datetime']), f('group_size', 'number'), sel('level', ['beginner', 'intermediate', 'expert'])] },
    ],
  },
  {
    id: 'd05-orchestra', domain: 'orchestra', style: 'bullets', constructs: ['email', 'has-many'],
    text: 'Orchestra admin\n- Musicians: name, instrument, section (strings, woodwind, brass, percussion), email\n- Concerts: title, concert date, venue, ticket price\n- each concert has many rehearsals\n- Rehearsals: date, start time, location',
    entities: [
      { name: 'musician', fields: [f(NAME, 'text'), f('instrument', ['text', 'select']), sel('section', ['strings', 'woodwind', 'brass', 'percussion']), EMAIL] },
      { name: 'concert', fields: [f('title', 'text'), f(['concert_date', 'date'], ['date', 'datetime']), f('venue', 'text'), f('ticket_price', 'currency')] },
      { name: 'rehearsal', fields: [lk('concert'), f('date', ['date', 'datetime']), f('start_time', ['time', 'datetime']), f('location', 'text')] },
    ],
  },
  {
    id: 'd06-beekeeping', domain: 'beekeeping', style: 'flowing', constructs: ['relative-clause', 'percent'],
    text: 'I keep bees and want to track my hives, each with a name, a location and the date it was installed, and the inspections that I do on a hive, recording the inspection date, whether the queen was seen, the brood percentage and any notes.',
    entities: [
      { name: 'hive', fields: [f(NAME, 'text'), f('location', 'text'), f(['installed_on', 'date_installed', 'installed_date', 'installation_date'], 'date')] },
      { name: 'inspection', fields: [lk('hive'), f(['inspection_date', 'date'], ['date', 'datetime']), f(['queen_seen', 'queen_was_seen'], BOOL), f(['brood_percentage', 'brood'], 'percent'), f('notes', LONG)] },
    ],
  },
  {
    id: 'd07-marina', domain: 'marina', style: 'terse', constructs: ['money', 'unique'],
    text: 'Marina: berths (berth code unique, length m, monthly fee), boats (name, owner name, owner phone, length m, berth)',
    entities: [
      { name: 'berth', fields: [f('berth_code', 'text', { unique: true }), f(['length_m', 'length'], 'number'), f('monthly_fee', 'currency')] },
      { name: 'boat', fields: [f(NAME, 'text'), f('owner_name', 'text'), f('owner_phone', 'phone'), f(['length_m', 'length'], 'number'), lk('berth')] },
    ],
  },
  {
    id: 'd08-escape-room', domain: 'escape room', style: 'conversational', constructs: ['yes-no', 'later-options'],
    text: 'we run escape rooms. every game booking has a team name, a room, a start time, a player count and escaped yes or no. the rooms have a name and a difficulty. difficulty can be easy, hard or insane.',
    entities: [
      { name: ['game_booking', 'booking'], fields: [f('team_name', 'text'), lk('room'), f('start_time', ['datetime', 'time']), f('player_count', 'number'), f('escaped', BOOL)] },
      { name: 'room', fields: [f(NAME, 'text'), sel('difficulty', ['easy', 'hard', 'insane'])] },
    ],
  },
  {
    id: 'd09-car-wash', domain: 'car wash', style: 'option-syntax', constructs: ['default', 'money'],
    text: 'car wash app. washes: plate number, package basic/deluxe/premium, price, paid checkbox, washed at. default package is basic.',
    entities: [
      { name: 'wash', fields: [f(['plate_number', 'plate'], 'text'), sel('package', ['basic', 'deluxe', 'premium'], { defaultValue: 'basic' }), f('price', 'currency'), f('paid', BOOL), f('washed_at', 'datetime')] },
    ],
  },
  {
    id: 'd10-hackathon', domain: 'hackathon', style: 'flowing', constructs: ['possessive', 'url'],
    text: 'For our hackathon we register teams with a team name and a captain email, and each team\'s projects with a title, a repository url, a demo video link and a score.',
    entities: [
      { name: 'team', fields: [f(['team_name', 'name'], 'text'), f('captain_email', 'email')] },
      { name: 'project', fields: [lk('team'), f('title', 'text'), f(['repository_url', 'repo_url'], 'url'), f(['demo_video_link', 'demo_video_url', 'demo_video'], 'url'), f('score', ['number', 'rating'])] },
    ],
  },
  {
    id: 'd11-translation', domain: 'translation agency', style: 'non-native', constructs: ['money', 'later-options', 'expected-delivery'],
    text: 'Our translation agency is wanting one system. Translators have name, email, languages and rate per word. Jobs have client, source language, target language, word count, expected delivery, translator and status. Status possible values are new, in progress, delivered.',
    entities: [
      { name: 'translator', fields: [f(NAME, 'text'), EMAIL, f('languages', ['text', 'multiselect', 'textarea']), f('rate_per_word', 'currency')] },
      { name: 'job', fields: [f('client', ['text', 'lookup']), f('source_language', ['text', 'select']), f('target_language', ['text', 'select']), f('word_count', 'number'), f(['expected_delivery', 'expected_delivery_date'], ['date', 'datetime']), lk('translator'), sel('status', ['new', 'in progress', 'delivered'])] },
    ],
    optionalEntities: ['client'],
  },
  {
    id: 'd12-print-shop', domain: 'print shop', style: 'terse', constructs: ['money', 'required'],
    text: 'Print shop orders: customer email (required), paper size A4/A3/A2, copies, colour yes/no, total cost, ready by',
    entities: [
      { name: ['order', 'print_order'], fields: [f('customer_email', 'email', { required: true }), sel('paper_size', ['A4', 'A3', 'A2']), f('copies', 'number'), f('colour', BOOL), f('total_cost', 'currency'), f('ready_by', ['date', 'datetime'])] },
    ],
  },
  {
    id: 'd13-winery', domain: 'winery', style: 'bullets', constructs: ['percent', 'has-many'],
    text: 'Winery cellar\n* Barrels: barrel number, oak type (french, american), volume litres, filled on\n* Wines: name, vintage, grape, alcohol %\n* every wine has many barrels',
    entities: [
      { name: 'barrel', fields: [f('barrel_number', ['text', 'number']), sel('oak_type', ['french', 'american']), f(['volume_litres', 'volume'], 'number'), f('filled_on', 'date'), lk('wine')] },
      { name: 'wine', fields: [f(NAME, 'text'), f('vintage', ['number', 'text']), f('grape', ['text', 'select']), f(['alcohol', 'alcohol_percent', 'alcohol_percentage'], 'percent')] },
    ],
  },
  {
    id: 'd14-laundromat', domain: 'laundromat', style: 'conversational', constructs: ['relative-clause', 'money'],
    text: 'hey, we have a laundromat with machines (number, type washer/dryer, out of order) and we log the cycles started by a customer: machine, started at, minutes, amount charged',
    entities: [
      { name: 'machine', fields: [f(['number', 'machine_number'], ['number', 'text']), sel('type', ['washer', 'dryer']), f('out_of_order', BOOL)] },
      { name: 'cycle', fields: [lk('machine'), f('started_at', 'datetime'), f('minutes', 'number'), f('amount_charged', 'currency')] },
    ],
    optionalEntities: ['customer'],
  },
  {
    id: 'd15-florist', domain: 'florist', style: 'flowing', constructs: ['phone', 'money', 'expected-delivery'],
    text: 'Our flower shop takes bouquet orders from customers, and every order has a recipient name, a delivery address, a card message, a bouquet size of small, medium or large, a price and the delivery date, while customers have a name and a phone number.',
    entities: [
      { name: 'order', fields: [lk('customer'), f('recipient_name', 'text'), f('delivery_address', ['text', 'textarea', 'address']), f('card_message', LONG), sel('bouquet_size', ['small', 'medium', 'large']), f('price', 'currency'), f('delivery_date', ['date', 'datetime'])] },
      { name: 'customer', fields: [f(NAME, 'text'), PHONE] },
    ],
    optionalEntities: ['bouquet_order', 'bouquet'],
  },
  {
    id: 'd16-observatory', domain: 'observatory', style: 'terse', constructs: ['later-options'],
    text: 'Observatory: telescopes (name, aperture mm, mount type), observations (telescope, observed at, target, seeing, notes). Seeing possible values are poor, fair, good, excellent.',
    entities: [
      { name: 'telescope', fields: [f(NAME, 'text'), f(['aperture_mm', 'aperture'], 'number'), f('mount_type', ['text', 'select'])] },
      { name: 'observation', fields: [lk('telescope'), f('observed_at', 'datetime'), f('target', 'text'), sel('seeing', ['poor', 'fair', 'good', 'excellent']), f('notes', LONG)] },
    ],
  },
  {
    id: 'd17-community-garden', domain: 'community garden', style: 'non-native', constructs: ['possessive', 'yes-no'],
    text: 'Community garden need to know plots and gardeners. Plot have number, size m2 and has water yes or no. Gardener have name, email and phone. A gardener\'s plot is assigned from the start date.',
    entities: [
      { name: 'plot', fields: [f(['number', 'plot_number'], ['number', 'text']), f(['size_m2', 'size'], 'number'), f(['has_water', 'water'], BOOL)] },
      { name: 'gardener', fields: [f(NAME, 'text'), EMAIL, PHONE] },
    ],
  },
  {
    id: 'd18-esports', domain: 'esports', style: 'option-syntax', constructs: ['unique', 'default'],
    text: 'esports club | players: gamer tag (unique), real name, email, role: captain, player, sub | matches: opponent, played at, result win/loss/draw, streamed (default no)',
    entities: [
      { name: 'player', fields: [f('gamer_tag', 'text', { unique: true }), f('real_name', 'text'), EMAIL, sel('role', ['captain', 'player', 'sub'])] },
      { name: 'match', fields: [f('opponent', 'text'), f('played_at', 'datetime'), sel('result', ['win', 'loss', 'draw']), f('streamed', BOOL, { defaultValue: false })] },
    ],
  },
  {
    id: 'd19-drone', domain: 'drone inspections', style: 'flowing', constructs: ['relative-clause', 'listed-on'],
    text: 'We fly drones to inspect wind turbines, so we need turbines with a serial number, a site and the date it was commissioned, and inspection flights flown by a pilot with a flight date, a duration in minutes, a damage found flag and a report file.',
    entities: [
      { name: 'turbine', fields: [f('serial_number', 'text'), f('site', 'text'), f(['commissioned_on', 'date_commissioned', 'commissioned_date', 'commission_date'], 'date')] },
      { name: ['inspection_flight', 'flight', 'inspection'], fields: [lk('pilot'), f(['flight_date', 'date'], ['date', 'datetime']), f(['duration_in_minutes', 'duration', 'duration_minutes'], 'number'), f('damage_found', BOOL), f(['report_file', 'report'], 'file')] },
    ],
    optionalEntities: ['pilot', 'drone'],
  },
  {
    id: 'd20-archive', domain: 'records archive', style: 'terse', constructs: ['unique'],
    text: 'Archive boxes: box code (unique), shelf, department, retention until, destroyed y/n',
    entities: [
      { name: ['box', 'archive_box'], fields: [f('box_code', 'text', { unique: true }), f('shelf', 'text'), f('department', ['text', 'select']), f('retention_until', 'date'), f('destroyed', BOOL)] },
    ],
  },
  {
    id: 'd21-carpool', domain: 'carpool', style: 'conversational', constructs: ['has-many', 'email'],
    text: 'ok so our office does a carpool thing. drivers have a name, an email and how many seats they have. each driver has many rides, and a ride has a departure time, a pickup point and a status (planned, full, cancelled)',
    entities: [
      { name: 'driver', fields: [f(NAME, 'text'), EMAIL, f(['seats', 'number_of_seats', 'seat_count'], 'number')] },
      { name: 'ride', fields: [lk('driver'), f('departure_time', ['datetime', 'time']), f('pickup_point', 'text'), sel('status', ['planned', 'full', 'cancelled'])] },
    ],
  },
  {
    id: 'd22-recycling', domain: 'recycling centre', style: 'bullets', constructs: ['money'],
    text: '## Recycling centre\n1. Drop-offs: material (paper, glass, metal, plastic), weight kg, dropped at, paid out\n2. Materials prices: material, price per kg',
    entities: [
      { name: ['drop_off', 'dropoff'], fields: [sel('material', ['paper', 'glass', 'metal', 'plastic']), f(['weight_kg', 'weight'], 'number'), f('dropped_at', 'datetime'), f('paid_out', ['currency', 'boolean'])] },
      { name: ['material_price', 'price'], fields: [f('material', ['text', 'select', 'lookup']), f('price_per_kg', 'currency')] },
    ],
  },
  {
    id: 'd23-ice-rink', domain: 'ice rink', style: 'non-native', constructs: ['required', 'money'],
    text: 'Ice rink is selling skate sessions. Every session is having start time (mandatory), capacity, price and skate rental included checkbox.',
    entities: [
      { name: ['session', 'skate_session'], fields: [f('start_time', ['datetime', 'time'], { required: true }), f('capacity', 'number'), f('price', 'currency'), f('skate_rental_included', BOOL)] },
    ],
  },
  {
    id: 'd24-quilting', domain: 'quilting club', style: 'flowing', constructs: ['email', 'possessive'],
    text: 'The quilting club keeps its members with their names, emails and the year they joined, and each member\'s quilts with a pattern, a fabric count and the date it was finished.',
    entities: [
      { name: 'member', fields: [f(NAME, 'text'), EMAIL, f(['year_joined', 'joined_year'], ['number', 'text'])] },
      { name: 'quilt', fields: [lk('member'), f('pattern', 'text'), f('fabric_count', 'number'), f(['finished_on', 'date_finished', 'finished_date', 'finish_date'], 'date')] },
    ],
  },
  {
    id: 'd25-pottery', domain: 'pottery studio', style: 'option-syntax', constructs: ['default'],
    text: 'pottery studio kiln firings: kiln name, fired on, cone 6/cone 10, pieces count, outcome: ok | cracked | glaze fault (default ok)',
    entities: [
      { name: ['kiln_firing', 'firing'], fields: [f('kiln_name', 'text'), f('fired_on', 'date'), f('pieces_count', 'number'), sel('outcome', ['ok', 'cracked', 'glaze fault'], { defaultValue: 'ok' })] },
    ],
  },
  {
    id: 'd26-shipyard', domain: 'shipyard', style: 'terse', constructs: ['percent', 'money'],
    text: 'Shipyard repair jobs: vessel name, dock, start date, expected completion, budget, percent complete, foreman email',
    entities: [
      { name: ['repair_job', 'job'], fields: [f('vessel_name', 'text'), f('dock', 'text'), f('start_date', 'date'), f(['expected_completion', 'expected_completion_date'], ['date', 'datetime']), f('budget', 'currency'), f('percent_complete', ['percent', 'progress']), f('foreman_email', 'email')] },
    ],
  },
  {
    id: 'd27-animal-shelter', domain: 'animal shelter', style: 'conversational', constructs: ['relative-clause', 'yes-no'],
    text: 'we are a small animal shelter. we need animals (name, species, intake date, adopted yes/no) and the adoption applications submitted by an adopter, with the application date, home visit done and decision approved/declined/pending. adopters: name, phone, address',
    entities: [
      { name: 'animal', fields: [f(NAME, 'text'), f('species', ['text', 'select']), f('intake_date', 'date'), f('adopted', BOOL)] },
      { name: ['adoption_application', 'application'], fields: [lk('adopter'), f('application_date', 'date'), f('home_visit_done', BOOL), sel('decision', ['approved', 'declined', 'pending'])] },
      { name: 'adopter', fields: [f(NAME, 'text'), PHONE, f('address', ['text', 'textarea', 'address'])] },
    ],
  },
  {
    id: 'd28-astronomy-club', domain: 'astronomy club', style: 'bullets', constructs: ['url', 'has-many'],
    text: 'Astronomy club\n- events: title, event date, location, sky quality (bortle 1, bortle 4, bortle 8)\n- photos: caption, image url, taken on\n- each event has many photos',
    entities: [
      { name: 'event', fields: [f('title', 'text'), f(['event_date', 'date'], ['date', 'datetime']), f('location', 'text'), sel('sky_quality', ['bortle 1', 'bortle 4', 'bortle 8'])] },
      { name: 'photo', fields: [lk('event'), f('caption', 'text'), f(['image_url', 'image'], ['url', 'image']), f('taken_on', 'date')] },
    ],
  },
  {
    id: 'd29-seed-library', domain: 'seed library', style: 'non-native', constructs: ['later-options', 'has-many'],
    text: 'We are seed library. Varieties are having name, plant family, days to harvest. Each variety has many seed packets. Packet is having harvest year, germination rate and status. Status can be available, lent or used up.',
    entities: [
      { name: 'variety', fields: [f(NAME, 'text'), f('plant_family', ['text', 'select']), f('days_to_harvest', 'number')] },
      { name: ['seed_packet', 'packet'], fields: [lk('variety'), f('harvest_year', ['number', 'text']), f('germination_rate', 'percent'), sel('status', ['available', 'lent', 'used up'])] },
    ],
  },
  {
    id: 'd30-german', domain: 'bakery', style: 'non-native', constructs: [],
    text: 'Wir brauchen eine App für unsere Tischlerei mit Aufträgen und Kunden, jeder Auftrag hat einen Preis und ein Datum.',
    entities: [], expectRefusal: 'German',
  },
  {
    id: 'd31-dance-school', domain: 'dance school', style: 'flowing', constructs: ['relative-clause', 'money', 'default'],
    text: 'Our dance school runs classes with a style of salsa, tango or swing, a weekday and a monthly fee, and keeps the enrolments made by a dancer for a class, each with an enrolment date and a paid flag that defaults to no.',
    entities: [
      { name: 'class', fields: [sel('style', ['salsa', 'tango', 'swing']), f('weekday', ['text', 'select']), f('monthly_fee', 'currency')] },
      { name: 'enrolment', fields: [lk('dancer'), lk('class'), f('enrolment_date', 'date'), f('paid', BOOL, { defaultValue: false })] },
    ],
    optionalEntities: ['dancer'],
  },
];
