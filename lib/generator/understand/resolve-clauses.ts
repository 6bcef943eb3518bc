/*
 * Turns parsed clauses into entities, fields and relations. Pass one only declares records
 * (subjects, listed records, relation targets); pass two, with every record known, decides
 * for each list item whether it is a field, a reference or a child collection.
 */
import type { Clause } from './parse-clauses';
import type { Phrase } from './phrases';
import { Draft } from './draft';
import { entityName, isAppPhrase, isBusinessPhrase, isUserPhrase, nameWords, resolveEntity } from './entity-names';
import { inferField, RESERVED_FIELDS, typeFromWords } from './infer-field';
import { lookupEntity } from './vocabulary/entities';
import { APP_WORDS, CREATE_VERBS, USE_VERBS } from './vocabulary/words';
import { SELECT_WORDS } from './vocabulary/field-types';
import { toSnake } from '@/lib/generator/naming';

type SubjectKind = 'app' | 'entity' | 'header-fields' | 'header-objects';

const FIELD_HEADERS = new Set(['fields', 'field', 'columns', 'attributes', 'properties']);
const OBJECT_HEADERS = new Set(['object', 'objects', 'entity', 'entities', 'table', 'tables', 'model', 'models']);
/** Children that live and die with their parent: "belongs to" becomes master-detail. */
const COMPOSITION_CHILDREN = new Set(['line_item', 'order_item', 'invoice_line', 'order_line', 'line']);

/**
 * What the subject of a clause is. "Marina: berths (code, fee), boats (name, berth)": when the
 * items after a colon are records with their own field lists, the subject is the app's title.
 */
export function clauseKind(clause: Clause): SubjectKind {
  let kind = subjectKind(clause.subject);
  if (kind === 'app' && isFieldList(clause)) {
    // "IT assets: asset tag, serial number, purchase date": a plural noun over a list of fields is the record.
    const subject = clause.subject.at(-1)!;
    if (clause.subject.length === 1 && !isBusinessPhrase(subject) && subject.plural && mention(subject)) kind = 'entity';
    // "an episode tracker: episode number, title, guest": the words before the app's noun name the record.
    else if (isBusinessPhrase(subject) && subject.words.length >= 2 && APP_WORDS.has(subject.words.at(-1)!)) {
      const words = subject.words.slice(0, -1).filter((w) => !['a', 'an', 'the', 'our', 'my', 'simple', 'small'].includes(w));
      if (words.length && entityName(words) && !isBusinessPhrase({ ...subject, words })) {
        clause.subject = [{ ...subject, words, head: words.at(-1)!, raw: words.join(' ') }];
        kind = 'entity';
      }
    }
  }
  if (kind === 'entity' && clause.anchor?.kind === 'colon' && clause.items.filter(isRecordWithFields).length >= 2) return 'app';
  // "Landlord: name, email", "each landlord has many listings": a word that also names a kind of
  // app ("landlord" → property management) is a record when it is a verb's subject.
  if (kind === 'app' && clause.anchor && clause.subject.length === 1 && !isBusinessPhrase(clause.subject[0]) && mention(clause.subject[0])) {
    if (clause.anchor.kind === 'relation' && !/^(?:a|an|the|our|my)$/.test(clause.subject[0].raw.split(' ')[0])) return 'entity';
    const fields = clause.items.filter((i) => !i.plural && typeFromWords(i.words, '') !== 'text').length;
    if (clause.anchor.kind === 'colon' && fields >= 1 && !clause.items.some(isRecordWithFields)) return 'entity';
  }
  // "Properties have an address": outside a "properties:" header the word names a record.
  if (kind === 'header-fields' && clause.subject[0].words.join(' ') === 'properties' && clause.anchor?.kind !== 'colon') return 'entity';
  return kind;
}

/** A colon list of three or more items, most of which name values (a type cue, two words, a value noun), none a record with fields. */
function isFieldList(clause: Clause): boolean {
  if (clause.anchor?.kind !== 'colon' || clause.subject.length === 0 || clause.items.length < 3) return false;
  if (clause.items.some(isRecordWithFields)) return false;
  const valueLike = clause.items.filter((i) => !i.plural && (i.paren || i.words.length >= 2 || FIELD_NOUNS.has(i.head) || typeFromWords(i.words, '') !== 'text'));
  return valueLike.length * 2 > clause.items.length;
}

/** "vehicles (registration, make, model)": a plural noun with a list of two or more after it. */
function isRecordWithFields(item: Phrase): boolean {
  return item.plural && (item.paren?.length ?? 0) >= 2 && !SELECT_WORDS.has(item.head) && !item.choice;
}

