/*
 * Known kinds of business records: how to name their display field, which icon they get and
 * which fields they get when a prompt names them without saying anything about them. The
 * defaults are field phrases run through the same inference as prompt text, so a default
 * "close date" becomes a date field by the same rule as a typed one.
 */

export interface EntityEntry {
  icon: string;
  /** Display field: 'name', 'title', 'subject', 'full_name' (first + last) or an autonumber prefix. */
  title: 'name' | 'title' | 'subject' | 'full_name' | { autonumber: string };
  defaults: string[];
}

const e = (icon: string, title: EntityEntry['title'], defaults: string): EntityEntry => ({
  icon,
  title,
  defaults: defaults ? defaults.split(',').map((s) => s.trim()) : [],
});

export const ENTITY_LEXICON: Record<string, EntityEntry> = {
  // CRM and sales
  account: e('building-2', 'name', 'industry, website, phone, annual revenue'),
  company: e('building-2', 'name', 'industry, website, phone'),
  organization: e('building-2', 'name', 'website, phone'),
  contact: e('contact', 'name', 'email, phone'),
  lead: e('user-plus', 'name', 'company, email, phone, lead source, status'),
  deal: e('handshake', 'name', 'amount, stage, close date'),
  opportunity: e('handshake', 'name', 'amount, stage, close date, probability'),
  customer: e('users', 'name', 'email, phone'),
  client: e('users', 'name', 'email, phone'),
  activity: e('activity', 'subject', 'type, due date, notes'),
  call: e('phone-call', 'subject', 'call date, duration, notes'),
  meeting: e('calendar', 'subject', 'start time, end time, location, notes'),
  quote: e('file-text', { autonumber: 'QUO' }, 'amount, status, valid until date'),
  campaign: e('megaphone', 'name', 'start date, end date, budget, status'),
  // Support
  ticket: e('ticket', 'subject', 'description, status, priority, requester email'),
  support_ticket: e('ticket', 'subject', 'description, status, priority, requester email'),
  case: e('briefcase', 'subject', 'description, status, priority'),
  support_case: e('briefcase', 'subject', 'description, status, priority'),
  issue: e('circle-alert', 'title', 'description, status, priority'),
  incident: e('siren', 'title', 'description, severity, status, reported at'),
  bug: e('bug', 'title', 'description, severity, status, steps to reproduce'),
  request: e('inbox', 'subject', 'description, status, priority'),
  maintenance_request: e('wrench', 'subject', 'description, priority, status'),
  article: e('newspaper', 'title', 'body, category, published date'),
  // Inventory and orders
  product: e('package', 'name', 'sku, price, quantity in stock'),
  item: e('package', 'name', 'sku, price, quantity'),
  inventory_item: e('package', 'name', 'sku, quantity, unit cost'),
  stock_item: e('boxes', 'name', 'quantity, reorder level'),
  supplier: e('truck', 'name', 'contact email, phone'),
  vendor: e('store', 'name', 'contact email, phone, service type'),
  warehouse: e('warehouse', 'name', 'location, capacity'),
  category: e('folder', 'name', 'description'),
  order: e('shopping-cart', { autonumber: 'ORD' }, 'order date, status, total'),
  order_item: e('list', { autonumber: 'OI' }, 'quantity, unit price'),
  purchase_order: e('clipboard-list', { autonumber: 'PO' }, 'order date, status, total amount'),
  line_item: e('list', { autonumber: 'LI' }, 'quantity, unit price'),
  shipment: e('truck', { autonumber: 'SHP' }, 'ship date, carrier, tracking number, status'),
  invoice: e('receipt', { autonumber: 'INV' }, 'issue date, due date, total, status'),
  payment: e('credit-card', { autonumber: 'PAY' }, 'amount, payment date, payment method'),
  expense: e('wallet', 'title', 'amount, date, category, description'),
  asset: e('monitor', 'name', 'serial number, purchase date, purchase cost, status'),
  // HR and recruiting
  employee: e('id-card', 'name', 'email, job title, department, hire date'),
  department: e('network', 'name', 'description'),
  position: e('briefcase', 'title', 'department, description'),
  leave_request: e('calendar-off', { autonumber: 'LR' }, 'start date, end date, leave type, status'),
  timesheet: e('clock', { autonumber: 'TS' }, 'week start date, hours, status'),
  job_posting: e('briefcase', 'title', 'department, location, status'),
  job_opening: e('briefcase', 'title', 'department, location, status'),
  job: e('briefcase', 'title', 'department, location, status'),
  candidate: e('user-search', 'name', 'email, phone, resume'),
  applicant: e('user-search', 'name', 'email, phone, resume'),
  application: e('file-user', { autonumber: 'APP' }, 'stage, applied date'),
  interview: e('messages-square', 'title', 'scheduled at, interviewer, feedback'),
  // Projects
  project: e('folder-kanban', 'name', 'status, start date, due date'),
  task: e('square-check', 'title', 'status, priority, due date'),
  todo: e('square-check', 'title', 'due date, completed'),
  milestone: e('flag', 'name', 'due date, status'),
  sprint: e('timer', 'name', 'start date, end date'),
  team: e('users', 'name', 'description'),
  // Events
  event: e('calendar-days', 'name', 'start time, end time, venue, capacity'),
  attendee: e('user-check', 'name', 'email, checked in'),
  venue: e('map-pin', 'name', 'address, capacity'),
  speaker: e('mic', 'name', 'email, bio'),
  session: e('presentation', 'title', 'start time, end time, room'),
  guest: e('user', 'name', 'email, phone'),
  registration: e('ticket', { autonumber: 'REG' }, 'registration date, status'),
  // Real estate and property
  property: e('house', 'name', 'address, asking price, bedrooms, bathrooms, listing status'),
  listing: e('house', 'title', 'address, price, status'),
  viewing: e('eye', 'title', 'scheduled at, notes'),
  agent: e('user-round', 'name', 'email, phone'),
  tenant: e('user', 'name', 'email, phone'),
  lease: e('file-signature', { autonumber: 'LSE' }, 'start date, end date, monthly rent'),
  unit: e('door-open', 'name', 'floor, bedrooms, monthly rent, status'),
  building: e('building', 'name', 'address'),
  // Education
  student: e('graduation-cap', 'name', 'email, date of birth'),
  teacher: e('school', 'name', 'email, subject area'),
  instructor: e('school', 'name', 'email, bio'),
  course: e('book-open', 'title', 'description, credits, start date'),
  class: e('school', 'name', 'schedule, capacity'),
  lesson: e('book-open-text', 'title', 'duration, content'),
  enrollment: e('clipboard-check', { autonumber: 'ENR' }, 'enrollment date, status'),
  assignment: e('notebook-pen', 'title', 'due date, description'),
  // Library
  book: e('book', 'title', 'author, isbn, genre, published date'),
  member: e('user', 'name', 'email, phone, join date'),
  loan: e('book-up', { autonumber: 'LN' }, 'loan date, due date, returned'),
  author: e('pen-tool', 'name', 'bio'),
  // Fleet
  vehicle: e('car', 'name', 'make, model, year, license plate, mileage, status'),
  car: e('car', 'name', 'make, model, year, license plate'),
  driver: e('user', 'name', 'license number, phone'),
  trip: e('route', { autonumber: 'TRP' }, 'start time, end time, distance'),
  maintenance_record: e('wrench', 'title', 'service date, cost, description'),
  fuel_log: e('fuel', { autonumber: 'FUEL' }, 'date, liters, cost'),
  rental: e('key-round', { autonumber: 'RNT' }, 'pickup date, return date, status'),
  // Restaurant and hospitality
  reservation: e('calendar-check', { autonumber: 'RES' }, 'guest name, party size, reservation time, status'),
  table: e('armchair', 'name', 'capacity, status'),
  menu_item: e('utensils', 'name', 'price, category, description'),
  dish: e('utensils', 'name', 'price, category, description'),
  recipe: e('chef-hat', 'name', 'ingredients, instructions, servings'),
  ingredient: e('carrot', 'name', 'unit, quantity in stock'),
  room: e('bed', 'name', 'type, nightly rate, status'),
  booking: e('calendar-check', { autonumber: 'BK' }, 'check in date, check out date, status'),
  // Gym, clinic, pets
  trainer: e('dumbbell', 'name', 'email, phone'),
  membership: e('id-card', { autonumber: 'MEM' }, 'plan, start date, end date, price'),
  workout: e('dumbbell', 'name', 'date, type, duration'),
  patient: e('heart-pulse', 'name', 'date of birth, phone, email'),
  appointment: e('calendar-clock', 'title', 'scheduled at, reason, status'),
  doctor: e('stethoscope', 'name', 'specialty, email'),
  visit: e('stethoscope', 'title', 'visit date, notes'),
  prescription: e('pill', 'title', 'medication, dosage, start date'),
  pet: e('paw-print', 'name', 'species, breed, date of birth'),
  owner: e('user', 'name', 'phone, email'),
  // Content and community
  post: e('file-text', 'title', 'body, published at, status'),
  comment: e('message-square', 'title', 'body'),
  note: e('sticky-note', 'title', 'body'),
  document: e('file', 'title', 'file, category'),
  contract: e('file-signature', 'title', 'start date, end date, value, status'),
  volunteer: e('hand-heart', 'name', 'email, phone, availability'),
  shift: e('clock', 'name', 'date, start time, end time, location'),
  donor: e('heart-handshake', 'name', 'email, phone'),
  donation: e('hand-coins', { autonumber: 'DON' }, 'amount, date, payment method'),
  // Farm, plants, misc
  field: e('tractor', 'name', 'area, location'),
  crop: e('sprout', 'name', 'variety, planting date'),
  harvest: e('wheat', { autonumber: 'HRV' }, 'harvest date, yield, quality grade'),
  plant: e('leaf', 'name', 'species, location, last watered date'),
  person: e('user', 'name', 'email, phone'),
  user: e('user', 'name', 'email'),
};

/** Multi-word and spelling variants mapped onto lexicon keys. */
export const ENTITY_SYNONYMS: Record<string, string> = {
  to_do: 'todo', todo_item: 'todo', to_do_item: 'todo', people: 'person', staff_member: 'employee',
  opening: 'job_opening', job_listing: 'job_posting', vacancy: 'job_opening', help_ticket: 'ticket',
  helpdesk_ticket: 'ticket', support_request: 'request', gym_class: 'class', fitness_class: 'class',
  order_line: 'order_item', purchase_order_line: 'line_item', purchase_order_line_item: 'line_item',
  blog_post: 'post', pet_owner: 'owner', leave: 'leave_request', time_off_request: 'leave_request',
};

export function lookupEntity(name: string): EntityEntry | undefined {
  if (ENTITY_LEXICON[name]) return ENTITY_LEXICON[name];
  const synonym = ENTITY_SYNONYMS[name];
  if (synonym) return ENTITY_LEXICON[synonym];
  // A compound like "support_ticket" or "purchase_order_line_item" falls back to its head.
  const head = name.split('_').pop() ?? name;
  return head !== name ? ENTITY_LEXICON[head] : undefined;
}
