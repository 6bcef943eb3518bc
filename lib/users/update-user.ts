import { and, eq, ne } from 'drizzle-orm';
import type { UserUpdate } from '@/schemas';
import { account, session, user } from '../db/schema';
import type { Db } from '../db/client';
import type { Actor } from '../auth/actor';
import { getAuth } from '../auth/auth';
import { appendAuditEvent } from '../audit/append-event';
import { badRequest, notFound } from '../errors';
import { publicUser } from './user-row';

export async function updateUser(db: Db, actor: Actor, id: string, input: UserUpdate) {
  const [before] = await db.select().from(user).where(eq(user.id, id));
  if (!before) throw notFound(`User ${id}`);
  const removesAdmin = (input.role && input.role !== 'admin') || input.disabled;
  if (removesAdmin && actor.kind === 'user' && actor.id === id) throw badRequest('You cannot remove your own admin role or disable yourself', [{ path: input.role ? 'role' : 'disabled', message: 'Ask another admin to do this' }]);
  if (removesAdmin) {
    const admins = await db.select({ id: user.id }).from(user).where(and(eq(user.role, 'admin'), eq(user.disabled, false), ne(user.id, id)));
    if (before.role === 'admin' && admins.length === 0) throw badRequest('The console needs at least one active admin', [{ path: 'role', message: 'This is the last admin' }]);
  }
  const { password, ...fields } = input;
  const [after] = await db.update(user).set({ ...fields, updatedAt: new Date() }).where(eq(user.id, id)).returning();
  if (password) {
    const ctx = await (await getAuth()).$context;
    await db.update(account).set({ password: await ctx.password.hash(password) }).where(and(eq(account.userId, id), eq(account.providerId, 'credential')));
  }
  // A disabled user, or one whose password changed, must sign in again.
  if (input.disabled || password) await db.delete(session).where(eq(session.userId, id));
  await appendAuditEvent(db, actor, {
    kind: 'user.update',
    target: `user:${id}`,
    details: { ...fields, passwordChanged: Boolean(password), previousRole: before.role },
  });
  return publicUser(after);
}
