// Topology: the dependencies plugins declare in their health reports (`dependencies[].pluginId`)
// and operators declare in a plugin's settings (`dependsOn`) form a graph. An open incident of a
// plugin whose declared dependency has an incident that started within TOPOLOGY_WINDOW of it (before or after) is merged into the dependency's: one
// incident, whose plugin — and so whose root cause — is the dependency; the dependant's
// incident stays as a part of it (merged_into), off the incident list. Chains follow to the
// deepest dependency (api → orders-db → storage: all into storage's).
import { and, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { incident } from '../../db/schema';
import { appendAuditEvent } from '../../audit/append-event';
import { systemActor } from '../../auth/actor';
import { declaredDependencies } from './declared-dependencies';

export const TOPOLOGY_WINDOW_MS = 15 * 60_000;
/** Declarations read from the hour before an incident started up to the window after it. */
export const DECLARED_BEFORE_MS = 60 * 60_000;

type Row = typeof incident.$inferSelect;

/**
 * Merges the open incidents of dependants into their dependencies' incidents; returns the merged
 * ids. `fresh` are the incidents this pass opened: from late data they may already be resolved,
 * and are merged as they would have been had the data come live.
 */
export async function mergeByTopology(db: Db, fresh: number[] = []): Promise<number[]> {
  const candidates = fresh.length ? or(ne(incident.status, 'resolved'), inArray(incident.id, fresh)) : ne(incident.status, 'resolved');
  const open = await db.select().from(incident).where(and(candidates, isNull(incident.mergedInto)));
  if (open.length < 2) return [];
  const byId = new Map(open.map((r) => [r.id, r]));
  const parent = new Map<number, Row>();
  for (const child of open) {
    const start = child.startedAt.getTime();
    const deps = new Set((await declaredDependencies(db, child.pluginId, start - DECLARED_BEFORE_MS, start + TOPOLOGY_WINDOW_MS)).map((d) => d.pluginId));
    const near = open
      .filter((o) => o.id !== child.id && deps.has(o.pluginId) && Math.abs(o.startedAt.getTime() - start) <= TOPOLOGY_WINDOW_MS)
      .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())[0];
    if (near) parent.set(child.id, near);
  }
  const root = (r: Row): Row => {
    const seen = new Set<number>();
    let cur = r;
    while (parent.has(cur.id) && !seen.has(cur.id)) {
      seen.add(cur.id);
      cur = parent.get(cur.id)!;
    }
    return cur;
  };
  const merged: number[] = [];
  for (const [childId] of parent) {
    const into = root(byId.get(childId)!);
    if (into.id === childId) continue; // a cycle of declarations: leave them apart
    // The merge and its audit event commit together.
    await db.transaction(async (tx) => {
      await tx.update(incident).set({ mergedInto: into.id, updatedAt: new Date() }).where(and(eq(incident.id, childId), isNull(incident.mergedInto)));
      await appendAuditEvent(tx, systemActor('incidents'), {
        kind: 'incident.merge',
        target: `incident:${childId}`,
        afterRef: `incident:${into.id}`,
        details: { pluginId: byId.get(childId)!.pluginId, dependency: into.pluginId },
      });
    });
    merged.push(childId);
  }
  return merged;
}
