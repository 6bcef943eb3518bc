// An incident as Alertmanager's webhook payload (version 4), for receivers built for
// Alertmanager (`incidentResponse.notifications[].config.format: alertmanager`): one alert per
// notification, firing when the incident opens and resolved when it ends, with the same
// fingerprint both times so a receiver pairs them.
import { createHash } from 'node:crypto';
import { consoleOrigin } from '../env';
import type { incident } from '../db/schema';

type IncidentRow = typeof incident.$inferSelect;

export const ALERT_NAME = 'ObjectStackIncident';
export const RECEIVER = 'objectstack-console';
/** Alertmanager's `endsAt` for an alert that is still firing (Go's zero time). */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

/** Alertmanager's label-set notation: `{a="x", b="y"}`, names sorted, values quoted. */
function labelSet(labels: Record<string, string>): string {
  return `{${Object.keys(labels)
    .sort()
    .map((k) => `${k}=${JSON.stringify(labels[k])}`)
    .join(', ')}}`;
}

export function alertmanagerPayload(row: IncidentRow): Record<string, unknown> {
  const url = `${consoleOrigin()}/incidents/${row.id}`;
  const resolved = row.status === 'resolved';
  const status = resolved ? 'resolved' : 'firing';
  // The identity of the alert: the severity may change while the incident lasts, so it stays out
  // of the fingerprint and firing and resolved notifications keep one fingerprint.
  const identity = { alertname: ALERT_NAME, plugin: row.pluginId, incident_id: String(row.id) };
  const labels = { ...identity, severity: row.severity };
  const symptoms = (row.symptoms as { description?: string }[] | null) ?? [];
  const annotations = {
    summary: `${row.pluginId}: ${row.title}`,
    description: symptoms.map((s) => s.description).filter(Boolean).join('; ') || row.title,
  };
  const groupLabels = { alertname: ALERT_NAME, plugin: row.pluginId };
  const endedAt = row.endedAt ?? row.resolvedAt;
  return {
    version: '4',
    groupKey: `{}:${labelSet(groupLabels)}`,
    truncatedAlerts: 0,
    status,
    receiver: RECEIVER,
    groupLabels,
    commonLabels: labels,
    commonAnnotations: annotations,
    externalURL: consoleOrigin(),
    alerts: [
      {
        status,
        labels,
        annotations,
        startsAt: row.startedAt.toISOString(),
        endsAt: resolved && endedAt ? endedAt.toISOString() : ZERO_TIME,
        generatorURL: url,
        fingerprint: createHash('sha256').update(labelSet(identity)).digest('hex').slice(0, 16),
      },
    ],
  };
}
