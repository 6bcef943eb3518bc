/*
 * DSL text → AppModel (grammar in README.md). Collects every error with its line:column
 * instead of stopping at the first, so the page can underline them all at once.
 */
import { ApiError } from '@/lib/errors';
import type { AppModel, ModelEntity, ModelField, ModelFieldType, ModelOption } from '@/lib/generator/types';
import { toLabel, toOptionValue } from '@/lib/generator/naming';
import { MODEL_FIELD_TYPES } from '@/lib/generator/model/app-model-schema';
import { entityLabels, pickNameField, relationsFromFields } from '@/lib/generator/model/entity-defaults';
import { lexLine, type Token } from './lex-line';

export interface DslError {
  line: number;
  column: number;
  message: string;
}

/** An ApiError (400) so routes answer with the envelope; issues' paths are `line:column`. */
export class DslParseError extends ApiError {
  constructor(readonly errors: DslError[]) {
    super(400, 'invalid_dsl', errors.map((e) => `${e.line}:${e.column}: ${e.message}`).join('\n'), errors.map((e) => ({ path: `${e.line}:${e.column}`, message: e.message })));
    this.name = 'DslParseError';
  }
}

const NAME = /^[a-z][a-z0-9_]*$/;
const TYPES = new Set<string>(MODEL_FIELD_TYPES);
const OPTION_TYPES = new Set(['select', 'multiselect', 'tags']);

interface Pending {
  entity: ModelEntity;
  displayAt?: { name: string; line: number; column: number };
  labelGiven: boolean;
  pluralGiven: boolean;
}

/** A fault at a token; thrown inside one line's parse and collected by the caller. */
class LineFault {
  constructor(readonly column: number, readonly message: string) {}
}

class Cursor {
  private i = 0;
  constructor(private readonly tokens: Token[], private readonly lineLength: number) {}

  peek(): Token | undefined {
    return this.tokens[this.i];
  }
  next(what: string): Token {
    const t = this.tokens[this.i];
    if (!t) throw new LineFault(this.lineLength + 1, `expected ${what}`);
    this.i += 1;
    return t;
  }
  punct(text: string): boolean {
    const t = this.peek();
    if (t?.kind === 'punct' && t.text === text) {
      this.i += 1;
      return true;
    }
    return false;
  }
  expectPunct(text: string): void {
    const t = this.peek();
    if (!this.punct(text)) throw new LineFault(t?.column ?? this.lineLength + 1, `expected '${text}'${t ? `, found '${t.text}'` : ''}`);
  }
  name(what: string): Token {
    const t = this.next(what);
    if (t.kind !== 'word' || !NAME.test(t.text)) throw new LineFault(t.column, `expected ${what} (snake_case), found '${t.text}'`);
    return t;
  }
  string(what: string): string {
    const t = this.next(what);
    if (t.kind !== 'string') throw new LineFault(t.column, `expected ${what} as a "quoted string", found '${t.text}'`);
    return t.text;
  }
}

