/*
 * Field-type vocabulary: which words in a field phrase decide its ObjectStack type. Rules are
 * tried in order and the first match wins, so specific cues (explicit hints, "whether", "... at")
 * come before broad ones (any word "date", any word "price").
 */
import type { ModelFieldType } from '@/lib/generator/types';

/** Type words an operator may write in parentheses or after "as": "price (currency)". */
export const TYPE_HINTS: Record<string, ModelFieldType> = {
  text: 'text', string: 'text', varchar: 'text', 'short text': 'text',
  textarea: 'textarea', 'long text': 'textarea', paragraph: 'textarea', multiline: 'textarea',
  number: 'number', integer: 'number', int: 'number', decimal: 'number', numeric: 'number', float: 'number',
  currency: 'currency', money: 'currency', dollars: 'currency', usd: 'currency', eur: 'currency',
  percent: 'percent', percentage: 'percent', '%': 'percent',
  date: 'date', datetime: 'datetime', 'date time': 'datetime', 'date and time': 'datetime', timestamp: 'datetime',
  time: 'time',
  boolean: 'boolean', bool: 'boolean', 'yes/no': 'boolean', 'true/false': 'boolean', checkbox: 'boolean',
  flag: 'boolean', toggle: 'boolean', 'y/n': 'boolean',
  email: 'email', phone: 'phone', url: 'url', link: 'url',
  select: 'select', dropdown: 'select', picklist: 'select', enum: 'select', choice: 'select',
  multiselect: 'multiselect', 'multi select': 'multiselect', tags: 'tags',
  lookup: 'lookup', reference: 'lookup', relation: 'lookup',
  file: 'file', attachment: 'file', image: 'image', photo: 'image', picture: 'image',
  rating: 'rating', stars: 'rating', address: 'address', autonumber: 'autonumber', 'auto number': 'autonumber',
  required: 'text',
};

export const BOOLEAN_WORDS = new Set([
  'active', 'available', 'paid', 'approved', 'verified', 'archived', 'published', 'featured',
  'enabled', 'billable', 'refundable', 'vegetarian', 'vegan', 'insured', 'returned', 'subscribed',
  'confirmed', 'completed', 'done', 'finished', 'resolved', 'occupied', 'vacant', 'urgent', 'visible',
  'public', 'private', 'taxable', 'recurring', 'signed', 'shipped', 'delivered', 'checked', 'attended',
  'rented', 'sold', 'booked', 'cancelled', 'canceled', 'closed', 'open', 'internal', 'primary', 'default',
  'gluten-free', 'spicy', 'remote', 'furnished', 'read', 'favorite', 'favourite', 'opted', 'blocked',
]);

