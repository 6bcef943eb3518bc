// The generated dashboard as it would look: metric cards and per-stage/status breakdowns,
// computed from the sample records (computeWidgets), laid out on the dashboard's grid.
import type { DashboardDef, MetadataBundle } from '@/lib/generator/metadata/spec-types';
import { computeWidgets, type ValueFormat, type WidgetValue } from '@/lib/generator/preview/compute-widgets';
import { formatAmount } from '@/lib/generator/preview/format-cell';

export interface DashboardPreviewProps {
  dashboard: DashboardDef;
  bundle: Pick<MetadataBundle, 'datasets' | 'records' | 'objects'>;
}

export function DashboardPreview({ dashboard, bundle }: DashboardPreviewProps) {
  const values = computeWidgets(dashboard, bundle);
  // The dashboard's 12-column layout assumes a full page; in the narrower preview, metrics
  // flow as small cards and breakdowns as wider ones, in the dashboard's order.
  const metrics = values.filter((v) => v.kind !== 'breakdown');
  const charts = values.filter((v) => v.kind === 'breakdown');
  return (
    <div className="space-y-3">
      <div>
        <h3 className="text-base font-semibold">{dashboard.label}</h3>
        {dashboard.description && <p className="text-xs text-muted">{dashboard.description}</p>}
      </div>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(10rem,1fr))] gap-3">
        {metrics.map((v) => (
          <WidgetCard key={v.id} value={v} />
        ))}
      </div>
      {charts.length > 0 && (
        <div className="grid grid-cols-[repeat(auto-fill,minmax(18rem,1fr))] gap-3">
          {charts.map((v) => (
            <WidgetCard key={v.id} value={v} />
          ))}
        </div>
      )}
    </div>
  );
}

function WidgetCard({ value }: { value: WidgetValue }) {
  return (
    <section aria-label={value.title} className="min-w-0 rounded-md border border-border bg-surface p-3">
      <h4 className="truncate text-xs font-medium text-muted" title={value.title}>
        {value.title}
        {value.kind === 'breakdown' && value.chart !== 'bar' && <span className="ml-1.5 font-normal">({value.chart})</span>}
      </h4>
      {value.kind === 'metric' && <p className="mt-1 break-words text-xl font-semibold tabular-nums">{formatAmount(value.value, value.format)}</p>}
      {value.kind === 'breakdown' && <Bars rows={value.rows} format={value.format} />}
      {value.kind === 'unsupported' && <p className="mt-1 text-xs text-warning">{value.reason}</p>}
    </section>
  );
}

function Bars({ rows, format }: { rows: { label: string; value: number }[]; format: ValueFormat }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <ul className="mt-2 space-y-1">
      {rows.map((r) => (
        <li key={r.label} className="grid grid-cols-[minmax(5rem,9rem)_1fr_auto] items-center gap-2 text-xs">
          <span className="truncate">{r.label}</span>
          <span className="h-2.5 rounded-sm bg-surface-2">
            <span className="block h-full rounded-sm bg-accent" style={{ width: `${(r.value / max) * 100}%` }} />
          </span>
          <span className="text-right tabular-nums text-muted">{formatAmount(r.value, format)}</span>
        </li>
      ))}
    </ul>
  );
}
