/*
 * Consistency of an AppModel beyond its shape: machine names ObjectStack accepts, unique
 * names, references that point at existing objects, options on selects, a real name field.
 * Used on models that did not come from the built-in pipeline (language model, DSL, edits).
 */
import type { AppModel } from '@/lib/generator/types';

const SNAKE = /^[a-z][a-z0-9_]*$/;
const REFERENCE_TYPES = new Set(['lookup', 'master_detail']);

export interface ModelIssue {
  path: string;
  message: string;
  /** Errors make metadata the platform would reject; warnings make it weaker than it should be. */
  severity: 'error' | 'warning';
  /** The object (and field) the issue is about, so callers can tell if it was reported already. */
  entity: string;
  field?: string;
}

export function checkModel(model: AppModel): ModelIssue[] {
  const issues: ModelIssue[] = [];
  let subject: { entity: string; field?: string } = { entity: '' };
  const error = (path: string, message: string) => issues.push({ path, message, severity: 'error', ...subject });
  const names = new Set(model.entities.map((e) => e.name));
  const seen = new Set<string>();
  model.entities.forEach((entity, i) => {
    const at = `entities.${i}`;
    subject = { entity: entity.name };
    if (!SNAKE.test(entity.name)) error(`${at}.name`, `'${entity.name}' must be snake_case and start with a letter`);
    if (seen.has(entity.name)) error(`${at}.name`, `object '${entity.name}' is declared twice`);
    seen.add(entity.name);
    const fieldNames = new Set<string>();
    entity.fields.forEach((field, j) => {
      const fat = `${at}.fields.${j}`;
      subject = { entity: entity.name, field: field.name };
      if (!SNAKE.test(field.name)) error(`${fat}.name`, `'${field.name}' must be snake_case and start with a letter`);
      if (fieldNames.has(field.name)) error(`${fat}.name`, `${entity.name}.${field.name} is declared twice`);
      fieldNames.add(field.name);
      if (REFERENCE_TYPES.has(field.type)) {
        if (!field.reference) error(`${fat}.reference`, `${entity.name}.${field.name} is a ${field.type} without a target object`);
        else if (!names.has(field.reference)) error(`${fat}.reference`, `${entity.name}.${field.name} points at '${field.reference}', which is not an object of the app`);
      }
      if ((field.type === 'select' || field.type === 'multiselect') && !field.options?.length) {
        issues.push({ path: `${fat}.options`, message: `${entity.name}.${field.name} is a ${field.type} without options`, severity: 'warning', ...subject });
      }
      if (field.type === 'formula' && !field.expression) error(`${fat}.expression`, `${entity.name}.${field.name} is a formula without an expression`);
    });
    subject = { entity: entity.name };
    if (!fieldNames.has(entity.nameField)) error(`${at}.nameField`, `${entity.name} names '${entity.nameField}' as its name field, but has no such field`);
  });
  return issues;
}