export const DATETIME_WORDS = new Set(['timestamp', 'datetime']);
export const TIME_WORDS = new Set(['time']);
export const DATE_WORDS = new Set([
  'date', 'dates', 'birthday', 'dob', 'deadline', 'due', 'expiry', 'expiration', 'anniversary', 'birthdate',
]);
export const EMAIL_WORDS = new Set(['email', 'emails', 'mail']);
export const PHONE_WORDS = new Set(['phone', 'mobile', 'telephone', 'cell', 'fax', 'cellphone', 'whatsapp']);
export const URL_WORDS = new Set(['url', 'website', 'link', 'homepage', 'linkedin', 'twitter', 'github', 'instagram', 'web']);
export const PERCENT_WORDS = new Set([
  'percent', 'percentage', 'probability', 'discount', 'margin', 'completion', 'occupancy', 'likelihood',
  'progress', 'utilization', 'utilisation', 'attendance',
]);
/** "rate" is a percent unless a time or room word says it is a price ("hourly rate"). */
export const PRICE_RATE_MODIFIERS = new Set([
  'hourly', 'daily', 'nightly', 'weekly', 'monthly', 'room', 'day', 'night', 'hour', 'base', 'billing', 'flat', 'unit',
]);
export const CURRENCY_WORDS = new Set([
  'amount', 'price', 'cost', 'costs', 'salary', 'budget', 'revenue', 'fee', 'fees', 'total', 'subtotal',
  'balance', 'rent', 'wage', 'wages', 'pay', 'deposit', 'income', 'expense', 'spend', 'spending', 'charge',
  'fine', 'tuition', 'bill', 'premium', 'commission', 'bonus', 'tip', 'mrr', 'arr', 'payout', 'refund',
  'compensation', 'value', 'worth', 'valuation', 'donation', 'pledge', 'grant', 'payroll', 'earnings',
  'profit', 'tax', 'shipping', 'credit', 'debit', 'invoice total', 'rate',
]);
export const TEXTAREA_WORDS = new Set([
  'description', 'notes', 'note', 'comments', 'comment', 'bio', 'biography', 'summary', 'body', 'content',
  'message', 'remarks', 'instructions', 'reason', 'feedback', 'resolution', 'agenda', 'requirements',
  'symptoms', 'diagnosis', 'treatment', 'prescription', 'steps', 'answer', 'question', 'review', 'abstract',
  'explanation', 'justification', 'memo', 'outcome', 'ingredients', 'directions', 'requests',
  'request', 'history', 'details', 'responsibilities', 'qualifications', 'benefits', 'terms', 'policy',
  'synopsis', 'plot', 'objective', 'objectives', 'goals', 'findings', 'recommendation', 'recommendations',
]);
export const NUMBER_WORDS = new Set([
  'quantity', 'qty', 'count', 'number', 'stock', 'age', 'capacity', 'seats', 'units', 'hours', 'duration',
  'minutes', 'weight', 'height', 'length', 'width', 'depth', 'mileage', 'odometer', 'score', 'points', 'year',
  'floor', 'bedrooms', 'bathrooms', 'rooms', 'pages', 'credits', 'credit hours', 'headcount', 'guests', 'size',
  'calories', 'sets', 'reps', 'days', 'nights', 'footage', 'feet', 'meters', 'metres', 'sqft', 'area',
  'yield', 'distance', 'speed', 'temperature', 'volume', 'kg', 'kilograms', 'lbs', 'pounds', 'liters',
  'litres', 'gallons', 'servings', 'order', 'position', 'rank', 'sequence', 'level', 'threshold', 'limit',
  'attendees', 'participants', 'employees', 'students', 'members', 'visits', 'views', 'downloads', 'votes',
  'copies', 'inventory', 'miles', 'kilometers', 'kilometres', 'horsepower', 'seating', 'occupants', 'tickets',
  'estimate', 'effort', 'storypoints', 'sprint', 'week',
]);
/** Numbers that are counts of a unit: "duration in minutes" is a number, not a date. */
export const UNIT_WORDS = new Set([
  'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'kg', 'kilograms', 'lbs', 'pounds', 'miles',
  'km', 'kilometers', 'kilometres', 'meters', 'metres', 'feet', 'liters', 'litres', 'gallons', 'grams',
  'seconds', 'cm', 'inches', 'percent', 'stock', 'usd', 'eur', 'gbp', 'dollars', 'euros',
]);
export const RATING_WORDS = new Set(['rating', 'stars', 'satisfaction']);
export const IMAGE_WORDS = new Set(['photo', 'photos', 'picture', 'pictures', 'image', 'images', 'logo', 'avatar', 'thumbnail', 'headshot', 'portrait', 'screenshot']);
export const FILE_WORDS = new Set(['attachment', 'attachments', 'file', 'files', 'document', 'documents', 'resume', 'cv', 'receipt', 'pdf', 'scan', 'certificate', 'contract']);
export const ADDRESS_WORDS = new Set(['address']);
export const TAG_WORDS = new Set([
  'tags', 'skills', 'keywords', 'labels', 'amenities', 'features', 'languages', 'allergies', 'specialties',
  'specialities', 'interests', 'hobbies', 'certifications', 'topics', 'genres', 'allergens', 'toppings',
]);
export const SELECT_WORDS = new Set([
  'status', 'stage', 'priority', 'type', 'category', 'severity', 'kind', 'source', 'industry', 'gender',
  'condition', 'tier', 'plan', 'genre', 'format', 'channel', 'difficulty', 'seniority', 'shift', 'method',
  'urgency', 'rsvp', 'cuisine', 'region', 'frequency', 'state', 'phase', 'grade', 'classification',
  'segment', 'sentiment', 'outcome', 'impact', 'visibility', 'role', 'level', 'species', 'size', 'color',
  'colour', 'style', 'mode', 'term', 'semester', 'availability', 'course', 'unit', 'quality',
]);
/** Words after which "time" is a time of day rather than a timestamp. */
export const TIME_OF_DAY_MODIFIERS = new Set(['opening', 'closing', 'daily', 'lunch', 'dinner', 'breakfast']);
