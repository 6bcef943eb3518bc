// The saved position of polling per Prometheus-sourced series (table prometheus_poll): where the
// next poll starts, and the failures that hold it back (backoff) and that the page names.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { prometheusPoll } from '../db/schema';

export type PollPosition = typeof prometheusPoll.$inferSelect;

export async function getPollPosition(db: Db, pluginId: string, metric: string): Promise<PollPosition | undefined> {
  const [row] = await db
    .select()
    .from(prometheusPoll)
    .where(and(eq(prometheusPoll.pluginId, pluginId), eq(prometheusPoll.metric, metric)));
  return row;
}

/** Backoff after failures in a row: one step, doubling, at most five minutes. */
export function retryDelayMs(failures: number, stepMs: number): number {
  return Math.min(5 * 60_000, stepMs * 2 ** Math.min(20, Math.max(0, failures - 1)));
}

/** A failed poll keeps its position (nothing read is lost) and waits before the next attempt. */
export async function recordPollFailure(db: Db, pluginId: string, metric: string, position: number, error: string, stepMs: number, now: number): Promise<void> {
  const before = await getPollPosition(db, pluginId, metric);
  const failures = (before?.failures ?? 0) + 1;
  const values = {
    pluginId,
    metric,
    lastTs: before?.lastTs ?? new Date(position),
    failures,
    retryAt: new Date(now + retryDelayMs(failures, stepMs)),
    lastError: error,
    updatedAt: new Date(now),
  };
  await db
    .insert(prometheusPoll)
    .values(values)
    .onConflictDoUpdate({ target: [prometheusPoll.pluginId, prometheusPoll.metric], set: values });
}
