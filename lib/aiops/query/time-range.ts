// Time bounds in queries: ISO date-times, epoch milliseconds, or `now`, `now-24h`, `now-30d`.
import { MAX_QUERY_RANGE_MS } from '@/schemas/ingest';
import { isSaneEpochMs, TIMESTAMP_RANGE_MESSAGE } from '@/schemas/primitives';
import { badRequest } from '../../errors';

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** A bound as epoch ms; a 400 naming `field` when it is not a time or lies outside 2000..2100. */
export function parseTimeBound(value: string, now: number, field: string): number {
  const t = readTimeBound(value, now);
  if (Number.isNaN(t)) throw badRequest(`${field} is not a time`, [{ path: field, message: 'Use an ISO date-time, epoch milliseconds or now-24h' }]);
  if (!isSaneEpochMs(t)) throw badRequest(`${field} is out of range`, [{ path: field, message: TIMESTAMP_RANGE_MESSAGE }]);
  return t;
}

function readTimeBound(value: string, now: number): number {
  const rel = /^now(?:-(\d+)([smhdw]))?$/.exec(value.trim());
  if (rel) return rel[1] ? now - Number(rel[1]) * UNIT_MS[rel[2]] : now;
  if (/^\d+$/.test(value)) return Number(value);
  return Date.parse(value);
}

export function parseTimeRange(from: string, to: string, now = Date.now()): { from: number; to: number } {
  const f = parseTimeBound(from, now, 'from');
  const t = parseTimeBound(to, now, 'to');
  if (f >= t) throw badRequest('The time range is empty', [{ path: 'from', message: 'from must be before to' }]);
  if (t - f > MAX_QUERY_RANGE_MS) throw badRequest('The time range is too long', [{ path: 'from', message: 'Ask for at most two years' }]);
  return { from: f, to: t };
}
