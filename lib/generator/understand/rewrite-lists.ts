/*
 * Rewrites the many ways people spell a field's choices and markers into one form the parser
 * reads: "status booked/checked in/no-show", "a status of open, on hold or closed", "fuel
 * type: petrol, diesel" and "tier default basic" all become "status (booked, checked in, ...)"
 * or "tier (default basic)". Runs on normalised (lowercase) text, before tokenising.
 */

/** Field heads whose value is one of a few choices: a list after them is that field's options. */
const CHOICE_HEADS = [
  'status', 'statuses', 'stage', 'stages', 'priority', 'type', 'kind', 'category', 'severity', 'level', 'tier', 'plan',
  'state', 'phase', 'grade', 'size', 'condition', 'mode', 'method', 'channel', 'source', 'role', 'frequency',
  'shift', 'genre', 'difficulty', 'urgency', 'rating', 'outcome', 'result', 'visibility', 'gender', 'color',
  'colour', 'format', 'segment', 'sentiment', 'impact', 'seniority', 'species', 'region', 'rsvp', 'cuisine', 'style',
].join('|');

/** Words that end a choice: a choice never contains a conjunction, article or preposition that starts a new item. */
const STOP = '(?:and|or|with|a|an|the|to|for|but|plus|that|which|so|because|as|if|we|they|it)';
/** A word that is not a stop word; a lone letter before a comma or at the end is a choice ("A, B or C"). */
const WORD = `(?!${STOP}\\b(?![ \\t]*(?:,|$)))[a-z0-9][a-z0-9'-]*`;
/** One choice: up to three words ("checked in", "out of service"). */
const ITEM = `${WORD}(?: (?:(?:the|of|for|to) )?${WORD}){0,2}`;
/** Words between a head and its list that only introduce it. */
const INTRO = String.raw`(?:\s*:\s*|\s+-\s+|\s+(?:(?:that|which)\s+)?(?:can be|could be|may be|must be|is one of|is either|is|either|of|with options?|options?(?:\s+are)?|with values|values|such as|like)\s*:?\s*|\s+)`;

/** The first choice is one word, so "a status booked/closed" is read as head "status", not head "a". */
const SLASH_LIST = new RegExp(String.raw`\b(${CHOICE_HEADS}|[a-z]+)${INTRO}(${WORD}(?:\s*[/|]\s*${ITEM})+)`, 'g');
const WORDY_LIST = new RegExp(
  String.raw`\b(${CHOICE_HEADS})(?:\s+options?)?(\s*:\s*|\s+-\s+|\s*,\s*(?:like|such as|either)\s+|\s+(?:(?:that|which)\s+)?(?:can be|could be|may be|must be|should be|will be|is one of|are one of|is either|either|is like|is|are|of|with options?|options?(?:\s+are)?|with values|values|such as|like)\s*:?\s*)(${ITEM}(?:\s*,\s*${ITEM})*(?:\s*,?\s+(?:or|and)\s+${ITEM})?)`,
  'g',
);
const YES_NO = new Set(['yes/no', 'true/false', 'y/n']);

export function rewriteOptionLists(text: string): string {
  const marked = rewriteRelativeMarkers(rewriteLifecycle(rewriteForEach(text)));
  return rewriteDefaults(rewriteAnyHeadLists(rewriteWordyLists(rewriteOptionSentence(rewriteSlashLists(slashesInParens(marked))))));
}

function depthAt(text: string, offset: number): number {
  let depth = 0;
  for (let i = 0; i < offset; i += 1) depth += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
  return depth;
}

/** "a case number that must be unique", "an email which is required" → "case number (unique)". */
function rewriteRelativeMarkers(text: string): string {
  return text.replace(
    /\s+(?:that|which)\s+(?:must|should|has to|needs to|will)?\s*(?:always\s+)?(?:be|is|are)\s+(unique|required|mandatory|optional)\b/g,
    (_whole, marker: string) => ` (${marker})`,
  );
}

/** "For every vaccination we want pet, vaccine name", "Each field we register name, size": the record has the list. */
const FOR_EACH = /^(\s*)(?:for\s+(?:each|every|all|the)?|each|every)\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s*,?\s+(?:we|i)\s+(?:also\s+)?(?:want|need|register|record|keep|track|store|log|capture|note|save|write down)(?:\s+to\s+(?:know|have|record|keep|store|track|save))?\s+/;

