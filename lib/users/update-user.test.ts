import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { auditEvent, user } from '../db/schema';
import { useTestDb } from '../testing/test-db';
import { systemActor } from '../auth/actor';
import { createUser } from './create-user';
import { updateUser } from './update-user';
import { removeEachOther } from './testing/mutual-demotion';

const testDb = useTestDb();

describe('the last-admin rule under concurrent updates (PGlite)', () => {
  let handle: DbHandle;
  // The rule counts every active admin: each test starts with none but its own.
  beforeEach(async () => {
    handle = testDb.handle();
    await handle.db.update(user).set({ disabled: true }).where(eq(user.role, 'admin'));
  });

  it('two admins demoting each other at once leave one active admin', async () => {
    const r = await removeEachOther(handle.db, { role: 'operator' }, { role: 'viewer' });
    expect(r).toEqual({ succeeded: 1, refusals: ['The console needs at least one active admin'], activeAdmins: 1 });
  });

  it('two admins disabling each other at once leave one active admin', async () => {
    const r = await removeEachOther(handle.db, { disabled: true }, { disabled: true });
    expect(r).toEqual({ succeeded: 1, refusals: ['The console needs at least one active admin'], activeAdmins: 1 });
  });

  it('one demoting while the other disables leaves one active admin', async () => {
    const r = await removeEachOther(handle.db, { role: 'viewer' }, { disabled: true });
    expect(r.activeAdmins).toBe(1);
    expect(r.succeeded).toBe(1);
  });

  it('lets an admin demote another while a third stays (the rule allows down to one)', async () => {
    const third = await createUser(handle.db, systemActor('test'), { email: 'third@test.local', name: 'Third', role: 'admin', password: 'correct horse battery' });
    const r = await removeEachOther(handle.db, { role: 'operator' }, { role: 'operator' });
    expect(r).toEqual({ succeeded: 2, refusals: [], activeAdmins: 1 });
    const [left] = await handle.db.select().from(user).where(eq(user.id, third.id));
    expect(left.role).toBe('admin');
  });

  it('refuses demoting the last active admin, and allows demoting a disabled admin', async () => {
    const only = await createUser(handle.db, systemActor('test'), { email: 'only@test.local', name: 'Only', role: 'admin', password: 'correct horse battery' });
    await expect(updateUser(handle.db, systemActor('test'), only.id, { role: 'viewer' })).rejects.toThrow('The console needs at least one active admin');
    const off = await createUser(handle.db, systemActor('test'), { email: 'off@test.local', name: 'Off', role: 'admin', password: 'correct horse battery' });
    await updateUser(handle.db, systemActor('test'), off.id, { disabled: true });
    await expect(updateUser(handle.db, systemActor('test'), off.id, { role: 'viewer' })).resolves.toMatchObject({ role: 'viewer' });
    const audits = await handle.db.select().from(auditEvent).where(eq(auditEvent.target, `user:${off.id}`));
    expect(audits.map((a) => a.kind)).toEqual(['user.create', 'user.update', 'user.update']);
  });
});
