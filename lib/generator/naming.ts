/*
 * Machine names and labels. ObjectStack wants snake_case identifiers that start with a letter
 * (objects, fields, option values) and human labels in Title Case.
 */

const SMALL_WORDS = new Set(['of', 'in', 'to', 'and', 'or', 'for', 'a', 'an', 'the', 'at', 'by', 'on']);
const UPPER_WORDS = new Set(['sku', 'isbn', 'url', 'id', 'vin', 'crm', 'hr', 'it', 'rsvp', 'po', 'usd', 'eur', 'kg', 'vat', 'dob', 'ats', 'lms', 'mrr', 'arr']);

export function toSnake(words: string | string[]): string {
  const text = Array.isArray(words) ? words.join(' ') : words;
  const snake = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/_+/g, '_');
  if (!snake) return '';
  return /^[a-z]/.test(snake) ? snake : `f_${snake}`;
}

export function toLabel(snakeOrWords: string): string {
  return snakeOrWords
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((word, i) => {
      if (UPPER_WORDS.has(word)) return word.toUpperCase();
      if (i > 0 && SMALL_WORDS.has(word)) return word;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}

/** Option values are system identifiers: lowercase, at least two characters, starting with a letter. */
export function toOptionValue(label: string): string {
  const snake = toSnake(label.replace(/-/g, ' '));
  if (snake.length >= 2) return snake;
  return `opt_${snake || 'x'}`;
}
