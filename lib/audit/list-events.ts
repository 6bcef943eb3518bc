import { and, desc, eq, gte, ilike, lt, lte, notIlike, type SQL } from 'drizzle-orm';
import type { AuditQuery } from '@/schemas';
import { auditEvent } from '../db/schema';
import type { Db } from '../db/client';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Newest first; `before` pages backwards by id. `excludeKindPrefix` hides e.g. sign-ins. */
export async function listAuditEvents(db: Db, q: AuditQuery, opts: { excludeKindPrefix?: string } = {}) {
  const where: SQL[] = [];
  if (opts.excludeKindPrefix) where.push(notIlike(auditEvent.kind, `${escapeLike(opts.excludeKindPrefix)}%`));
  if (q.actor) where.push(ilike(auditEvent.actorName, `%${escapeLike(q.actor)}%`));
  if (q.kind) where.push(q.kind.endsWith('.') ? ilike(auditEvent.kind, `${escapeLike(q.kind)}%`) : eq(auditEvent.kind, q.kind));
  if (q.target) where.push(ilike(auditEvent.target, `%${escapeLike(q.target)}%`));
  if (q.from) where.push(gte(auditEvent.at, new Date(q.from)));
  if (q.to) where.push(lte(auditEvent.at, new Date(q.to)));
  if (q.before) where.push(lt(auditEvent.id, q.before));
  const rows = await db
    .select()
    .from(auditEvent)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditEvent.id))
    .limit(q.limit);
  return { events: rows.map((r) => ({ ...r, at: r.at.toISOString() })), nextBefore: rows.length === q.limit ? rows[rows.length - 1].id : null };
}
