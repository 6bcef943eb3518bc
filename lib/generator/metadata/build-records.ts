/*
 * Sample records, three per object, as seed documents. Values follow each field's type and
 * options; references name the target record by its external id (its display field unless
 * that is computed), which is how the seed loader resolves them. Deterministic: values come from the record index, never from a clock.
 */
import type { AppModel, ModelEntity, ModelField } from '@/lib/generator/types';
import type { SeedDef } from './spec-types';

const RECORDS_PER_OBJECT = 3;
const PEOPLE = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson', 'Linus Torvalds'];
const COMPANIES = ['Acme Corp', 'Globex Ltd', 'Initech', 'Umbrella Co', 'Stark Industries'];
const PERSON_ENTITIES = new Set([
  'contact', 'customer', 'client', 'employee', 'candidate', 'applicant', 'member', 'student', 'teacher', 'patient',
  'driver', 'guest', 'attendee', 'tenant', 'agent', 'trainer', 'volunteer', 'donor', 'owner', 'speaker', 'lead',
  'person', 'user', 'author', 'doctor', 'instructor',
]);
const COMPANY_ENTITIES = new Set(['account', 'company', 'organization', 'supplier', 'vendor', 'client']);

export function buildRecords(model: AppModel): SeedDef[] {
  const nameValues = new Map<string, string[]>();
  for (const entity of model.entities) {
    nameValues.set(entity.name, Array.from({ length: RECORDS_PER_OBJECT }, (_, i) => displayValue(entity, i)));
  }
  // A computed display name ("first + last") is not stored: references then name the record by its external id.
  for (const entity of model.entities) {
    const external = entity.fields.find((f) => f.name === externalIdField(entity));
    if (!external || external.name === entity.nameField) continue;
    nameValues.set(entity.name, Array.from({ length: RECORDS_PER_OBJECT }, (_, i) => String(sampleValue(entity, external, i, nameValues))));
  }
  return model.entities.map((entity) => ({
    object: entity.name,
    externalId: externalIdField(entity),
    mode: 'upsert',
    records: Array.from({ length: RECORDS_PER_OBJECT }, (_, i) => {
      const record: Record<string, unknown> = {};
      for (const field of entity.fields) {
        const value = sampleValue(entity, field, i, nameValues);
        if (value !== undefined) record[field.name] = value;
      }
      return record;
    }),
  }));
}

/** The field seeds match on: the display field unless it is computed. */
export function externalIdField(entity: ModelEntity): string {
  const name = entity.fields.find((f) => f.name === entity.nameField);
  if (name && name.type !== 'formula') return name.name;
  return entity.fields.find((f) => f.type === 'email' || f.type === 'text')?.name ?? entity.nameField;
}

function displayValue(entity: ModelEntity, i: number): string {
  const field = entity.fields.find((f) => f.name === entity.nameField)!;
  if (field.type === 'autonumber') return formatAutonumber(field.autonumberFormat ?? 'N-{0000}', i + 1);
  if (field.type === 'formula') return PEOPLE[i % PEOPLE.length];
  if (PERSON_ENTITIES.has(entity.name)) return PEOPLE[i % PEOPLE.length];
  if (COMPANY_ENTITIES.has(entity.name)) return COMPANIES[i % COMPANIES.length];
  return `${entity.label} ${i + 1}`;
}

function formatAutonumber(format: string, n: number): string {
  return format.replace(/\{(0+)\}/, (_, zeros: string) => String(n).padStart(zeros.length, '0'));
}

function sampleValue(entity: ModelEntity, field: ModelField, i: number, names: Map<string, string[]>): unknown {
  if (field.name === entity.nameField) return field.type === 'formula' ? undefined : names.get(entity.name)![i];
  const person = PEOPLE[i % PEOPLE.length];
  const slug = person.toLowerCase().replace(/[^a-z]+/g, '.');
  switch (field.type) {
    case 'text':
      if (field.name === 'first_name') return person.split(' ')[0];
      if (field.name === 'last_name') return person.split(' ')[1];
      if (field.name === 'company') return COMPANIES[i % COMPANIES.length];
      return `${field.label} ${i + 1}`;
    case 'textarea':
      return `${field.label} for ${entity.label.toLowerCase()} ${i + 1}.`;
    case 'email':
      return `${slug}@example.com`;
    case 'phone':
      return `+1 555 010${i}`;
    case 'url':
      return `https://example.com/${entity.name}/${i + 1}`;
    case 'number':
      return (i + 1) * 10;
    case 'currency':
      return (i + 1) * 1250;
    case 'percent':
      return [25, 50, 75][i % 3];
    case 'rating':
      return 3 + (i % 3);
    case 'date':
      return `2025-0${(i % 9) + 1}-15`;
    case 'datetime':
      return `2025-0${(i % 9) + 1}-15T09:30:00Z`;
    case 'time':
      return `${String(9 + i).padStart(2, '0')}:00`;
    case 'boolean':
      return i % 2 === 0;
    case 'select':
      return field.options?.length ? field.options[i % field.options.length].value : undefined;
    case 'multiselect':
    case 'tags':
      return field.options?.length ? [field.options[i % field.options.length].value] : [`tag_${i + 1}`];
    case 'lookup':
    case 'master_detail': {
      const targets = field.reference ? names.get(field.reference) : undefined;
      return targets ? targets[i % targets.length] : undefined;
    }
    case 'address':
      return { street: `${i + 1} Main Street`, city: 'Springfield', postalCode: `1000${i}`, country: 'US' };
    default:
      // user (needs real user ids), image, file, autonumber and formula are left to the platform.
      return undefined;
  }
}
