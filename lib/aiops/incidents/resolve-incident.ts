// An operator resolves an incident by hand (with an optional comment): it ends now, and later
// anomalies of the plugin start a new incident. Channels that follow resolution hear of it.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { incident, incidentComment } from '../../db/schema';
import { actorLabel, type Actor } from '../../auth/actor';
import { appendAuditEvent } from '../../audit/append-event';
import { conflict } from '../../errors';
import { findIncident } from './incident-id';
import type { IncidentRow } from './group-anomalies';
import { respondToResolution } from './respond-to-incident';

export async function resolveIncident(db: Db, actor: Actor, id: string, comment?: string): Promise<IncidentRow> {
  const row = await findIncident(db, id);
  if (row.status === 'resolved') throw conflict(`Incident ${id} is already resolved`, { status: row.status });
  const now = new Date();
  const resolved = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(incident)
      .set({ status: 'resolved', endedAt: now, resolvedBy: actorLabel(actor), resolvedAt: now, updatedAt: now })
      .where(eq(incident.id, row.id))
      .returning();
    if (comment) await tx.insert(incidentComment).values({ incidentId: row.id, authorId: actor.id, authorName: actorLabel(actor), body: comment });
    await appendAuditEvent(tx, actor, { kind: 'incident.resolve', target: `incident:${row.id}`, beforeRef: row.status, afterRef: 'resolved', details: { pluginId: row.pluginId, comment: comment ?? '' } });
    return updated;
  });
  await respondToResolution(db, resolved);
  return resolved;
}