export function parseDsl(text: string): AppModel {
  const errors: DslError[] = [];
  const app: AppModel['app'] & { given: boolean } = { name: '', label: '', description: '', given: false };
  const pending: Pending[] = [];
  const refs: { field: ModelField; owner: string; line: number; column: number }[] = [];
  let block: 'none' | 'app' | 'object' = 'none';

  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const lexed = lexLine(raw);
    if (lexed.error) {
      errors.push({ line, ...lexed.error });
      return;
    }
    if (lexed.tokens.length === 0) return;
    const cursor = new Cursor(lexed.tokens, raw.length);
    try {
      if (!lexed.indented) {
        const head = cursor.next('a keyword');
        if (head.kind === 'word' && head.text === 'app') {
          if (app.given) throw new LineFault(head.column, 'the app is declared twice');
          app.name = cursor.name('an app name').text;
          app.label = cursor.peek()?.kind === 'string' ? cursor.string('a label') : toLabel(app.name);
          app.given = true;
          block = 'app';
        } else if (head.kind === 'word' && head.text === 'object') {
          pending.push(parseObject(cursor, line, pending));
          block = 'object';
        } else {
          throw new LineFault(head.column, `expected 'app' or 'object', found '${head.text}'`);
        }
      } else if (block === 'app') {
        const key = cursor.next("'description' or 'domain'");
        if (key.kind !== 'word' || (key.text !== 'description' && key.text !== 'domain')) {
          throw new LineFault(key.column, `expected 'description' or 'domain', found '${key.text}'`);
        }
        const value = cursor.string(`the ${key.text}`);
        if (key.text === 'description') app.description = value;
        else app.domain = value;
      } else if (block === 'object') {
        const owner = pending.at(-1)!.entity;
        const field = parseField(cursor, owner, line, refs);
        if (owner.fields.some((f) => f.name === field.name)) throw new LineFault(lexed.tokens[0].column, `${owner.name}.${field.name} is declared twice`);
        owner.fields.push(field);
      } else {
        throw new LineFault(lexed.tokens[0].column, 'an indented line must follow an app or object line');
      }
      const extra = cursor.peek();
      if (extra) throw new LineFault(extra.column, `unexpected '${extra.text}'`);
    } catch (fault) {
      if (!(fault instanceof LineFault)) throw fault;
      errors.push({ line, column: fault.column, message: fault.message });
    }
  });

  const names = new Set(pending.map((p) => p.entity.name));
  for (const ref of refs) {
    if (ref.field.type !== 'user' && !names.has(ref.field.reference!)) {
      errors.push({ line: ref.line, column: ref.column, message: `${ref.owner}.${ref.field.name} points at '${ref.field.reference}', which is not declared` });
    }
  }
  for (const p of pending) finishEntity(p, errors);
  if (errors.length) throw new DslParseError(errors.sort((a, b) => a.line - b.line || a.column - b.column));

  const entities = pending.map((p) => p.entity);
  const warnings: string[] = [];
  if (!app.given) {
    const first = entities[0];
    app.name = first ? first.name : 'generated_app';
    app.label = first ? first.pluralLabel : 'Generated App';
    if (first) warnings.push(`The DSL has no app line: named the app after ${first.name}.`);
  }
  const { given: _given, ...appModel } = app;
  return {
    prompt: '',
    app: appModel,
    entities,
    relations: relationsFromFields(entities),
    // Written out field by field: nothing is guessed.
    confidence: entities.length ? 95 : 5,
    warnings: entities.length ? warnings : ['The DSL declares no objects: nothing was generated.'],
    suggestions: [],
  };
}

function parseObject(cursor: Cursor, line: number, existing: Pending[]): Pending {
  const nameToken = cursor.name('an object name');
  if (existing.some((p) => p.entity.name === nameToken.text)) throw new LineFault(nameToken.column, `object '${nameToken.text}' is declared twice`);
  const defaults = entityLabels(nameToken.text);
  const entity: ModelEntity = { name: nameToken.text, ...defaults, nameField: '', fields: [], source: 'prompt' };
  const result: Pending = { entity, labelGiven: false, pluralGiven: false };
  if (cursor.peek()?.kind === 'string') {
    entity.label = cursor.string('a label');
    result.labelGiven = true;
    if (cursor.peek()?.kind === 'string') {
      entity.pluralLabel = cursor.string('a plural label');
      result.pluralGiven = true;
    }
  }
  while (cursor.peek()) {
    const key = cursor.next('an attribute');
    if (key.kind !== 'word' || (key.text !== 'icon' && key.text !== 'display')) throw new LineFault(key.column, `expected icon= or display=, found '${key.text}'`);
    cursor.expectPunct('=');
    const value = cursor.next(`the ${key.text}`);
    if (value.kind === 'punct') throw new LineFault(value.column, `expected the ${key.text}, found '${value.text}'`);
    if (key.text === 'icon') entity.icon = value.text;
    else result.displayAt = { name: value.text, line, column: value.column };
  }
  return result;
}

