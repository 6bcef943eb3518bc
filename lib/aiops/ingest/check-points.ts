// Checks a validated batch against what the console knows: registered plugins and the
// accepted time range. A batch with any bad point is rejected whole, naming each one; the
// OTLP receiver screens instead, storing the good points and counting the others.
import type { MetricPointInput } from '@/schemas';
import type { Db } from '../../db/client';
import { badRequest, type IssueItem } from '../../errors';
import { knownPluginIds, unknownPluginIssue, type WritablePlugins } from './check-plugins';
import { rawRetentionMs } from './retention';
import { MAX_FUTURE_SKEW_MS, toEpochMs } from './timestamps';

export interface CheckedPoint {
  pluginId: string;
  metric: string;
  ts: number;
  value: number;
  /** Set by ingest once the series is known. */
  seriesId?: number;
}

const MAX_LISTED = 100;

/** Each point checked on its own: the good ones, and an issue per bad one. */
export async function screenPoints(
  db: Db,
  points: MetricPointInput[],
  now: number,
  listName = 'points',
  writable: WritablePlugins = null,
): Promise<{ accepted: CheckedPoint[]; issues: IssueItem[] }> {
  const known = await knownPluginIds(db, points.map((p) => p.pluginId), writable);
  const oldest = now - rawRetentionMs();
  const issues: IssueItem[] = [];
  const accepted: CheckedPoint[] = [];
  points.forEach((p, i) => {
    const ts = toEpochMs(p.timestamp);
    const before = issues.length;
    if (!known.has(p.pluginId)) issues.push(unknownPluginIssue(listName, i, p.pluginId, writable));
    if (ts > now + MAX_FUTURE_SKEW_MS) issues.push({ path: `${listName}.${i}.timestamp`, message: `Timestamp is more than ${MAX_FUTURE_SKEW_MS / 60_000} minutes in the future: check the sender’s clock` });
    else if (ts < oldest) issues.push({ path: `${listName}.${i}.timestamp`, message: 'Timestamp is older than the raw-data retention period' });
    if (issues.length === before) accepted.push({ pluginId: p.pluginId, metric: p.metric, ts, value: p.value });
  });
  return { accepted, issues };
}

export async function checkPoints(db: Db, points: MetricPointInput[], now: number, listName = 'points', writable: WritablePlugins = null): Promise<CheckedPoint[]> {
  const { accepted, issues } = await screenPoints(db, points, now, listName, writable);
  if (issues.length) {
    const more = issues.length > MAX_LISTED ? ` (first ${MAX_LISTED} listed)` : '';
    throw badRequest(`${issues.length} point(s) are invalid; the batch was not stored${more}`, issues.slice(0, MAX_LISTED));
  }
  return accepted;
}
