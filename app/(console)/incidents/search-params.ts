// The Incidents list view lives in the URL (range, plugin, status, severity), parsed the same
// way by the server page (to prefetch) and the client (to render), so every view is linkable.
import { z } from 'zod';
import { PluginIdSchema, SeveritySchema } from '@/schemas';
import { IncidentStatusSchema } from '@/schemas/incidents-api';
import { readParam, type RawParams } from '../read-param';

export const INCIDENT_RANGES = [
  { id: '24h', label: '24h', title: 'Last 24 hours' },
  { id: '7d', label: '7d', title: 'Last 7 days' },
  { id: '30d', label: '30d', title: 'Last 30 days' },
] as const;
export type IncidentRange = (typeof INCIDENT_RANGES)[number]['id'];
export const DEFAULT_INCIDENT_RANGE: IncidentRange = '7d';

export interface IncidentsView {
  range: IncidentRange;
  plugin: string | null;
  status: z.infer<typeof IncidentStatusSchema> | null;
  severity: z.infer<typeof SeveritySchema> | null;
}

const ranges = z.enum(INCIDENT_RANGES.map((r) => r.id) as [IncidentRange, ...IncidentRange[]]);

export function parseIncidentsParams(raw: RawParams): IncidentsView {
  const pick = <T,>(schema: z.ZodType<T>, key: string): T | null => {
    const r = schema.safeParse(readParam(raw, key));
    return r.success ? r.data : null;
  };
  return {
    range: pick(ranges, 'range') ?? DEFAULT_INCIDENT_RANGE,
    plugin: pick(PluginIdSchema, 'plugin'),
    status: pick(IncidentStatusSchema, 'status'),
    severity: pick(SeveritySchema, 'severity'),
  };
}

/** The API filters of a view. */
export function incidentFilters(v: IncidentsView) {
  return { from: `now-${v.range}`, to: 'now', plugin: v.plugin ?? undefined, status: v.status ?? undefined, severity: v.severity ?? undefined };
}

export function incidentsHref(v: IncidentsView): string {
  const p = new URLSearchParams();
  if (v.range !== DEFAULT_INCIDENT_RANGE) p.set('range', v.range);
  if (v.plugin) p.set('plugin', v.plugin);
  if (v.status) p.set('status', v.status);
  if (v.severity) p.set('severity', v.severity);
  const s = p.toString();
  return s ? `/incidents?${s}` : '/incidents';
}
