/*
 * Singular/plural forms of record nouns. pluralize knows English morphology; the exceptions
 * below are nouns that are singular despite ending in "s" or that pluralize mangles.
 */
import pluralize from 'pluralize';

const SINGULAR_EXCEPTIONS: Record<string, string> = {
  data: 'data', sms: 'sms', canvas: 'canvas', status: 'status', statuses: 'status', news: 'news',
  analysis: 'analysis', series: 'series', species: 'species', gps: 'gps', alias: 'alias', bus: 'bus',
  campus: 'campus', census: 'census', bonus: 'bonus', lens: 'lens', kudos: 'kudos', chassis: 'chassis',
  people: 'person', staff: 'staff', equipment: 'equipment', media: 'media', criteria: 'criterion',
  todos: 'todo', 'to-dos': 'to-do', rsvps: 'rsvp', faqs: 'faq', crms: 'crm', address: 'address',
  business: 'business', class: 'class', access: 'access', process: 'process', progress: 'progress',
  yes: 'yes', is: 'is', was: 'was', has: 'has', this: 'this', its: 'its', us: 'us', plus: 'plus',
  whereas: 'whereas', previous: 'previous', various: 'various', focus: 'focus', thus: 'thus',
};

export function singular(word: string): string {
  if (word in SINGULAR_EXCEPTIONS) return SINGULAR_EXCEPTIONS[word];
  if (word.length <= 3 || /[^a-z-]/.test(word)) return word;
  return pluralize.singular(word);
}

export function plural(word: string): string {
  if (word === 'person') return 'people';
  return pluralize.plural(word);
}

/** True when the word is a plural noun form ("deals", "people"), judged by its lemma. */
export function isPluralForm(word: string): boolean {
  return singular(word) !== word;
}
