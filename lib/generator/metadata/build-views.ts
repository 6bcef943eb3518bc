/*
 * One view document per object: a grid list of its most telling columns, a two-column form
 * of every editable field, plus a kanban board when it has a stage/status and a calendar when
 * it has a date.
 */
import type { ModelEntity, ModelField } from '@/lib/generator/types';
import type { NamedView, ViewDef } from './spec-types';

const LIST_SKIP = new Set(['textarea', 'image', 'file', 'address', 'formula']);

export function buildViews(entity: ModelEntity): NamedView {
  const data = { provider: 'object' as const, object: entity.name };
  const columns = listColumns(entity);
  const dateField = entity.fields.find((f) => f.type === 'date' || f.type === 'datetime');
  const definition: ViewDef = {
    list: {
      name: 'all',
      label: `All ${entity.pluralLabel}`,
      type: 'grid',
      data,
      columns,
      sort: [{ field: dateField?.name ?? entity.nameField, order: dateField ? 'desc' : 'asc' }],
      searchableFields: entity.fields.filter((f) => f.type === 'text' || f.type === 'email').slice(0, 3).map((f) => f.name),
    },
    form: {
      type: 'simple',
      data,
      sections: [{ label: 'Details', columns: 2, fields: entity.fields.filter(isEditable).map((f) => f.name) }],
    },
  };
  const listViews: NonNullable<ViewDef['listViews']> = {};
  const stage = entity.fields.find((f) => f.type === 'select' && ['stage', 'status'].includes(f.name) && f.options?.length);
  if (stage) {
    const money = entity.fields.find((f) => f.type === 'currency');
    listViews.board = {
      name: 'board',
      label: `${entity.pluralLabel} by ${stage.label}`,
      type: 'kanban',
      data,
      columns,
      kanban: { groupByField: stage.name, ...(money ? { summarizeField: money.name } : {}), columns: columns.slice(0, 4) },
    };
  }
  if (dateField) {
    listViews.calendar = {
      name: 'calendar',
      label: `${entity.pluralLabel} calendar`,
      type: 'calendar',
      data,
      columns,
      calendar: { startDateField: dateField.name, titleField: entity.nameField },
    };
  }
  if (Object.keys(listViews).length) definition.listViews = listViews;
  return { name: `${entity.name}_views`, object: entity.name, definition };
}

function listColumns(entity: ModelEntity): string[] {
  const others = entity.fields.filter((f) => f.name !== entity.nameField && !LIST_SKIP.has(f.type));
  return [entity.nameField, ...others.slice(0, 5).map((f) => f.name)];
}

function isEditable(field: ModelField): boolean {
  return field.type !== 'autonumber' && field.type !== 'formula';
}
