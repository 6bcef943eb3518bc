// What happens when an incident opens, as the plugin's agent asks (incidentResponse): the
// automatic root-cause analysis (autoRCA) and the notifications; and when it resolves, the
// resolved notifications. Failures are logged and never undo the incident.
import type { Db } from '../../db/client';
import { runAnalysis } from '../rca/run-analysis';
import { requestFromIncident } from '../rca/request-from-incident';
import { enqueueNotifications, enqueueResolvedNotifications } from '../../notifications/enqueue-notifications';
import { incidentResponseOf } from './agent-config';
import type { IncidentRow } from './group-anomalies';

/** Incidents found this long after their last anomaly (a replayed history) notify nobody. */
const STALE_MS = 60 * 60_000;

export async function respondToIncident(db: Db, row: IncidentRow, now = Date.now()): Promise<{ analysisId: string | null; notifications: number }> {
  const response = await incidentResponseOf(db, row.pluginId);
  if (!response || response.enabled === false) return { analysisId: null, notifications: 0 };
  let analysisId: string | null = null;
  if (response.autoRCA !== false) {
    try {
      analysisId = (await runAnalysis(db, requestFromIncident(row), { createdBy: 'console: autoRCA', now })).id;
    } catch (err) {
      console.error(`[incidents] autoRCA for incident ${row.id} failed:`, err);
    }
  }
  const fresh = now - row.lastAnomalyAt.getTime() <= STALE_MS;
  const notifications = fresh && response.notifications?.length ? await enqueueNotifications(db, row, response.notifications, now) : 0;
  return { analysisId, notifications };
}

/** A resolved incident: channels that follow resolution (Alertmanager format) hear that it ended. */
export async function respondToResolution(db: Db, row: IncidentRow, now = Date.now()): Promise<number> {
  const response = await incidentResponseOf(db, row.pluginId);
  if (!response || response.enabled === false || !response.notifications?.length) return 0;
  try {
    return await enqueueResolvedNotifications(db, row, response.notifications, now);
  } catch (err) {
    console.error(`[incidents] resolved notifications for incident ${row.id} failed:`, err);
    return 0;
  }
}
