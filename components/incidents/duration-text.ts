import { formatDuration } from '@/components/charts/metric-format';
import type { IncidentDto } from '@/lib/queries/incidents';

/** How long an incident lasted, or has lasted so far ("ongoing"). */
export function incidentDuration(i: Pick<IncidentDto, 'startedAt' | 'endedAt'>, now: number): string {
  const end = i.endedAt ? Date.parse(i.endedAt) : now;
  return `${formatDuration(Math.max(0, end - Date.parse(i.startedAt)))}${i.endedAt ? '' : ' so far'}`;
}
