// The Incidents list view lives in the URL (range, plugin, status, severity), parsed the same
// way by the server page (to prefetch) and the client (to render), so every view is linkable.
import { createLoader, createSerializer, parseAsStringLiteral, type LoaderInput } from 'nuqs/server';
import type { z } from 'zod';
import { PluginIdSchema, SeveritySchema } from '@/schemas';
import { IncidentStatusSchema } from '@/schemas/incidents-api';
import { zodParam } from '../url-state';

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

const incidentsParams = {
  range: parseAsStringLiteral(INCIDENT_RANGES.map((r) => r.id)).withDefault(DEFAULT_INCIDENT_RANGE),
  plugin: zodParam(PluginIdSchema),
  status: zodParam(IncidentStatusSchema),
  severity: zodParam(SeveritySchema),
};

export const parseIncidentsParams: (raw: LoaderInput) => IncidentsView = createLoader(incidentsParams);
const serializeIncidents = createSerializer(incidentsParams);

/** The API filters of a view. */
export function incidentFilters(v: IncidentsView) {
  return { from: `now-${v.range}`, to: 'now', plugin: v.plugin ?? undefined, status: v.status ?? undefined, severity: v.severity ?? undefined };
}

export const incidentsHref = (v: IncidentsView): string => serializeIncidents('/incidents', v);
