import { eq } from 'drizzle-orm';
import type { UserCreate } from '@/schemas';
import { user } from '../db/schema';
import type { Db } from '../db/client';
import type { Actor } from '../auth/actor';
import { getAuth } from '../auth/auth';
import { appendAuditEvent } from '../audit/append-event';
import { conflict } from '../errors';
import { publicUser } from './user-row';

/** Creates a user with a password credential through better-auth's own adapter and hasher. */
export async function createUser(db: Db, actor: Actor, input: UserCreate) {
  const email = input.email.toLowerCase();
  const [existing] = await db.select().from(user).where(eq(user.email, email));
  if (existing) throw conflict(`A user with the email ${email} already exists`);
  const ctx = await (await getAuth()).$context;
  const created = await ctx.internalAdapter.createUser(
    { email, name: input.name, emailVerified: true, role: input.role },
    { method: 'admin' },
  );
  await ctx.internalAdapter.linkAccount({
    userId: created.id,
    providerId: 'credential',
    accountId: created.id,
    password: await ctx.password.hash(input.password),
  });
  const [row] = await db.select().from(user).where(eq(user.id, created.id));
  await appendAuditEvent(db, actor, { kind: 'user.create', target: `user:${row.id}`, details: { email, role: input.role } });
  return publicUser(row);
}
