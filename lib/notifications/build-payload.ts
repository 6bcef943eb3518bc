// The JSON a notification carries: for webhooks the incident itself with a link back to the
// console; for Slack an incoming-webhook message (`text`) saying the same in one line.
import { consoleOrigin } from '../env';
import type { incident } from '../db/schema';

type IncidentRow = typeof incident.$inferSelect;

export function incidentPayload(row: IncidentRow, channel: string, now: number): Record<string, unknown> {
  const url = `${consoleOrigin()}/incidents/${row.id}`;
  if (channel === 'slack') {
    return { text: `:rotating_light: [${row.severity}] ${row.pluginId}: ${row.title} — <${url}|incident #${row.id}>` };
  }
  return {
    type: 'incident.opened',
    sentAt: new Date(now).toISOString(),
    incident: {
      id: row.id,
      pluginId: row.pluginId,
      title: row.title,
      severity: row.severity,
      status: row.status,
      startedAt: row.startedAt.toISOString(),
      symptoms: row.symptoms,
      url,
    },
  };
}
