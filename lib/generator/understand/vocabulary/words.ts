/*
 * Closed word classes the clause parser relies on: determiners, filler, words that name the
 * app itself rather than a record, people who are platform users, and the verbs that
 * introduce field lists, entity lists and relations.
 */

export const DETERMINERS = new Set([
  'a', 'an', 'the', 'each', 'every', 'any', 'some', 'one', 'its', 'their', 'his', 'her', 'my', 'our',
  'your', 'this', 'that', 'these', 'those', 'all', 'both', 'multiple', 'several', 'many', 'various',
  'also', 'optional', 'own', 'single', 'exactly', 'just', 'other', 'certain', 'few', 'couple', 'lots',
  'plenty', 'various', 'different', 'specific', 'relevant', 'basic', 'simple', 'related', 'associated',
  'corresponding', 'whole', 'entire', 'individual', 'separate', 'current',
]);

/** Words dropped anywhere inside a noun phrase: they carry no field or entity meaning. */
export const FILLER = new Set([
  'etc', 'stuff', 'things', 'thing', 'info', 'information', 'details', 'data', 'record', 'records',
  'list', 'lists', 'please', 'too', 'as', 'well', 'so', 'just', 'really', 'basically', 'maybe', 'perhaps',
  'some',
]);

/** Pronouns and function words that can never head a noun phrase we care about. */
export const NON_HEADS = new Set([
  'i', 'we', 'you', 'they', 'it', 'he', 'she', 'me', 'us', 'them', 'him', 'who', 'which', 'what',
  'that', 'there', 'here', 'where', 'when', 'how', 'why', 'is', 'are', 'be', 'was', 'were', 'been',
  'can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might', 'must', 'do', 'does', 'did',
  'need', 'needs', 'want', 'wants', 'like', 'to', 'and', 'or', 'but', 'with', 'for', 'of', 'in', 'on',
  'at', 'by', 'from', 'into', 'about', 'also', 'then', 'than', 'not', 'no', 'yes', 'it\'s', 'if',
  'whether', 'some', 'something', 'smth', 'anything', 'everything', 'nothing', 'someone', 'somebody',
  'thing', 'things', 'way', 'lot', 'bit', 'hello', 'hi', 'hey', 'thanks', 'thank', 'ok', 'okay',
  'let', 'lets', 'let\'s', 'make', 'build', 'create', 'give', 'get', 'set', 'up', 'now', 'new',
]);

/** Nouns that name the application (or the business) rather than a kind of record. */
export const APP_WORDS = new Set([
  'app', 'apps', 'application', 'system', 'tool', 'platform', 'portal', 'database', 'db', 'tracker',
  'manager', 'crm', 'erp', 'console', 'software', 'solution', 'dashboard', 'website', 'site', 'program',
  'workspace', 'hub', 'helpdesk', 'desk', 'management', 'tracking', 'business', 'company', 'agency',
  'shop', 'store', 'startup', 'team', 'organization', 'organisation', 'office', 'clinic', 'school',
  'library', 'gym', 'restaurant', 'hotel', 'farm', 'nonprofit', 'charity', 'studio', 'practice',
  'pipeline', 'planner', 'planning', 'inventory', 'recruiting', 'recruitment', 'hiring', 'invoicing',
  'fleet', 'hr', 'ats', 'lms', 'cms', 'blog',
  'service', 'services', 'firm', 'bakery', 'cafe', 'salon', 'spa', 'garage',
]);

/** Words naming people who are platform users when no object of that name was declared. */
export const USER_WORDS = new Set([
  'user', 'users', 'agent', 'agents', 'rep', 'reps', 'staff', 'owner', 'assignee', 'teammate',
  'colleague', 'admin', 'administrator', 'technician', 'technicians', 'developer', 'developers',
  'engineer', 'engineers', 'recruiter', 'reviewer', 'approver', 'someone', 'person', 'team member',
  'sales rep', 'account manager', 'support agent', 'team',
]);

