// The trigger streaks of a plugin's actions (summarize-history.ts): read once per engine pass,
// advanced for each action whose trigger held, so maxAttempts bounds a trigger episode across
// passes, restarts and processes.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { healingTriggerStreak } from '../db/schema';
import { nextStreak, type TriggerStreak } from './summarize-history';

export async function loadStreaks(db: Db, pluginId: string): Promise<Map<string, TriggerStreak>> {
  const rows = await db.select().from(healingTriggerStreak).where(eq(healingTriggerStreak.pluginId, pluginId));
  return new Map(rows.map((r) => [r.actionId, { startedAt: r.startedAt.getTime(), lastHeldAt: r.lastHeldAt.getTime() }]));
}

/** Advances the streak of each action in `held` to `now`; returns the streaks after the pass. */
export async function advanceStreaks(db: Db, pluginId: string, held: string[], now: number): Promise<Map<string, TriggerStreak>> {
  const streaks = await loadStreaks(db, pluginId);
  for (const actionId of held) {
    const next = nextStreak(streaks.get(actionId), now);
    streaks.set(actionId, next);
    await db
      .insert(healingTriggerStreak)
      .values({ pluginId, actionId, startedAt: new Date(next.startedAt), lastHeldAt: new Date(next.lastHeldAt) })
      .onConflictDoUpdate({ target: [healingTriggerStreak.pluginId, healingTriggerStreak.actionId], set: { startedAt: sql`excluded.started_at`, lastHeldAt: sql`excluded.last_held_at` } });
  }
  return streaks;
}
