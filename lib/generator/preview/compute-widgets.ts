/*
 * The values a generated dashboard would show, computed from the sample records: each widget
 * binds a dataset and names its measures (count, sum, ...) and dimensions (ADR-0021), so a
 * metric is one aggregate and a chart is the aggregate per dimension value (every option of a
 * select, in order, so a funnel shows empty stages too).
 */
import type { DashboardDef, DatasetDef, MetadataBundle } from '@/lib/generator/metadata/spec-types';

export type ValueFormat = 'count' | 'number' | 'currency';

export type WidgetValue =
  | { kind: 'metric'; id: string; title: string; chart: string; value: number; format: ValueFormat; currency?: string }
  | { kind: 'breakdown'; id: string; title: string; chart: string; rows: { label: string; value: number }[]; format: ValueFormat; currency?: string }
  | { kind: 'unsupported'; id: string; title: string; chart: string; reason: string };

type Widget = DashboardDef['widgets'][number];
type Measure = NonNullable<DatasetDef['measures']>[number];
type RecordRow = Record<string, unknown>;

export function computeWidgets(dashboard: DashboardDef, bundle: Pick<MetadataBundle, 'datasets' | 'records' | 'objects'>): WidgetValue[] {
  return (dashboard.widgets ?? []).map((widget) => computeWidget(widget, bundle));
}

function computeWidget(widget: Widget, bundle: Pick<MetadataBundle, 'datasets' | 'records' | 'objects'>): WidgetValue {
  const w = widget as Widget & { id: string; title?: string; type?: string; dataset?: string; values?: string[]; dimensions?: string[] };
  const head = { id: w.id, title: w.title ?? w.id, chart: w.type ?? 'metric' };
  const dataset = bundle.datasets.find((d) => d.name === w.dataset);
  if (!dataset) return { ...head, kind: 'unsupported', reason: `No dataset '${w.dataset ?? ''}' in the result` };
  const measure = (dataset.measures ?? []).find((m) => m.name === w.values?.[0]);
  if (!measure) return { ...head, kind: 'unsupported', reason: `No measure '${w.values?.[0] ?? ''}' in dataset ${dataset.name}` };
  const records = (bundle.records.find((s) => s.object === dataset.object)?.records ?? []) as RecordRow[];
  const format: ValueFormat = measure.aggregate === 'count' ? 'count' : (measure as { currency?: string }).currency ? 'currency' : 'number';
  const currency = (measure as { currency?: string }).currency;
  const dimensionName = w.dimensions?.[0];
  if (!dimensionName) return { ...head, kind: 'metric', value: aggregate(measure, records), format, ...(currency ? { currency } : {}) };
  const dimension = (dataset.dimensions ?? []).find((d) => d.name === dimensionName);
  if (!dimension) return { ...head, kind: 'unsupported', reason: `No dimension '${dimensionName}' in dataset ${dataset.name}` };
  const field = (dimension as { field?: string }).field ?? dimension.name;
  const object = bundle.objects.find((o) => o.name === dataset.object);
  const options = ((object?.fields?.[field] as { options?: { label: string; value: string }[] } | undefined)?.options ?? []).slice();
  for (const r of records) {
    const v = String(r[field] ?? '');
    if (v && !options.some((o) => o.value === v)) options.push({ label: v, value: v });
  }
  const rows = options.map((o) => ({ label: o.label, value: aggregate(measure, records.filter((r) => String(r[field] ?? '') === o.value)) }));
  return { ...head, kind: 'breakdown', rows, format, ...(currency ? { currency } : {}) };
}

function aggregate(measure: Measure, records: RecordRow[]): number {
  if (measure.aggregate === 'count') return records.length;
  const field = (measure as { field?: string }).field;
  const values = records.map((r) => (field ? r[field] : undefined)).filter((v): v is number => typeof v === 'number');
  switch (measure.aggregate) {
    case 'sum':
      return values.reduce((a, b) => a + b, 0);
    case 'avg':
      return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
    case 'min':
      return values.length ? Math.min(...values) : 0;
    case 'max':
      return values.length ? Math.max(...values) : 0;
    default:
      return values.length;
  }
}
