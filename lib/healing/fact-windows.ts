// The time windows of what the healing engine knows at an instant, as pure functions: the live
// loaders (load-plugin-facts.ts, load-condition-data.ts, load-action-history.ts), the condition
// windows of both engines (condition-windows.ts) and the dry run (dry-run/) select with these,
// so "fresh", "still going on" and "recent" mean one thing.
import { STALE_AFTER_MS } from './evaluate-condition';

/** A health report older than this says nothing about now. */
export const HEALTH_FRESH_MS = 10 * 60_000;
/** An anomaly whose last flagged point is this recent is still going on. */
export const ANOMALY_OPEN_MS = 3 * 60_000;
/** errorPatterns look at log lines this recent. */
export const LOG_WINDOW_MS = 5 * 60_000;
/** Log levels errorPatterns are matched against. */
export const LOG_LEVELS = ['warn', 'error', 'fatal'] as const;
/** errorPatterns look at this many of the newest lines in the window. */
export const MAX_LOG_LINES = 500;

/** The latest health report, when it is fresh enough to say something about `now`. */
export function freshHealth(latest: { status: string; at: number } | null | undefined, now: number): { status: string; at: number } | null {
  return latest && now - latest.at <= HEALTH_FRESH_MS ? { status: latest.status, at: latest.at } : null;
}

/** An anomaly is going on at `now` when it has started and was flagged within ANOMALY_OPEN_MS. */
export function anomalyOpenAt(a: { startedAt: number; endedAt: number }, now: number): boolean {
  return a.endedAt >= now - ANOMALY_OPEN_MS && a.startedAt <= now;
}

/** The oldest log line errorPatterns look at. */
export function logWindowStart(now: number): number {
  return now - LOG_WINDOW_MS;
}

/** The oldest point a customCondition name needs: its longest FOR window plus the staleness margin. */
export function conditionWindowStart(forMs: number, now: number): number {
  return now - forMs - STALE_AFTER_MS;
}

/** Incident statuses the engine counts as the plugin's open incident (its episode). */
export const OPEN_INCIDENT_STATUSES = ['open', 'acknowledged'] as const;

/**
 * Whether an incident was the console's open incident at `now`: its row existed (it is opened by
 * the grouping job, possibly after its first anomaly) and it had not been resolved yet. At the
 * current instant this is exactly the live loader's status test.
 */
export function incidentOpenAt(i: { createdAt: number; resolvedAt: number | null }, now: number): boolean {
  return i.createdAt <= now && (i.resolvedAt === null || i.resolvedAt > now);
}
