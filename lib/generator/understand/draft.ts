/*
 * The mutable working state of one understanding run: entities in declaration order, their
 * fields, relations, and the notes that become warnings and suggestions.
 */
import type { ModelField, ModelRelation, RelationKind } from '@/lib/generator/types';
import { toLabel } from '@/lib/generator/naming';
import type { Phrase } from './phrases';

export interface DraftEntity {
  name: string;
  source: 'prompt' | 'default';
  fields: ModelField[];
  /** The words of the prompt that named it. */
  phrase?: string;
}

export class Draft {
  readonly entities = new Map<string, DraftEntity>();
  readonly relations: ModelRelation[] = [];
  readonly warnings: string[] = [];
  readonly suggestions: string[] = [];
  /** Content words the pipeline put to use; drives the confidence score. */
  readonly used = new Set<string>();
  focus: string | undefined;
  /** Options stated before their field was named, by field name. */
  readonly pendingOptions = new Map<string, Phrase>();
  /** Nouns written as owners ("a member's loans"): singular, lowercase. */
  readonly possessors = new Set<string>();
  /** Records named through an owner: [record, owner, the words]. */
  readonly owned: Array<[string, string, string]> = [];

  declare(name: string, source: 'prompt' | 'default' = 'prompt', phrase?: string): string {
    if (!this.entities.has(name)) this.entities.set(name, { name, source, fields: [], ...(phrase ? { phrase } : {}) });
    return name;
  }

  get names(): string[] {
    return [...this.entities.keys()];
  }

  /** Adds a field unless one of that name exists; a repeat only upgrades `required`. */
  addField(entity: string, field: ModelField): void {
    const target = this.entities.get(entity);
    if (!target || !field.name) return;
    const existing = target.fields.find((f) => f.name === field.name);
    if (existing) {
      existing.required ||= field.required;
      return;
    }
    target.fields.push({ ...field });
  }

  /** A reference field on `from` pointing at `to`, recorded as a relation too. */
  addReference(from: string, to: string, kind: RelationKind, phrase: string, opts: { field?: string; required?: boolean } = {}): void {
    if (from === to && !opts.field) return;
    const fieldName = opts.field ?? to;
    const entity = this.entities.get(from);
    if (!entity) return;
    const existing = entity.fields.find((f) => f.name === fieldName);
    if (existing && ['lookup', 'master_detail', 'user'].includes(existing.type)) return;
    if (existing) entity.fields.splice(entity.fields.indexOf(existing), 1);
    const reference = kind === 'user' ? 'sys_user' : to;
    entity.fields.push({
      name: fieldName,
      label: toLabel(fieldName),
      type: kind,
      reference,
      required: Boolean(opts.required) || kind === 'master_detail',
      source: 'relation',
      phrase,
    });
    this.relations.push({ from, field: fieldName, to: reference, kind, phrase });
  }

  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  suggest(message: string): void {
    if (!this.suggestions.includes(message)) this.suggestions.push(message);
  }
}
