// Changes a user's name, role, password or disabled flag. The last-admin rule is checked under
// row locks in the transaction of the change: the active admin rows are locked (in id order, so
// two updates queue instead of deadlocking) before they are counted, so two admins demoting or
// disabling each other at the same moment cannot leave the console without an active admin.
import { and, asc, eq } from 'drizzle-orm';
import type { UserUpdate } from '@/schemas';
import { account, session, user } from '../db/schema';
import type { Db } from '../db/client';
import type { Actor } from '../auth/actor';
import { getAuth } from '../auth/auth';
import { appendAuditEvent } from '../audit/append-event';
import { badRequest, notFound } from '../errors';
import { publicUser } from './user-row';

export async function updateUser(db: Db, actor: Actor, id: string, input: UserUpdate) {
  const removesAdmin = (input.role !== undefined && input.role !== 'admin') || input.disabled === true;
  const field = input.role !== undefined && input.role !== 'admin' ? 'role' : 'disabled';
  if (removesAdmin && actor.kind === 'user' && actor.id === id) throw badRequest('You cannot remove your own admin role or disable yourself', [{ path: field, message: 'Ask another admin to do this' }]);
  const { password, ...fields } = input;
  // Hashing is slow: done before the transaction so that the locks are held briefly.
  const hash = password ? await (await (await getAuth()).$context).password.hash(password) : null;
  const after = await db.transaction(async (tx) => {
    const admins = removesAdmin
      ? await tx
          .select({ id: user.id })
          .from(user)
          .where(and(eq(user.role, 'admin'), eq(user.disabled, false)))
          .orderBy(asc(user.id))
          .for('update')
      : [];
    const [before] = await tx.select().from(user).where(eq(user.id, id)).for('update');
    if (!before) throw notFound(`User ${id}`);
    if (removesAdmin && admins.some((a) => a.id === id) && admins.length <= 1) {
      throw badRequest('The console needs at least one active admin', [{ path: field, message: 'This is the last active admin' }]);
    }
    const [updated] = await tx.update(user).set({ ...fields, updatedAt: new Date() }).where(eq(user.id, id)).returning();
    if (hash) await tx.update(account).set({ password: hash }).where(and(eq(account.userId, id), eq(account.providerId, 'credential')));
    // A disabled user, or one whose password changed, must sign in again.
    if (input.disabled || password) await tx.delete(session).where(eq(session.userId, id));
    await appendAuditEvent(tx, actor, {
      kind: 'user.update',
      target: `user:${id}`,
      details: { ...fields, passwordChanged: Boolean(password), previousRole: before.role },
    });
    return updated;
  });
  return publicUser(after);
}
