/*
 * A language model's answer (AppModelAnswerSchema) → a full AppModel: names normalised to
 * snake_case, labels and icons filled in, option lists turned into label/value pairs, a
 * display-name field guaranteed, relations read from reference fields.
 */
import type { AppModel, ModelEntity, ModelField } from '@/lib/generator/types';
import { toLabel, toOptionValue, toSnake } from '@/lib/generator/naming';
import type { AppModelAnswer } from './app-model-schema';
import { entityLabels, pickNameField, relationsFromFields } from './entity-defaults';

export function completeAnswer(answer: AppModelAnswer, prompt: string): AppModel {
  const warnings: string[] = (answer.notes ?? []).map((n) => `Assumed by the language model: ${n}`);
  const entities: ModelEntity[] = answer.entities.map((e) => {
    const name = toSnake(e.name);
    const fields: ModelField[] = e.fields.map((f) => {
      const field: ModelField = { name: toSnake(f.name), label: f.label || toLabel(toSnake(f.name)), type: f.type, required: f.required ?? false, source: 'prompt' };
      if (f.unique) field.unique = true;
      if (f.options?.length) field.options = f.options.map((label) => ({ label, value: toOptionValue(label) }));
      if (f.reference) field.reference = toSnake(f.reference);
      if (f.type === 'autonumber') field.autonumberFormat = `${name.slice(0, 3).toUpperCase()}-{0000}`;
      return field;
    });
    let nameField = e.nameField ? toSnake(e.nameField) : pickNameField({ fields });
    if (!nameField || !fields.some((f) => f.name === nameField)) {
      nameField = 'name';
      fields.unshift({ name: 'name', label: 'Name', type: 'text', required: true, source: 'name-field' });
      warnings.push(`Gave ${name} a 'name' field to show as its record name.`);
    }
    const defaults = entityLabels(name);
    return {
      name,
      label: e.label || defaults.label,
      pluralLabel: e.pluralLabel || defaults.pluralLabel,
      icon: e.icon || defaults.icon,
      nameField,
      fields,
      source: 'prompt',
    };
  });
  return {
    prompt,
    app: { name: toSnake(answer.app.label) || 'generated_app', label: answer.app.label, description: answer.app.description ?? prompt.trim().slice(0, 280) },
    entities,
    relations: relationsFromFields(entities),
    // A language model's reading can't be measured against the prompt the way the built-in one
    // is; this starting point is lowered by every validation problem found afterwards.
    confidence: 75,
    warnings,
    suggestions: [],
  };
}