function rewriteForEach(text: string): string {
  return text.replace(FOR_EACH, (_whole, space: string, record: string) => `${space}${record} have `);
}

/** "a review status that starts as submitted and can become accepted, waitlisted or rejected": options with the first as default. */
const LIFECYCLE = new RegExp(
    String.raw`\b([a-z]+)\s+(?:that|which)\s+(?:starts|begins|is created|opens)\s+(?:as|at|with)\s+(${ITEM})\s*,?\s+(?:and|then)\s+(?:can|may|will|later)?\s*(?:become|move to|change to|go to|turn into|be)\s+(${ITEM}(?:\s*,\s*${ITEM})*(?:\s*,?\s+(?:or|and)\s+${ITEM})?)`,
    'g',
);

function rewriteLifecycle(text: string): string {
  return text.replace(LIFECYCLE, (_whole, head: string, first: string, rest: string) => {
    const items = [first, ...rest.split(/\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+/).filter(Boolean)];
    return `${head} (${items.join(', ')}) (default ${first})`;
  });
}

/** "a track of frontend, backend, devops or data": three or more choices after "of", closed by "or", for any field. */
const RELATIVE_CHOICES = new RegExp(String.raw`\b(?!(?:${STOP})\b)([a-z][a-z-]+)\s*,?\s+(?:which|that)\s+(?:is|are|can be|could be|may be|must be)\s+(?:either\s+)?(${ITEM}(?:\s*,\s*${ITEM})*\s*,?\s+or\s+${ITEM})`, 'g');
const ANY_HEAD_CHOICES = new RegExp(String.raw`\b(?!(?:${STOP}|number|list|lot|lots|kind|kinds|set|group|one|each|all|any|some)\b)([a-z][a-z-]+)\s+of\s+(${ITEM}(?:\s*,\s*${ITEM}){1,}\s*,?\s+or\s+${ITEM})`, 'g');

function rewriteAnyHeadLists(text: string): string {
  // "the fund, which is general, building or missions": alternatives closed by "or" in a relative clause.
  text = text.replace(RELATIVE_CHOICES, (_whole, head: string, list: string) => `${head} (${list.split(/\s*,\s*(?:or\s+)?|\s+or\s+/).filter(Boolean).join(', ')})`);
  return text.replace(ANY_HEAD_CHOICES, (_whole, head: string, list: string) => `${head} (${list.split(/\s*,\s*(?:or\s+)?|\s+or\s+/).filter(Boolean).join(', ')})`);
}

/** A sentence that opens with a field and an explicit intro: "Procedure possible values are filling, crown or other". */
const OPTION_SENTENCE = new RegExp(
  String.raw`^(\s*(?:the\s+)?)((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)\s+(?:possible values are|possible values|allowed values are|values are|values|options are|options|choices are|choices|can be one of|is one of|are one of|must be one of|should be one of|can be either|can be|could be|is either)\s*:?\s*(${ITEM}(?:\s*,\s*${ITEM})*(?:\s*,?\s+(?:or|and)\s+${ITEM})?)\s*$`,
);

/** "default package is basic", "the default status is open" → "package (default basic)". */
const DEFAULT_SENTENCE = new RegExp(String.raw`^(\s*)(?:the\s+)?default\s+((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)\s+(?:is|should be|will be|=)\s+(${ITEM})\s*$`);

/** Any field name may open such a sentence; option-sentences.ts keeps it only for a field that exists. */
function rewriteOptionSentence(text: string): string {
  const byDefault = DEFAULT_SENTENCE.exec(text);
  if (byDefault) return `${byDefault[1]}${byDefault[2]} (default ${byDefault[3]})`;
  const match = OPTION_SENTENCE.exec(text);
  if (!match) return text;
  const items = match[3].split(/\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+/).filter(Boolean);
  if (items.length < 2) return text;
  return `${match[1]}${match[2]} (${items.join(', ')})`;
}

const OWN_SLASH_LIST = new RegExp(String.raw`^${ITEM}(?:\s*[/|]\s*${ITEM})+$`);
const HEADED_SLASH_LIST = new RegExp(String.raw`^([^/|]*?\b[a-z][a-z0-9-]*)\s+(${WORD}(?:\s*[/|]\s*${ITEM})+)$`);
const CHOICE_HEAD = new RegExp(`^(?:${CHOICE_HEADS})$`);

