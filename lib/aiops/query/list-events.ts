import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { EventsQuery } from '@/schemas';
import type { Db } from '../../db/client';
import { pluginEvent } from '../../db/schema';
import { parseTimeRange } from './time-range';

export async function listEvents(db: Db, q: EventsQuery, now = Date.now()) {
  const { from, to } = parseTimeRange(q.from, q.to, now);
  const where: SQL[] = [gte(pluginEvent.ts, new Date(from)), lte(pluginEvent.ts, new Date(to))];
  if (q.plugin) where.push(eq(pluginEvent.pluginId, q.plugin));
  if (q.kind) where.push(eq(pluginEvent.kind, q.kind));
  if (q.level) where.push(eq(pluginEvent.level, q.level));
  const rows = await db.select().from(pluginEvent).where(and(...where)).orderBy(desc(pluginEvent.ts)).limit(q.limit);
  return rows.map((r) => ({ ...r, ts: r.ts.toISOString() }));
}
