/*
 * Checks that sample records satisfy their object: required fields present, values of the
 * field's type, select values among the options, references naming an existing record.
 * The spec's SeedSchema only checks the seed's envelope, not the records against the object.
 */
import type { ObjectDef, SeedDef } from './spec-types';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/;
const EMAIL_RE = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/;

export function checkRecords(objects: ObjectDef[], seeds: SeedDef[]): string[] {
  const errors: string[] = [];
  const byName = new Map(objects.map((o) => [o.name, o]));
  const keysOf = (object: string) => {
    const seed = seeds.find((s) => s.object === object);
    return new Set((seed?.records ?? []).map((r) => String(r[seed?.externalId ?? 'name'])));
  };
  for (const seed of seeds) {
    const object = byName.get(seed.object);
    if (!object) {
      errors.push(`${seed.object}: no such object`);
      continue;
    }
    seed.records.forEach((record, i) => {
      for (const [name, field] of Object.entries(object.fields)) {
        const value = record[name];
        const at = `${seed.object}[${i}].${name}`;
        const automatic = ['autonumber', 'formula', 'user', 'image', 'file'].includes(field.type);
        if (value === undefined) {
          if (field.required && !automatic) errors.push(`${at}: required but missing`);
          continue;
        }
        const problem = typeProblem(field.type, value, field.options?.map((o) => o.value));
        if (problem) errors.push(`${at}: ${problem}`);
        if ((field.type === 'lookup' || field.type === 'master_detail') && field.reference && !keysOf(field.reference).has(String(value))) {
          errors.push(`${at}: no ${field.reference} record '${String(value)}'`);
        }
      }
      for (const name of Object.keys(record)) if (!(name in object.fields)) errors.push(`${seed.object}[${i}].${name}: not a field`);
    });
  }
  return errors;
}

function typeProblem(type: string, value: unknown, options: string[] | undefined): string | null {
  switch (type) {
    case 'number': case 'currency': case 'percent': case 'rating':
      return typeof value === 'number' ? null : 'expected a number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'expected a boolean';
    case 'date':
      return typeof value === 'string' && DATE_RE.test(value) ? null : 'expected YYYY-MM-DD';
    case 'datetime':
      return typeof value === 'string' && DATETIME_RE.test(value) ? null : 'expected an ISO date-time';
    case 'email':
      return typeof value === 'string' && EMAIL_RE.test(value) ? null : 'expected an email address';
    case 'url':
      return typeof value === 'string' && /^https?:\/\//.test(value) ? null : 'expected a URL';
    case 'select':
      return options?.includes(String(value)) ? null : `'${String(value)}' is not an option`;
    case 'address':
      return typeof value === 'object' && value !== null ? null : 'expected an address object';
    case 'tags': case 'multiselect':
      return Array.isArray(value) ? null : 'expected a list';
    default:
      return typeof value === 'string' ? null : 'expected text';
  }
}
