// The JSON a notification carries: for webhooks the incident itself with a link back to the
// console (or Alertmanager's webhook payload when the channel asks for it); for Slack an
// incoming-webhook message (`text`) saying the same in one line.
import { consoleOrigin } from '../env';
import type { incident } from '../db/schema';
import { alertmanagerPayload } from './alertmanager-payload';
import type { PayloadFormat } from './channel-target';

type IncidentRow = typeof incident.$inferSelect;

export function incidentPayload(row: IncidentRow, channel: string, now: number, format: PayloadFormat = 'console'): Record<string, unknown> {
  if (format === 'alertmanager') return alertmanagerPayload(row);
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
