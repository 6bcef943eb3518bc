// Shared by the PGlite and PostgreSQL tests of the last-admin rule: two admins, each removing
// the other at the same moment, on a database that holds no other admin.
import { and, eq, sql } from 'drizzle-orm';
import type { UserUpdate } from '@/schemas';
import type { Db } from '../../db/client';
import { user } from '../../db/schema';
import type { Actor } from '../../auth/actor';
import { systemActor } from '../../auth/actor';
import { createUser } from '../create-user';
import { updateUser } from '../update-user';

let n = 0;
async function admin(db: Db): Promise<Actor & { kind: 'user' }> {
  const email = `admin-race${++n}-${Date.now()}@test.local`;
  const u = await createUser(db, systemActor('test'), { email, name: `Admin ${n}`, role: 'admin', password: 'correct horse battery' });
  return { kind: 'user', id: u.id, name: u.name, email: u.email, role: 'admin' };
}

/** Runs both updates at once; returns how many succeeded and the active admins left. */
export async function removeEachOther(db: Db, first: UserUpdate, second: UserUpdate) {
  const a = await admin(db);
  const b = await admin(db);
  // Warm connections (PostgreSQL): opening one would otherwise delay the second update enough
  // that the two rarely overlap.
  await Promise.all([db.execute(sql`select 1`), db.execute(sql`select 1`), db.execute(sql`select 1`)]);
  const results = await Promise.allSettled([updateUser(db, a, b.id, first), updateUser(db, b, a.id, second)]);
  const active = await db.select({ id: user.id }).from(user).where(and(eq(user.role, 'admin'), eq(user.disabled, false)));
  const refusals = results.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as Error).message)] : []));
  return { succeeded: results.filter((r) => r.status === 'fulfilled').length, refusals, activeAdmins: active.length };
}