function parseField(cursor: Cursor, owner: ModelEntity, line: number, refs: { field: ModelField; owner: string; line: number; column: number }[]): ModelField {
  const name = cursor.name('a field name').text;
  cursor.expectPunct(':');
  const typeToken = cursor.next('a field type');
  if (typeToken.kind !== 'word' || !TYPES.has(typeToken.text)) throw new LineFault(typeToken.column, `unknown field type '${typeToken.text}'`);
  const type = typeToken.text as ModelFieldType;
  const field: ModelField = { name, label: toLabel(name), type, required: false, source: 'prompt' };
  if (cursor.punct('(')) {
    if (!OPTION_TYPES.has(type)) throw new LineFault(typeToken.column, `${type} fields take no options`);
    field.options = parseOptions(cursor);
  }
  if (cursor.punct('->')) {
    const target = cursor.name('a target object');
    if (!['lookup', 'master_detail', 'user'].includes(type)) throw new LineFault(target.column, `${type} fields don't reference objects`);
    field.reference = target.text;
    refs.push({ field, owner: owner.name, line, column: target.column });
  } else if (type === 'user') {
    field.reference = 'sys_user';
  } else if (type === 'lookup' || type === 'master_detail') {
    throw new LineFault(typeToken.column, `a ${type} needs '-> object'`);
  }
  while (cursor.peek()) {
    const flag = cursor.next('a flag');
    if (flag.kind === 'word' && flag.text === 'required') field.required = true;
    else if (flag.kind === 'word' && flag.text === 'unique') field.unique = true;
    else if (flag.kind === 'word' && ['label', 'format', 'expr'].includes(flag.text)) {
      cursor.expectPunct('=');
      const value = cursor.string(`the ${flag.text}`);
      if (flag.text === 'label') field.label = value;
      else if (flag.text === 'format') field.autonumberFormat = value;
      else field.expression = value;
    } else throw new LineFault(flag.column, `unknown flag '${flag.text}'`);
  }
  if (type === 'formula' && !field.expression) throw new LineFault(typeToken.column, 'a formula needs expr="..."');
  if (type === 'autonumber' && !field.autonumberFormat) field.autonumberFormat = `${owner.name.slice(0, 3).toUpperCase()}-{0000}`;
  return field;
}

function parseOptions(cursor: Cursor): ModelOption[] {
  const options: ModelOption[] = [];
  for (;;) {
    let label: string;
    const first = cursor.next('an option');
    if (first.kind === 'string') label = first.text;
    else if (first.kind === 'word') {
      const words = [first.text];
      while (cursor.peek()?.kind === 'word') words.push(cursor.next('a word').text);
      label = words.join(' ');
    } else throw new LineFault(first.column, `expected an option, found '${first.text}'`);
    const value = cursor.punct('=') ? cursor.name('an option value').text : toOptionValue(label);
    options.push({ label, value });
    if (cursor.punct(')')) return options;
    cursor.expectPunct(',');
  }
}

function finishEntity(p: Pending, errors: DslError[]): void {
  const { entity } = p;
  if (p.displayAt) {
    if (!entity.fields.some((f) => f.name === p.displayAt!.name)) {
      errors.push({ line: p.displayAt.line, column: p.displayAt.column, message: `${entity.name} has no field '${p.displayAt.name}' to display` });
      return;
    }
    entity.nameField = p.displayAt.name;
    return;
  }
  const picked = pickNameField(entity);
  if (picked) {
    entity.nameField = picked;
    return;
  }
  // No text field at all: give the record a name, as the other sources do.
  entity.fields.unshift({ name: 'name', label: 'Name', type: 'text', required: true, source: 'name-field' });
  entity.nameField = 'name';
}