export function subjectKind(subject: Phrase[]): SubjectKind {
  if (subject.length === 0) return 'app';
  const first = subject[0].words.join(' ');
  if (FIELD_HEADERS.has(first)) return 'header-fields';
  if (OBJECT_HEADERS.has(first)) return 'header-objects';
  return subject.some(isAppPhrase) ? 'app' : 'entity';
}

function mention(phrase: Phrase): string {
  return entityName(nameWords(phrase));
}

/** Pass one: declare every record the clause structure points at. */
export function declareEntities(clauses: Clause[], draft: Draft): void {
  for (const clause of clauses) {
    const kind = clauseKind(clause);
    const anchor = clause.anchor;
    // "Rental listings:" alone on its line is a title over the lines that follow.
    if (anchor?.kind === 'colon' && clause.items.length === 0) continue;
    if (!anchor) {
      // A bare list ("Contacts", "products, orders and customers") declares only records we know.
      for (const item of clause.items) if (!isAppPhrase(item) && !item.choice && lookupEntity(mention(item))) declareMention(item, draft);
      continue;
    }
    if (anchor.kind === 'svo') {
      // "customers place orders": both sides are records the vocabulary knows.
      [...clause.subject, ...clause.items].forEach((p) => declareMention(p, draft));
      continue;
    }
    if (kind === 'entity') clause.subject.forEach((s) => declareMention(s, draft));
    // "each invoice has one customer": "one" before a record the vocabulary knows makes it a record.
    if (anchor.kind === 'list' && kind === 'entity') {
      for (const item of clause.items) if (/^(one|a single|exactly one)\b/.test(item.raw) && lookupEntity(mention(item))) declareMention(item, draft);
    }
    if ((anchor.kind === 'list' || anchor.kind === 'colon') && (kind === 'app' || kind === 'header-objects')) {
      for (const item of clause.items) if (!isAppPhrase(item) && !isFieldOfFocus(item) && !item.choice) declareMention(item, draft);
    }
    if (anchor.kind === 'relation' && kind === 'entity' && anchor.relation?.words !== 'of') {
      for (const item of clause.items) if (!isUserPhrase(item) || resolveEntity(mention(item), draft.names)) declareMention(item, draft);
    }
  }
}

function declareMention(phrase: Phrase, draft: Draft): string | undefined {
  const name = mention(phrase);
  if (!name) return undefined;
  const known = resolveEntity(name, draft.names);
  if (known) return known;
  // "a member's loans": loans are a record of their own, each pointing at its member.
  const owner = [...draft.possessors].find((p) => name.startsWith(`${p}_`));
  if (owner) {
    const record = name.slice(owner.length + 1);
    const ownerName = resolveEntity(owner, draft.names) ?? draft.declare(owner, 'prompt', owner);
    const recordName = resolveEntity(record, draft.names) ?? draft.declare(record, 'prompt', phrase.raw);
    phrase.words.forEach((w) => draft.used.add(w));
    draft.owned.push([recordName, ownerName, phrase.raw]);
    return recordName;
  }
  phrase.words.forEach((w) => draft.used.add(w));
  return draft.declare(name, 'prompt', phrase.raw);
}

/** Links each record named through an owner ("a member's loans") to that owner. */
export function linkOwnedRecords(draft: Draft): void {
  for (const [record, owner, words] of draft.owned) {
    const fields = draft.entities.get(record)?.fields ?? [];
    if (record !== owner && !fields.some((f) => f.reference === owner)) draft.addReference(record, owner, childKind(record), words);
  }
}

