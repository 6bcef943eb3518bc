// Fills the database with the demo fleet's last 7 days (10-second metrics, events, health
// reports) through the same ingest code that API clients use, so detection, roll-ups and
// anomalies are real. Idempotent: once seeded, it only records the state to continue from.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { demoState, healthReport, pluginEvent } from '../db/schema';
import { ingestPoints } from '../aiops/ingest/ingest-metrics';
import { ingestEvents } from '../aiops/ingest/ingest-events';
import { groundTruth, PLUGIN_IDS, simulateHistory, type FleetBatch, type FleetState } from './fleet';

export const DEMO_SEED = 20261126;
/** The one demo_state row: the simulation state the live tick and the demo executor advance. */
export const DEMO_STATE_ROW = 'fleet';

export async function storeFleetBatch(db: Db, batch: Pick<FleetBatch, 'points' | 'events' | 'health'>): Promise<void> {
  if (batch.points.length) {
    await ingestPoints(db, batch.points.map((p) => ({ pluginId: p.pluginId, metric: p.metric, ts: p.timestamp, value: p.value })));
  }
  if (batch.events.length) await ingestEvents(db, batch.events, 'demo');
  if (batch.health.length) {
    await db.insert(healthReport).values(batch.health.map((h) => ({ pluginId: h.pluginId, ts: new Date(h.timestamp), status: h.report.status, report: h.report })));
  }
}

export interface SeedProgress {
  done: number;
  total: number;
}

/** Stores the history once; returns false when it was already there. */
export async function seedDemoHistory(db: Db, now = Date.now(), onProgress?: (p: SeedProgress) => void): Promise<boolean> {
  const [existing] = await db.select({ seededAt: demoState.seededAt }).from(demoState).where(eq(demoState.id, DEMO_STATE_ROW));
  if (existing?.seededAt) return false;
  // An interrupted seeding starts over: points are idempotent, events and reports are not.
  await db.delete(pluginEvent).where(eq(pluginEvent.source, 'demo'));
  await db.delete(healthReport).where(inArray(healthReport.pluginId, [...PLUGIN_IDS]));
  // The step grid: history ends at the last 10-second boundary before now.
  const end = Math.floor(now / 10_000) * 10_000;
  const days = 7;
  const total = Math.ceil((days * 86_400_000) / 10_000 / 180);
  let done = 0;
  let state: FleetState | undefined;
  for (const batch of simulateHistory({ now: end, seed: DEMO_SEED, days })) {
    await storeFleetBatch(db, batch);
    if (batch.state) state = batch.state;
    // Let the server answer requests between batches: the embedded database's work is
    // synchronous WebAssembly, and a chain of awaits alone would starve the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    onProgress?.({ done: ++done, total });
  }
  const row = {
    id: DEMO_STATE_ROW,
    seed: DEMO_SEED,
    historyFrom: new Date(end - days * 86_400_000),
    historyTo: new Date(end),
    seededAt: new Date(),
    state: state!,
    groundTruth: groundTruth({ now: end, seed: DEMO_SEED, days }),
    updatedAt: new Date(),
  };
  await db.insert(demoState).values(row).onConflictDoUpdate({ target: demoState.id, set: row });
  return true;
}
