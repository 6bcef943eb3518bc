'use client';
import { SeveritySchema } from '@/schemas';
import { FilterSelect } from '@/components/ui/filter-select';
import { ToggleButton } from '@/components/ui/toggle-button';
import type { PluginDto } from '@/lib/queries/plugins';

export interface IncidentFiltersProps {
  ranges: readonly { id: string; label: string; title: string }[];
  range: string;
  plugins: PluginDto[];
  plugin: string | null;
  severity: string | null;
  severityCounts: Record<string, number>;
  onRange: (id: string) => void;
  onPlugin: (id: string | null) => void;
  onSeverity: (s: string | null) => void;
}

/** The protocol's severities, worst first. */
const SEVERITIES = [...SeveritySchema.options].reverse();

/** Time range, plugin and severity; the status filter is the counts row. */
export function IncidentFilters({ ranges, range, plugins, plugin, severity, severityCounts, onRange, onPlugin, onSeverity }: IncidentFiltersProps) {
  return (
    <div className="flex flex-wrap items-end gap-4">
      <div role="group" aria-label="Time range" className="inline-flex rounded-md border border-border bg-surface p-0.5">
        {ranges.map((r) => (
          <ToggleButton key={r.id} title={r.title} aria-label={r.title} pressed={range === r.id} onClick={() => onRange(r.id)}>
            {r.label}
          </ToggleButton>
        ))}
      </div>
      <FilterSelect
        id="incident-plugin"
        label="Plugin"
        anyLabel="All plugins"
        className="w-52"
        options={plugins.map((p) => ({ value: p.id, label: p.name }))}
        value={plugin}
        onChange={onPlugin}
      />
      <FilterSelect
        id="incident-severity"
        label="Severity"
        anyLabel="Any severity"
        className="w-44"
        options={SEVERITIES.map((s) => ({ value: s, label: `${s} (${severityCounts[s] ?? 0})` }))}
        value={severity}
        onChange={onSeverity}
      />
    </div>
  );
}