/** Verbs (with their particles) that put a field list after a subject. */
export const FIELD_VERBS = [
  'must have', 'should have', 'needs to have', 'need to have', 'has to have', 'have to have',
  'must include', 'must contain', 'must record', 'requires', 'require',
  'will have', 'would have', 'can have', 'can also have', 'also has', 'also have', 'may have',
  'has', 'have', 'having', 'with', 'including', 'includes', 'include', 'contains', 'contain',
  'containing', 'stores', 'store', 'storing', 'records', 'record', 'recording', 'captures',
  'capture', 'capturing', 'holds', 'hold', 'lists', 'list', 'tracks', 'track', 'tracking', 'needs', 'need',
  'consist of', 'consists of', 'described by', 'fields', 'field', 'columns', 'attributes', 'properties',
];

/** Verbs that put a list of entities after the app or the speaker. */
export const INTRO_VERBS = [
  'keep track of', 'keeps track of', 'keeping track of', 'track', 'tracks', 'tracking', 'manage',
  'manages', 'managing', 'handle', 'handles', 'handling', 'organize', 'organise', 'organizing',
  'store', 'stores', 'storing', 'log', 'logs', 'logging', 'record', 'records', 'recording',
  'keep', 'keeps', 'keeping', 'maintain', 'maintains', 'monitor', 'monitors', 'run', 'runs',
  'with', 'covering', 'including', 'includes', 'include', 'has', 'have', 'contains',
  'contain', 'holds', 'hold', 'needs', 'need',
];

/** Which relation a verb phrase expresses, and the field name it suggests when the target is a user. */
export interface RelationVerb {
  words: string;
  kind: 'belongs' | 'has-many' | 'part-of';
  /** Name for the reference field when the target is a platform user. */
  userField?: string;
  /** Marks the reference field required ("must belong to"). */
  required?: boolean;
}

