'use client';
import { Select } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { cn } from '@/components/ui/cn';
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

const SEVERITIES = ['critical', 'high', 'medium', 'low'];

/** Time range, plugin and severity; the status filter is the counts row. */
export function IncidentFilters({ ranges, range, plugins, plugin, severity, severityCounts, onRange, onPlugin, onSeverity }: IncidentFiltersProps) {
  return (
    <div className="flex flex-wrap items-end gap-4">
      <div role="group" aria-label="Time range" className="inline-flex rounded-md border border-border bg-surface p-0.5">
        {ranges.map((r) => (
          <button
            key={r.id}
            type="button"
            title={r.title}
            aria-label={r.title}
            aria-pressed={range === r.id}
            onClick={() => onRange(r.id)}
            className={cn('h-8 rounded px-3 text-sm font-medium transition-colors', range === r.id ? 'bg-accent text-accent-fg' : 'text-muted hover:bg-surface-2 hover:text-fg')}
          >
            {r.label}
          </button>
        ))}
      </div>
      <div className="space-y-1">
        <Label htmlFor="incident-plugin">Plugin</Label>
        <Select id="incident-plugin" className="w-52" value={plugin ?? ''} onChange={(e) => onPlugin(e.target.value || null)}>
          <option value="">All plugins</option>
          {plugins.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="incident-severity">Severity</Label>
        <Select id="incident-severity" className="w-44" value={severity ?? ''} onChange={(e) => onSeverity(e.target.value || null)}>
          <option value="">Any severity</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {s} ({severityCounts[s] ?? 0})
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}