/**
 * "(booked/checked in/completed)" → "(booked, checked in, completed)"; "(yes/no)" stays a type
 * hint. In a field list, "(make, fuel type petrol/diesel)" keeps "fuel type" in the list and
 * gives its options in a sentence of their own at the end: "; fuel type (petrol, diesel)".
 */
function slashesInParens(text: string): string {
  const hoisted: string[] = [];
  const out = text.replace(/(?:\b([a-z][a-z-]*)\s*)?\(([^()]*)\)/g, (whole, ownerWord: string | undefined, inner: string) => {
    const owner = ownerWord ? `${ownerWord} ` : '';
    if (YES_NO.has(inner.trim()) || !/[/|]/.test(inner)) return whole;
    if (!inner.includes(',')) return `${owner}(${inner.split(/\s*[/|]\s*/).join(', ')})`;
    const items = inner.split(/\s*[,;]\s*/).map((item, i) => {
      // "status (dirty | in progress | clean, default dirty)": the first item is the owner's own options.
      if (i === 0 && OWN_SLASH_LIST.test(item.trim())) return item.split(/\s*[/|]\s*/).join(', ');
      const match = HEADED_SLASH_LIST.exec(item.trim());
      if (!match || YES_NO.has(match[2].replace(/\s+/g, ''))) return item;
      hoisted.push(`${owner}${match[1]} (${match[2].split(/\s*[/|]\s*/).join(', ')})`);
      return match[1];
    });
    return `${owner}(${items.join(', ')})`;
  });
  return hoisted.length ? `${out} ; ${hoisted.join(' ; ')}` : out;
}

/** "status booked/checked in/no-show", "status: open | closed": a choice head, or any word before three or more. */
function rewriteSlashLists(text: string): string {
  return text.replace(SLASH_LIST, (whole, head: string, list: string) => {
    const items = list.split(/\s*[/|]\s*/);
    if (YES_NO.has(list.replace(/\s+/g, ''))) return whole;
    const isChoiceHead = CHOICE_HEAD.test(head);
    if (!isChoiceHead && items.length < 3) return whole;
    return `${head} (${items.join(', ')})`;
  });
}

/**
 * "a status of open, on hold or closed", "fuel type: petrol, diesel, electric", "the status can be
 * new or paid". After "of" or a bare space an "or" is needed, so "type of cuisine" stays a field.
 */
function rewriteWordyLists(text: string): string {
  return text.replace(WORDY_LIST, (whole, head: string, intro: string, list: string) => {
    const items = list.split(/\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+/).filter(Boolean);
    if (items.length < 2) return whole;
    // After "of", "is" or "are" only an "or" makes a choice: "type of cuisine", "status is required" stay.
    if (['of', 'is', 'are'].includes(intro.trim()) && !/\bor\b/.test(list)) return whole;
    return `${head} (${items.join(', ')})`;
  });
}

const DEFAULT_CONNECTED = new RegExp(String.raw`(\))?\s*,?\s+(?:with\s+)?(?:a\s+)?default(?:s|ing)?(?:\s+value)?(?:\s+(?:of|to|is|=)|\s*:)\s+(${ITEM})`, 'g');
const DEFAULT_BARE = new RegExp(String.raw`(?<!\b(?:a|an|the|with|no|its|their|our|my|your|set|use|uses)\s*)(\))?\s+default\s+(${ITEM})`, 'g');
const DEFAULT_WITH = new RegExp(String.raw`(\))?\s*,?\s+with\s+(?:a\s+)?default\s+(?!(?:of|to|is|value)\b)(${ITEM})`, 'g');

/** "a tier default basic", "priority defaults to normal", "with a default of 5" → "(default basic)"; "a default address" is left alone. */
function rewriteDefaults(text: string): string {
  // Inside a group "default x" is already one of its items (phrases.ts takes it as the default).
  const mark = (whole: string, closing: string | undefined, value: string, offset: number, all: string) =>
    depthAt(all, offset + (closing ? 1 : 0)) > 0 ? whole : `${closing ?? ''} (default ${value})`;
  return text.replace(DEFAULT_CONNECTED, mark).replace(DEFAULT_WITH, mark).replace(DEFAULT_BARE, mark);
}
