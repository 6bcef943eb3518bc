/*
 * Applies a follow-up instruction to an AppModel instead of starting over: add fields or
 * relations ("add a priority to tasks", "tasks belong to projects"), remove fields or objects,
 * rename objects or fields, make fields required/optional/unique. Additions are read by the
 * built-in prompt reader and merged in; the rest are recognised by their sentence pattern.
 */
import type { AppModel, ModelEntity } from '@/lib/generator/types';
import { toLabel, toSnake } from '@/lib/generator/naming';
import { plural, singular } from '@/lib/generator/understand/lemma';
import { understandPrompt } from '@/lib/generator/understand/understand-prompt';
import { entityLabels, pickNameField, relationsFromFields } from '@/lib/generator/model/entity-defaults';
import { cleanPhrase, findEntity, findField } from './find-in-model';

export interface ModelEdit {
  model: AppModel;
  /** What was changed, one line per change, for the page and the warnings. */
  changes: string[];
  /** Instructions that could not be applied, quoted. */
  unapplied: string[];
}

type Step = (model: AppModel, sentence: string) => string[] | null;

export function editModel(previous: AppModel, followUp: string): ModelEdit {
  let model = structuredClone(previous);
  const changes: string[] = [];
  const unapplied: string[] = [];
  for (const sentence of splitInstructions(followUp)) {
    let applied: string[] | null = null;
    for (const step of STEPS) {
      applied = step(model, sentence);
      if (applied) break;
    }
    if (applied?.length) changes.push(...applied);
    else unapplied.push(sentence);
  }
  model = { ...model, relations: relationsFromFields(model.entities, model.relations) };
  return { model, changes, unapplied };
}

function splitInstructions(text: string): string[] {
  return text
    .split(/[;\n]|\.\s+|,?\s+and then\s+|,\s*then\s+/i)
    .map((s) => s.trim().replace(/^(?:please|also|now|then)\s+/i, '').replace(/[.!]+$/, ''))
    .filter(Boolean);
}

const removeField: Step = (model, sentence) => {
  const m = /^(?:remove|delete|drop)\s+(.+?)\s+from\s+(.+)$/i.exec(sentence);
  if (!m) return null;
  const entity = findEntity(model, m[2]);
  const field = entity && findField(entity, m[1].replace(/^(?:the)\s+/i, ''));
  if (!entity || !field) return null;
  if (field.name === entity.nameField) {
    entity.nameField = pickNameField({ fields: entity.fields.filter((f) => f !== field) }) ?? '';
    if (!entity.nameField) return null;
  }
  entity.fields = entity.fields.filter((f) => f !== field);
  return [`Removed ${entity.name}.${field.name}.`];
};

const removeEntity: Step = (model, sentence) => {
  const m = /^(?:remove|delete|drop)\s+(.+)$/i.exec(sentence);
  const entity = m && findEntity(model, m[1]);
  if (!entity) return null;
  model.entities = model.entities.filter((e) => e !== entity);
  const notes = [`Removed the ${entity.name} object.`];
  for (const other of model.entities) {
    const refs = other.fields.filter((f) => f.reference === entity.name);
    if (!refs.length) continue;
    other.fields = other.fields.filter((f) => f.reference !== entity.name);
    notes.push(`Removed ${refs.map((f) => `${other.name}.${f.name}`).join(', ')}, which pointed at it.`);
  }
  return notes;
};

const renameField: Step = (model, sentence) => {
  const m = /^rename\s+(.+?)\s+(?:of|in|on)\s+(.+?)\s+to\s+(.+)$/i.exec(sentence) ?? /^rename\s+(.+?)\s+to\s+(.+)$/i.exec(sentence);
  if (!m) return null;
  const [from, scope, to] = m.length === 4 ? [m[1], m[2], m[3]] : [m[1], undefined, m[2]];
  const entities = scope ? [findEntity(model, scope)].filter((e): e is ModelEntity => Boolean(e)) : model.entities;
  const hits = entities.flatMap((e) => {
    const field = findField(e, from.replace(/^the\s+/i, ''));
    return field ? [{ entity: e, field }] : [];
  });
  if (hits.length !== 1) return null;
  const { entity, field } = hits[0];
  const name = toSnake(cleanPhrase(to).replace(/\s+fields?$/i, ''));
  if (!name || entity.fields.some((f) => f.name === name)) return null;
  if (entity.nameField === field.name) entity.nameField = name;
  const old = field.name;
  field.name = name;
  field.label = toLabel(name);
  return [`Renamed ${entity.name}.${old} to ${entity.name}.${name}.`];
};