/** Pass two: fields, references and child collections. */
export function attachFields(clauses: Clause[], draft: Draft): void {
  for (const clause of clauses) {
    const anchor = clause.anchor;
    // "Rental listings:" or "esports club" alone: a title, read as the app's name.
    if ((anchor?.kind === 'colon' && clause.items.length === 0) || (!anchor && clause.items.length === 1 && isAppPhrase(clause.items[0]) && !clause.items[0].paren)) {
      [...clause.subject, ...clause.items].forEach((p) => p.words.forEach((w) => draft.used.add(w)));
      continue;
    }
    if (!anchor) {
      // A bare "cars (make, model, available?)": the parenthesised list is the record's fields.
      for (const item of clause.items) attachParenFields(item, draft);
      continue;
    }
    anchor.words.split(' ').forEach((w) => draft.used.add(w));
    const kind = clauseKind(clause);
    if (kind === 'app') clause.subject.forEach((s) => s.words.forEach((w) => draft.used.add(w)));
    const subjects = subjectEntities(clause, kind, draft);
    if (anchor.kind === 'svo') {
      attachSvo(clause, draft);
      continue;
    }
    if (anchor.kind === 'relation') {
      attachRelation(clause, subjects, draft);
    } else if (kind === 'entity' || kind === 'header-fields') {
      for (const item of clause.items) attachItem(item, subjects, draft, Boolean(anchor.required));
    } else {
      // Records listed under the app: a parenthesised list after one is its fields. "We store
      // their name, email": items that name a field, not a record, belong to the record in focus.
      const fields = clause.items.filter((i) => isFieldOfFocus(i) && !resolveEntity(mention(i), draft.names));
      if (fields.length && draft.focus) for (const item of fields) attachItem(item, [draft.focus], draft, Boolean(anchor.required));
      for (const item of clause.items) attachParenFields(item, draft);
      const last = clause.items.map((i) => resolveEntity(mention(i), draft.names)).filter(Boolean).at(-1);
      if (last) draft.focus = last;
    }
    if (subjects.length) draft.focus = subjects.at(-1);
  }
}

function subjectEntities(clause: Clause, kind: SubjectKind, draft: Draft): string[] {
  if (kind === 'header-fields') return draft.focus ? [draft.focus] : [];
  if (kind !== 'entity') return [];
  return clause.subject
    .map((s) => resolveEntity(mention(s), draft.names))
    .filter((n): n is string => Boolean(n));
}

function attachParenFields(item: Phrase, draft: Draft): void {
  const entity = resolveEntity(mention(item), draft.names);
  if (!entity || !item.paren || item.paren.length < 2 || item.choice) return;
  markUsed(item, draft);
  for (const raw of item.paren) {
    const phrase = parenItemPhrase(raw);
    if (phrase) attachItem(phrase, [entity], draft, false);
  }
  draft.focus = entity;
}

const ITEM_FLAGS: Record<string, 'required' | 'unique' | 'optional'> = { required: 'required', mandatory: 'required', compulsory: 'required', unique: 'unique', optional: 'optional' };
const ITEM_YES_NO_TAILS = new Set(['yes/no', 'true/false', 'checkbox', 'flag', 'toggle', 'tickbox']);

/** One item of a record's parenthesised field list: "frame number unique", "in service yes/no", "available?". */
function parenItemPhrase(raw: string[]): Phrase | null {
  const phrase: Phrase = { words: [], head: '', plural: false, required: false, optional: false, unique: false, yesNo: raw.at(-1) === '?', raw: raw.join(' ') };
  let words = raw.filter((w) => w !== '?');
  words = words.filter((w, i) => {
    const flag = i > 0 ? ITEM_FLAGS[w] : undefined;
    if (flag) phrase[flag] = true;
    return !flag;
  });
  if (words.length > 1 && ITEM_YES_NO_TAILS.has(words.at(-1)!)) {
    words = words.slice(0, -1);
    phrase.yesNo = true;
  }
  if (words.length === 0) return null;
  return { ...phrase, words, head: words.at(-1)! };
}

/** The words of a parenthesised group and its markers ("required", "default") are explained by the field. */
function markUsed(item: Phrase, draft: Draft): void {
  item.paren?.flat().forEach((w) => draft.used.add(w));
  for (const w of item.raw.split(' ')) if (['required', 'unique', 'optional', 'mandatory', 'default', 'checkbox', 'flag'].includes(w)) draft.used.add(w);
  item.defaultValue?.split(' ').forEach((w) => draft.used.add(w));
  if (item.defaultValue !== undefined || item.required || item.unique) ['required', 'unique', 'default', 'mandatory', 'optional'].forEach((w) => draft.used.add(w));
}

/** One list item under record subjects: a reference, a child collection, a user or a field. */
function attachItem(item: Phrase, subjects: string[], draft: Draft, required: boolean): void {
  if (subjects.length === 0) return;
  const ref = resolveEntity(mention(item), draft.names);
  item.words.forEach((w) => draft.used.add(w));
  markUsed(item, draft);
  if (ref && !subjects.includes(ref) && !isFieldWord(item)) {
    // "a laundromat with machines (number, type)": the list is the machines' fields.
    if (isRecordWithFields(item)) attachParenFields(item, draft);
    for (const subject of subjects) {
      if (item.plural) draft.addReference(ref, subject, childKind(ref), item.raw);
      else draft.addReference(subject, ref, 'lookup', item.raw, { required: required || item.required });
    }
    return;
  }
  if (!ref && isUserPhrase(item) && item.words.length <= 2) {
    const field = toSnake(item.words);
    for (const subject of subjects) draft.addReference(subject, 'sys_user', 'user', item.raw, { field, required });
    return;
  }
  for (const subject of subjects) {
    const { field, note } = inferField(item, subject);
    if (RESERVED_FIELDS.has(field.name)) {
      draft.warn(`'${item.words.join(' ')}' is added by the platform on every record: not generated as a field.`);
      continue;
    }
    if (note) draft.warn(note);
    draft.addField(subject, { ...field, required: field.required || required });
  }
}

