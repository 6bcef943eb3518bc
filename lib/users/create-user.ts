// Creates a user with a password credential hashed by better-auth's own hasher. The user, its
// credential and the audit event are written in one transaction; the email's unique index
// settles two creations of the same address.
import { randomUUID } from 'node:crypto';
import type { UserCreate } from '@/schemas';
import { account, user } from '../db/schema';
import type { Db } from '../db/client';
import type { Actor } from '../auth/actor';
import { getAuth } from '../auth/auth';
import { appendAuditEvent } from '../audit/append-event';
import { isUniqueViolation } from '../db/errors';
import { conflict } from '../errors';
import { publicUser } from './user-row';

export async function createUser(db: Db, actor: Actor, input: UserCreate) {
  const email = input.email.toLowerCase();
  const ctx = await (await getAuth()).$context;
  const password = await ctx.password.hash(input.password); // before the transaction: hashing is slow
  const id = randomUUID();
  try {
    const row = await db.transaction(async (tx) => {
      const [created] = await tx.insert(user).values({ id, email, name: input.name, emailVerified: true, role: input.role }).returning();
      await tx.insert(account).values({ id: randomUUID(), userId: id, providerId: 'credential', accountId: id, password });
      await appendAuditEvent(tx, actor, { kind: 'user.create', target: `user:${id}`, details: { email, role: input.role } });
      return created;
    });
    return publicUser(row);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`A user with the email ${email} already exists`);
    throw err;
  }
}
