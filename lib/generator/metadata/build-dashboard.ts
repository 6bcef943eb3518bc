/*
 * Datasets and the overview dashboard. Widgets bind a dataset and pick its measures and
 * dimensions by name (ADR-0021), so each object gets a dataset with a record count, a sum per
 * currency field and a dimension per stage/status/priority-like select.
 */
import type { AppModel, ModelEntity, ModelField } from '@/lib/generator/types';
import type { DashboardDef, DatasetDef } from './spec-types';

type Widget = DashboardDef['widgets'][number];

// The measure names widgets pick from their dataset.
const RECORD_COUNT = 'record_count';
const totalOf = (field: ModelField) => `total_${field.name}`;

const GROUPING_FIELDS = ['stage', 'status', 'priority', 'severity', 'type', 'category', 'urgency'];

export function buildDataset(entity: ModelEntity): DatasetDef {
  const groupings = entity.fields.filter((f) => f.type === 'select' && f.options?.length);
  const money = entity.fields.filter((f) => f.type === 'currency');
  return {
    name: datasetName(entity),
    label: entity.pluralLabel,
    object: entity.name,
    dimensions: groupings.map((f) => ({ name: f.name, label: f.label, field: f.name, type: 'string' as const })),
    measures: [
      { name: RECORD_COUNT, label: `Number of ${entity.pluralLabel}`, aggregate: 'count' as const },
      ...money.map((f) => ({ name: totalOf(f), label: `Total ${f.label}`, aggregate: 'sum' as const, field: f.name, currency: 'USD' })),
    ],
  };
}

export function buildDashboard(model: AppModel): DashboardDef {
  const metrics: Widget[] = [];
  const charts: Widget[] = [];
  for (const entity of model.entities) {
    const dataset = datasetName(entity);
    metrics.push({ id: `${entity.name}_count`, title: entity.pluralLabel, type: 'metric', dataset, values: [RECORD_COUNT] });
    for (const f of entity.fields.filter((x) => x.type === 'currency').slice(0, 1)) {
      metrics.push({ id: `${entity.name}_${f.name}_total`, title: `Total ${f.label}`, type: 'metric', dataset, values: [totalOf(f)] });
    }
    const grouping = GROUPING_FIELDS.map((g) => entity.fields.find((f) => f.name === g && f.type === 'select' && f.options?.length)).find(Boolean);
    if (grouping) {
      charts.push({
        id: `${entity.name}_by_${grouping.name}`,
        title: `${entity.pluralLabel} by ${grouping.label}`,
        type: grouping.name === 'stage' ? 'funnel' : 'bar',
        dataset,
        dimensions: [grouping.name],
        values: [RECORD_COUNT],
      });
    }
  }
  const widgets = [
    ...metrics.map((w, i) => ({ ...w, layout: { x: (i % 4) * 3, y: Math.floor(i / 4) * 2, w: 3, h: 2 } })),
    ...charts.map((w, i) => ({ ...w, layout: { x: (i % 2) * 6, y: Math.ceil(metrics.length / 4) * 2 + Math.floor(i / 2) * 4, w: 6, h: 4 } })),
  ];
  return {
    name: `${model.app.name}_overview`,
    label: `${model.app.label} Overview`,
    description: 'Counts, totals and breakdowns of the generated records.',
    columns: 12,
    widgets,
  };
}

export function datasetName(entity: ModelEntity): string {
  return `${entity.name}_summary`;
}