export const RELATION_VERBS: RelationVerb[] = [
  { words: 'must belong to', kind: 'belongs', required: true },
  { words: 'belongs to', kind: 'belongs' },
  { words: 'belong to', kind: 'belongs' },
  { words: 'belonging to', kind: 'belongs' },
  { words: 'is part of', kind: 'part-of' },
  { words: 'are part of', kind: 'part-of' },
  { words: 'part of', kind: 'part-of' },
  { words: 'has many', kind: 'has-many' },
  { words: 'have many', kind: 'has-many' },
  { words: 'can have many', kind: 'has-many' },
  { words: 'can have multiple', kind: 'has-many' },
  { words: 'has multiple', kind: 'has-many' },
  { words: 'have multiple', kind: 'has-many' },
  { words: 'has several', kind: 'has-many' },
  { words: 'have several', kind: 'has-many' },
  { words: 'contains many', kind: 'has-many' },
  { words: 'consists of', kind: 'has-many' },
  { words: 'is made up of', kind: 'has-many' },
  { words: 'is linked to', kind: 'belongs' },
  { words: 'are linked to', kind: 'belongs' },
  { words: 'linked to', kind: 'belongs' },
  { words: 'is related to', kind: 'belongs' },
  { words: 'related to', kind: 'belongs' },
  { words: 'is associated with', kind: 'belongs' },
  { words: 'associated with', kind: 'belongs' },
  { words: 'is connected to', kind: 'belongs' },
  { words: 'connected to', kind: 'belongs' },
  { words: 'is tied to', kind: 'belongs' },
  { words: 'tied to', kind: 'belongs' },
  { words: 'is attached to', kind: 'belongs' },
  { words: 'attached to', kind: 'belongs' },
  { words: 'refers to', kind: 'belongs' },
  { words: 'references', kind: 'belongs' },
  { words: 'is assigned to', kind: 'belongs', userField: 'assigned_to' },
  { words: 'are assigned to', kind: 'belongs', userField: 'assigned_to' },
  { words: 'assigned to', kind: 'belongs', userField: 'assigned_to' },
  { words: 'is owned by', kind: 'belongs', userField: 'owner' },
  { words: 'owned by', kind: 'belongs', userField: 'owner' },
  { words: 'is managed by', kind: 'belongs', userField: 'manager' },
  { words: 'managed by', kind: 'belongs', userField: 'manager' },
  { words: 'is handled by', kind: 'belongs', userField: 'handled_by' },
  { words: 'handled by', kind: 'belongs', userField: 'handled_by' },
  { words: 'is made by', kind: 'belongs', userField: 'made_by' },
  { words: 'made by', kind: 'belongs', userField: 'made_by' },
  { words: 'placed by', kind: 'belongs' },
  { words: 'submitted by', kind: 'belongs', userField: 'submitted_by' },
  { words: 'reported by', kind: 'belongs', userField: 'reported_by' },
  { words: 'requested by', kind: 'belongs', userField: 'requester' },
  { words: 'approved by', kind: 'belongs', userField: 'approved_by' },
  { words: 'written by', kind: 'belongs' },
  { words: 'taught by', kind: 'belongs' },
  { words: 'led by', kind: 'belongs' },
  { words: 'booked by', kind: 'belongs' },
  { words: 'works at', kind: 'belongs' },
  { words: 'work at', kind: 'belongs' },
  { words: 'works for', kind: 'belongs' },
  { words: 'work for', kind: 'belongs' },
  { words: 'works in', kind: 'belongs' },
  { words: 'work in', kind: 'belongs' },
  { words: 'is for', kind: 'belongs' },
  { words: 'are for', kind: 'belongs' },
  { words: 'register for', kind: 'belongs' },
  { words: 'registers for', kind: 'belongs' },
  { words: 'sign up for', kind: 'belongs' },
  { words: 'signs up for', kind: 'belongs' },
  { words: 'rsvp to', kind: 'belongs' },
  { words: 'rsvps to', kind: 'belongs' },
  { words: 'enrolled in', kind: 'belongs' },
  { words: 'enroll in', kind: 'belongs' },
  { words: 'against', kind: 'belongs' },
  { words: 'is in', kind: 'belongs' },
  { words: 'are in', kind: 'belongs' },
  { words: 'is under', kind: 'belongs' },
  { words: 'are under', kind: 'belongs' },
  { words: 'under', kind: 'belongs' },
  { words: 'for', kind: 'belongs' },
  { words: 'to', kind: 'belongs' },
  { words: 'of', kind: 'belongs' },
  { words: 'from', kind: 'belongs' },
  { words: 'at', kind: 'belongs' },
  { words: 'by', kind: 'belongs' },
  { words: 'in', kind: 'belongs' },
];

/** Prepositions in RELATION_VERBS that only count when the target is a known entity. */
export const WEAK_RELATION_WORDS = new Set(['for', 'to', 'of', 'from', 'at', 'by', 'in', 'under', 'against']);

/** "my book collection", "a customer list": the records are the modifier, not the collection. */
export const COLLECTION_WORDS = new Set(['collection', 'list', 'catalog', 'catalogue', 'database', 'directory', 'register', 'registry', 'log']);

/** Verbs where the object is created by the subject ("customers place orders": order → customer). */
export const CREATE_VERBS = new Set(['place', 'make', 'create', 'submit', 'write', 'send', 'raise', 'open', 'file', 'post', 'publish', 'own', 'run', 'lead', 'organize', 'organise', 'host', 'teach', 'manage', 'issue', 'log']);
/** Verbs where the subject uses the object ("tenants lease units": tenant → unit). */
export const USE_VERBS = new Set(['lease', 'rent', 'book', 'borrow', 'attend', 'use', 'drive', 'occupy', 'join', 'visit', 'buy', 'reserve', 'take', 'hire', 'adopt']);
