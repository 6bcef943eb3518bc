// A lease on a named background job, held in the database, so that of several console
// processes sharing one PostgreSQL only one runs each job at a time. A holder that dies
// loses the lease when it expires.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows-of';

/** This process's identity as a lease holder. */
export const PROCESS_ID = `${process.pid}-${randomUUID().slice(0, 8)}`;

/** Takes or renews the lease; true when this process holds it until now + ttlMs. */
export async function acquireLease(db: Db, name: string, ttlMs: number, holder = PROCESS_ID): Promise<boolean> {
  const expires = new Date(Date.now() + ttlMs).toISOString();
  const result = await db.execute(sql`
    insert into job_lease (name, holder, expires_at) values (${name}, ${holder}, ${expires})
    on conflict (name) do update set holder = excluded.holder, expires_at = excluded.expires_at
      where job_lease.holder = excluded.holder or job_lease.expires_at < now()
    returning holder`);
  return rowsOf(result).length === 1;
}
