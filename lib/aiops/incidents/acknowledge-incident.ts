// An operator takes an open incident: it stays unresolved (and keeps gathering anomalies), but
// the list shows someone is on it.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { incident } from '../../db/schema';
import { actorLabel, type Actor } from '../../auth/actor';
import { appendAuditEvent } from '../../audit/append-event';
import { conflict } from '../../errors';
import { findIncident } from './incident-id';
import type { IncidentRow } from './group-anomalies';

export async function acknowledgeIncident(db: Db, actor: Actor, id: string): Promise<IncidentRow> {
  const row = await findIncident(db, id);
  if (row.status !== 'open') throw conflict(`Incident ${id} is ${row.status}; only open incidents can be acknowledged`, { status: row.status });
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(incident)
      .set({ status: 'acknowledged', acknowledgedBy: actorLabel(actor), acknowledgedAt: new Date(), updatedAt: new Date() })
      .where(eq(incident.id, row.id))
      .returning();
    await appendAuditEvent(tx, actor, { kind: 'incident.acknowledge', target: `incident:${row.id}`, beforeRef: row.status, afterRef: 'acknowledged', details: { pluginId: row.pluginId } });
    return updated;
  });
}