const renameEntity: Step = (model, sentence) => {
  const m = /^rename\s+(.+?)\s+to\s+(.+)$/i.exec(sentence);
  const entity = m && findEntity(model, m[1]);
  if (!m || !entity) return null;
  const words = toSnake(cleanPhrase(m[2])).split('_');
  const name = [...words.slice(0, -1), singular(words.at(-1) ?? '')].join('_');
  if (!name || model.entities.some((e) => e.name === name)) return null;
  const old = entity.name;
  Object.assign(entity, { name, ...entityLabels(name), icon: entity.icon });
  for (const other of model.entities) {
    for (const f of other.fields) {
      if (f.reference !== old) continue;
      f.reference = name;
      // A link field named after its target ("account") follows the rename.
      if (f.name === old && !other.fields.some((g) => g.name === name)) {
        f.name = name;
        f.label = toLabel(name);
      }
    }
  }
  if (model.app.name === old) Object.assign(model.app, { name, label: entity.pluralLabel });
  return [`Renamed the ${old} object to ${name}.`];
};

const setFlag: Step = (model, sentence) => {
  const m = /^make\s+(.+?)\s+(?:of|in|on)\s+(.+?)\s+(required|optional|unique)$/i.exec(sentence);
  const entity = m && findEntity(model, m[2]);
  const field = m && entity && findField(entity, m[1].replace(/^the\s+/i, ''));
  if (!m || !entity || !field) return null;
  const flag = m[3].toLowerCase();
  if (flag === 'unique') field.unique = true;
  else field.required = flag === 'required';
  return [`Made ${entity.name}.${field.name} ${flag}.`];
};

/** Everything additive goes through the prompt reader, rewritten as a statement about records. */
const addThings: Step = (model, sentence) => {
  const text = rewriteAddition(sentence);
  const reading = understandPrompt(text);
  const notes: string[] = [];
  for (const incoming of reading.entities) {
    const existing = model.entities.find((e) => e.name === incoming.name);
    if (!existing) {
      model.entities.push(incoming);
      notes.push(`Added the ${incoming.name} object (${incoming.fields.map((f) => f.name).join(', ')}).`);
      continue;
    }
    for (const field of incoming.fields) {
      if (field.source !== 'prompt' && field.source !== 'relation') continue;
      if (existing.fields.some((f) => f.name === field.name)) continue;
      existing.fields.push(field);
      notes.push(`Added ${existing.name}.${field.name} (${field.type}${field.reference ? ` → ${field.reference}` : ''}).`);
    }
  }
  return notes.length ? notes : null;
};

const STEPS: Step[] = [removeField, removeEntity, renameField, renameEntity, setFlag, addThings];

function rewriteAddition(sentence: string): string {
  // "add a priority to visits with options low, normal, urgent": the options belong to the field.
  const toTarget = /^(?:add|include|put)\s+(.+?)\s+(?:to|on|in)\s+(.+?)(\s+(?:with\s+(?:the\s+)?(?:options?|values?|choices?)|(?:options?|values?|choices?)\s*:)\s+.+)?$/i.exec(sentence);
  if (toTarget) return `${cleanPhrase(toTarget[2])} have ${toTarget[1]}${toTarget[3] ?? ''}`;
  const give = /^give\s+(.+?)\s+(an?\s+.+)$/i.exec(sentence);
  if (give) return `${cleanPhrase(give[1])} have ${give[2]}`;
  const newObject = /^(?:add|create)\s+(?:an?\s+)?(?:new\s+)?(.+?)\s+(?:object|entity|record|table)s?(?:\s+with\s+(.+))?$/i.exec(sentence);
  if (newObject) return newObject[2] ? `${plural(cleanPhrase(newObject[1]))} have ${newObject[2]}` : `an app with ${plural(cleanPhrase(newObject[1]))}`;
  return sentence;
}

