// One incident with everything its page shows: its anomalies, the discussion, its analyses
// (newest first), the self-healing proposals made for it, its notification deliveries, and the
// affected part of the dependency graph.
import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { anomaly, healingProposal, incident, incidentComment, notificationDelivery } from '../../db/schema';
import { listAnalyses } from '../rca/list-analyses';
import { findIncident } from './incident-id';
import { affectedGraph } from './affected-graph';

export async function getIncident(db: Db, id: string) {
  const row = await findIncident(db, id);
  const [anomalies, comments, analyses, proposals, notifications, merged] = await Promise.all([
    db.select().from(anomaly).where(eq(anomaly.incidentId, row.id)).orderBy(asc(anomaly.startedAt)).limit(2000),
    db.select().from(incidentComment).where(eq(incidentComment.incidentId, row.id)).orderBy(asc(incidentComment.createdAt)),
    listAnalyses(db, { incidentId: row.id, limit: 20 }),
    db
      .select({ id: healingProposal.id, actionId: healingProposal.actionId, actionType: healingProposal.actionType, status: healingProposal.status, createdAt: healingProposal.createdAt })
      .from(healingProposal)
      .where(eq(healingProposal.incidentId, row.id))
      .orderBy(desc(healingProposal.createdAt)),
    db
      .select({
        id: notificationDelivery.id,
        channel: notificationDelivery.channel,
        target: notificationDelivery.target,
        status: notificationDelivery.status,
        attempts: notificationDelivery.attempts,
        lastError: notificationDelivery.lastError,
        nextAttemptAt: notificationDelivery.nextAttemptAt,
        sentAt: notificationDelivery.sentAt,
      })
      .from(notificationDelivery)
      .where(eq(notificationDelivery.incidentId, row.id))
      .orderBy(asc(notificationDelivery.id)),
    // The dependants' incidents merged into this one (topology): the affected part of the graph.
    db
      .select({ id: incident.id, pluginId: incident.pluginId, title: incident.title, status: incident.status, startedAt: incident.startedAt })
      .from(incident)
      .where(eq(incident.mergedInto, row.id))
      .orderBy(asc(incident.startedAt)),
  ]);
  const topology = await affectedGraph(db, row, merged);
  return { incident: row, anomalies, comments, analyses, proposals, notifications, merged, topology };
}