const POSSESSIVES = new Set(['their', 'its', 'his', 'her', 'whose']);
/** Nouns that name a value, never a record, unless the vocabulary knows them as one. */
const FIELD_NOUNS = new Set(['name', 'title', 'description', 'notes', 'note', 'address', 'age', 'details', 'info', 'information', 'bio', 'nickname', 'username', 'password', 'website', 'birthday', 'gender', 'salary', 'price', 'cost', 'quantity', 'color', 'colour', 'size', 'weight', 'height']);

/**
 * A list item under the app that is a value of the record in focus: "their name" (a possessive)
 * or a word that only ever names a value ("email", "phone number") and no record we know.
 */
function isFieldOfFocus(item: Phrase): boolean {
  const first = item.raw.split(' ')[0];
  if (POSSESSIVES.has(first)) return true;
  if (lookupEntity(mention(item))) return false;
  return FIELD_NOUNS.has(item.head) || typeFromWords(item.words, '') !== 'text';
}

/** A list item like "tags" or "notes" is a field even if a record of that name exists elsewhere. */
function isFieldWord(item: Phrase): boolean {
  return item.words.length > 1 && !lookupEntity(toSnake(item.words)) && Boolean(item.paren);
}

function attachRelation(clause: Clause, subjects: string[], draft: Draft): void {
  const relation = clause.anchor!.relation!;
  if (subjects.length === 0) {
    // "the name and price of each product": the subject phrases are fields of the target.
    const target = clause.items.map((i) => resolveEntity(mention(i), draft.names)).find(Boolean);
    if (target && relation.words === 'of') for (const s of clause.subject) attachItem(s, [target], draft, false);
    return;
  }
  for (const item of clause.items) {
    const target = resolveEntity(mention(item), draft.names);
    item.words.forEach((w) => draft.used.add(w));
    for (const subject of subjects) {
      if (!target) {
        if (isUserPhrase(item) || relation.userField) {
          const field = relation.userField ?? toSnake(nameWords(item));
          draft.addReference(subject, 'sys_user', 'user', `${relation.words} ${item.raw}`, { field, required: relation.required });
        }
        continue;
      }
      if (target === subject) continue;
      if (relation.kind === 'has-many') {
        draft.addReference(target, subject, childKind(target), `${subject} ${relation.words} ${item.raw}`);
      } else {
        const kind = relation.kind === 'part-of' ? 'master_detail' : childKind(subject);
        draft.addReference(subject, target, kind, `${relation.words} ${item.raw}`, { required: relation.required });
      }
    }
    // "guests rsvp to an event (yes, no, maybe)": the verb itself is a status field.
    if (relation.words.startsWith('rsvp')) {
      for (const subject of subjects) {
        const { field } = inferField({ ...item, words: ['rsvp'], raw: 'rsvp' }, subject);
        draft.addField(subject, field);
      }
    }
  }
}

function childKind(child: string): 'lookup' | 'master_detail' {
  const parts = child.split('_');
  return COMPOSITION_CHILDREN.has(child) || COMPOSITION_CHILDREN.has(parts.slice(-2).join('_')) ? 'master_detail' : 'lookup';
}

/** "customers place orders" (order → customer) and "tenants lease units" (tenant → unit). */
function attachSvo(clause: Clause, draft: Draft): void {
  const subject = resolveEntity(mention(clause.subject[0]), draft.names);
  const object = resolveEntity(mention(clause.items[0]), draft.names);
  if (!subject || !object || subject === object) return;
  const verb = clause.anchor!.words;
  const phrase = `${clause.subject[0].raw} ${verb} ${clause.items[0].raw}`;
  if (CREATE_VERBS.has(verb)) draft.addReference(object, subject, 'lookup', phrase);
  else if (USE_VERBS.has(verb)) draft.addReference(subject, object, 'lookup', phrase);
  else return;
  [verb, ...clause.subject[0].words, ...clause.items[0].words].forEach((w) => draft.used.add(w));
}
