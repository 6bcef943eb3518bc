/*
 * Fills what the prompt left out, saying so each time: starter records for a recognised app
 * kind, default fields for records named without any, the usual links of that app kind, and a
 * display-name field per record.
 */
import type { ModelField } from '@/lib/generator/types';
import { toLabel } from '@/lib/generator/naming';
import type { Draft } from './draft';
import type { Phrase } from './phrases';
import { inferField } from './infer-field';
import { lookupEntity } from './vocabulary/entities';
import type { DomainEntry } from './vocabulary/domains';

export function addDomainStarterSet(domain: DomainEntry | undefined, draft: Draft): void {
  if (!domain || draft.entities.size > 0) return;
  for (const name of domain.entities) draft.declare(name, 'default');
  draft.warn(`The prompt names no records: built the usual ${domain.label} records (${domain.entities.join(', ')}).`);
  draft.suggest(`Name the records you need, e.g. "a ${domain.label} with ${domain.entities.slice(0, 2).map((e) => e.replace(/_/g, ' ') + 's').join(' and ')}".`);
}

export function addDefaultFields(draft: Draft): void {
  for (const entity of draft.entities.values()) {
    const own = entity.fields.filter((f) => f.source === 'prompt');
    if (own.length > 0) continue;
    const entry = lookupEntity(entity.name);
    const phrases = entry ? entry.defaults : ['description'];
    for (const text of phrases) {
      const words = text.split(' ');
      const phrase: Phrase = { words, head: words.at(-1)!, plural: false, required: false, optional: false, unique: false, yesNo: false, raw: text };
      draft.addField(entity.name, { ...inferField(phrase, entity.name).field, source: 'default' });
    }
    const titleName = entry && typeof entry.title === 'string' ? (entry.title === 'full_name' ? 'name' : entry.title) : null;
    const listed = [titleName, ...phrases].filter(Boolean).join(', ');
    if (entity.source === 'prompt') {
      draft.warn(
        entry
          ? `No fields given for '${entity.name}': used the defaults ${listed}.`
          : `No fields given for '${entity.name}', and it isn't a record I know: gave it a name and a description.`,
      );
      draft.suggest(`List the fields of ${entity.name.replace(/_/g, ' ')}, e.g. "${entity.name.replace(/_/g, ' ')}s have a ..., a ... and a ...".`);
    }
  }
}

/** The usual links of the app kind between records the prompt named but did not connect. */
export function addDomainRelations(domain: DomainEntry | undefined, draft: Draft): void {
  if (!domain) return;
  for (const [child, parent] of domain.relations) {
    const childEntity = draft.entities.get(child);
    if (!childEntity || !draft.entities.has(parent)) continue;
    if (childEntity.fields.some((f) => f.reference === parent)) continue;
    if (draft.entities.get(parent)!.fields.some((f) => f.reference === child)) continue;
    draft.addReference(child, parent, 'lookup', `${domain.label} default`);
    if (draft.entities.get(child)!.source === 'prompt') {
      draft.warn(`Linked ${child} to ${parent} (usual in a ${domain.label}); the prompt didn't say how they relate.`);
    }
  }
}

const NAME_CANDIDATES = ['name', 'title', 'subject', 'full_name'];

/** Picks or adds the field used as each record's display name, and puts it first. */
export function ensureNameFields(draft: Draft): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const entity of draft.entities.values()) {
    const entry = lookupEntity(entity.name);
    const preferred = entry && typeof entry.title === 'string' ? entry.title : 'name';
    const existing =
      entity.fields.find((f) => f.name === preferred && f.type === 'text') ??
      entity.fields.find((f) => NAME_CANDIDATES.includes(f.name) && f.type === 'text') ??
      entity.fields.find((f) => f.type === 'autonumber') ??
      entity.fields.find((f) => f.type === 'text' && /(^|_)name$/.test(f.name) && f.name !== 'last_name' && f.name !== 'first_name');
    let nameField: ModelField;
    if (existing) {
      nameField = existing;
    } else if (entity.fields.some((f) => f.name === 'first_name') && entity.fields.some((f) => f.name === 'last_name')) {
      nameField = {
        name: 'full_name', label: 'Full Name', type: 'formula', required: false, source: 'name-field',
        expression: "record.first_name + ' ' + record.last_name",
      };
    } else if (entry && typeof entry.title === 'object') {
      const name = `${entity.name}_number`;
      nameField = {
        name, label: toLabel(name), type: 'autonumber', required: false, source: 'name-field',
        autonumberFormat: `${entry.title.autonumber}-{0000}`,
      };
    } else {
      const name = preferred === 'full_name' ? 'name' : preferred;
      nameField = { name, label: toLabel(name), type: 'text', required: true, source: 'name-field' };
    }
    if (nameField.type === 'text') nameField.required = true;
    entity.fields = [nameField, ...entity.fields.filter((f) => f !== nameField && f.name !== nameField.name)];
    chosen.set(entity.name, nameField.name);
  }
  return chosen;
}
