/*
 * AppModel entity → ObjectStack object: fields keyed by snake_case name, each with its spec
 * type and only the properties that type uses.
 */
import type { ModelEntity, ModelField } from '@/lib/generator/types';
import type { FieldDef, ObjectDef } from './spec-types';

export function buildObject(entity: ModelEntity): ObjectDef {
  const fields: Record<string, FieldDef> = {};
  for (const field of entity.fields) fields[field.name] = buildField(field, field.name === entity.nameField);
  const stage = entity.fields.find((f) => f.type === 'select' && (f.name === 'stage' || f.name === 'status'));
  return {
    name: entity.name,
    label: entity.label,
    pluralLabel: entity.pluralLabel,
    icon: entity.icon,
    nameField: entity.nameField,
    highlightFields: entity.fields.filter((f) => f.type !== 'textarea').slice(0, 4).map((f) => f.name),
    ...(stage ? { stageField: stage.name } : {}),
    fields,
  };
}

function buildField(field: ModelField, isName: boolean): FieldDef {
  const def: FieldDef = { label: field.label, type: field.type };
  if (field.required) def.required = true;
  if (field.unique) def.unique = true;
  if (isName && field.type === 'text') def.searchable = true;
  if (field.options?.length) def.options = field.options.map((o) => ({ label: o.label, value: o.value }));
  if (field.defaultValue !== undefined) def.defaultValue = field.defaultValue;
  if (field.reference) def.reference = field.reference;
  if (field.type === 'master_detail') def.deleteBehavior = 'cascade';
  if (field.type === 'currency') def.currencyConfig = { precision: 2, currencyMode: 'fixed', defaultCurrency: 'USD' };
  if (field.type === 'percent') Object.assign(def, { min: 0, max: 100 });
  if (field.type === 'rating') def.max = 5;
  if (field.type === 'autonumber') {
    def.autonumberFormat = field.autonumberFormat;
    def.readonly = true;
  }
  if (field.type === 'formula') {
    def.expression = field.expression;
    def.returnType = 'text';
    def.readonly = true;
  }
  return def;
}
