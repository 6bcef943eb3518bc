/*
 * What an entity gets when only its name is known (language model answers, DSL, refine
 * edits): labels, an icon from the vocabulary, relations read back from reference fields.
 * Mirrors what the built-in pipeline does, so every source yields the same kind of model.
 */
import type { ModelEntity, ModelRelation } from '@/lib/generator/types';
import { toLabel } from '@/lib/generator/naming';
import { plural } from '@/lib/generator/understand/lemma';
import { lookupEntity } from '@/lib/generator/understand/vocabulary/entities';

export function entityLabels(name: string): { label: string; pluralLabel: string; icon: string } {
  const head = name.split('_').pop()!;
  const pluralName = name.slice(0, name.length - head.length) + plural(head);
  return { label: toLabel(name), pluralLabel: toLabel(pluralName), icon: lookupEntity(name)?.icon ?? 'database' };
}

const NAME_CANDIDATES = ['name', 'title', 'subject', 'full_name'];

/** The display-name field: a conventional name first, then the first text field. */
export function pickNameField(entity: Pick<ModelEntity, 'fields'>): string | undefined {
  const text = entity.fields.filter((f) => f.type === 'text');
  return (
    text.find((f) => NAME_CANDIDATES.includes(f.name))?.name ??
    entity.fields.find((f) => f.type === 'autonumber' || f.type === 'formula')?.name ??
    text[0]?.name
  );
}

/** Relations are implied by reference fields; this keeps model.relations in step with them. */
export function relationsFromFields(entities: ModelEntity[], previous: ModelRelation[] = []): ModelRelation[] {
  const relations: ModelRelation[] = [];
  for (const entity of entities) {
    for (const field of entity.fields) {
      if (!field.reference || !['lookup', 'master_detail', 'user'].includes(field.type)) continue;
      const kind = field.type as ModelRelation['kind'];
      const old = previous.find((r) => r.from === entity.name && r.field === field.name);
      relations.push({ from: entity.name, field: field.name, to: field.reference, kind, phrase: old?.phrase ?? field.phrase ?? `${entity.name}.${field.name}` });
    }
  }
  return relations;
}
