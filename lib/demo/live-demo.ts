// The demo fleet's background job: first store its 7-day history (a couple of minutes on the
// embedded database, so it runs after the server is up, with progress shown in the UI), then
// advance the simulation every 10 seconds and store the new points, events and reports.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { demoState } from '../db/schema';
import { acquireLease } from '../jobs/lease';
import { simulateTick, type FleetState } from './fleet';
import { DEMO_STATE_ROW, seedDemoHistory, storeFleetBatch } from './seed-history';

export const DEMO_JOB = 'demo-fleet';

export interface DemoStatus {
  phase: 'idle' | 'seeding' | 'live';
  done: number;
  total: number;
}

const g = globalThis as unknown as { __demoStatus?: DemoStatus };
const status = (g.__demoStatus ??= { phase: 'idle', done: 0, total: 0 });

export function demoStatus(): DemoStatus {
  return { ...status };
}

export async function runDemoFleet(db: Db, now = Date.now()): Promise<void> {
  // Only whether the history is stored: the state itself is read under the lock below.
  const [row] = await db.select({ seededAt: demoState.seededAt }).from(demoState).where(eq(demoState.id, DEMO_STATE_ROW));
  if (!row?.seededAt) {
    status.phase = 'seeding';
    await seedDemoHistory(db, now, (p) => {
      status.done = p.done;
      status.total = p.total;
      // Seeding outlasts the lease's normal renewal: keep it while making progress.
      if (p.done % 20 === 0) void acquireLease(db, DEMO_JOB, 120_000);
    });
    status.phase = 'live';
    return;
  }
  status.phase = 'live';
  // The demo executor applies healing actions to the same row under the same lock, so a tick
  // never overwrites an action that landed while it ran.
  const batch = await db.transaction(async (tx) => {
    const [locked] = await tx.select({ state: demoState.state }).from(demoState).where(eq(demoState.id, DEMO_STATE_ROW)).for('update');
    const tick = simulateTick(locked.state as FleetState, now);
    await tx.update(demoState).set({ state: tick.state, updatedAt: new Date() }).where(eq(demoState.id, DEMO_STATE_ROW));
    return tick;
  });
  await storeFleetBatch(db, batch);
}
