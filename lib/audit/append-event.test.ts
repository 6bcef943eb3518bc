// Audit events commit or roll back with the change they record: an audit write that fails after
// the change (here: an actor without a name breaks the event's NOT NULL column) undoes both.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDb } from '../testing/test-db';
import { getDb } from '../db/client';
import { apiToken, auditEvent, plugin, user } from '../db/schema';
import { systemActor, type Actor } from '../auth/actor';
import { createUser } from '../users/create-user';
import { updateUser } from '../users/update-user';
import { createToken } from '../tokens/create-token';
import { revokeToken } from '../tokens/revoke-token';
import { createPlugin } from '../plugins/create-plugin';
import { updatePlugin } from '../plugins/update-plugin';

useTestDb();

const broken = { kind: 'system', id: null, name: null } as unknown as Actor;
const ok = systemActor('test');
const eventsFor = async (target: string) => (await getDb()).select().from(auditEvent).where(eq(auditEvent.target, target));

describe('audit events in the transaction of their change', () => {
  beforeAll(async () => {
    await createPlugin(await getDb(), ok, { id: 'acme/audit@1', name: 'Audited' });
  });

  it('a failed audit write undoes a role change', async () => {
    const db = await getDb();
    const u = await createUser(db, ok, { email: 'atomic@test.local', name: 'Atomic', role: 'operator', password: 'correct horse battery' });
    await expect(updateUser(db, broken, u.id, { role: 'viewer', name: 'Changed' })).rejects.toThrow();
    const [row] = await db.select().from(user).where(eq(user.id, u.id));
    expect({ role: row.role, name: row.name }).toEqual({ role: 'operator', name: 'Atomic' });
    expect((await eventsFor(`user:${u.id}`)).map((e) => e.kind)).toEqual(['user.create']);
  });

  it('a failed audit write undoes a user creation (no user, no credential)', async () => {
    const db = await getDb();
    await expect(createUser(db, broken, { email: 'ghost@test.local', name: 'Ghost', role: 'viewer', password: 'correct horse battery' })).rejects.toThrow();
    expect(await db.select().from(user).where(eq(user.email, 'ghost@test.local'))).toEqual([]);
  });

  it('a failed audit write undoes a token creation and a token revocation', async () => {
    const db = await getDb();
    const before = (await db.select().from(apiToken)).length;
    await expect(createToken(db, broken, { name: 'never', scopes: ['read'] })).rejects.toThrow();
    expect(await db.select().from(apiToken)).toHaveLength(before);
    const t = await createToken(db, ok, { name: 'kept', scopes: ['read'] });
    await expect(revokeToken(db, broken, t.id)).rejects.toThrow();
    const [row] = await db.select().from(apiToken).where(eq(apiToken.id, t.id));
    expect(row.revokedAt).toBeNull();
    expect((await eventsFor(`token:${t.id}`)).map((e) => e.kind)).toEqual(['token.create']);
  });

  it('a failed audit write undoes a plugin rename; a working one commits both', async () => {
    const db = await getDb();
    await expect(updatePlugin(db, broken, 'acme/audit@1', { name: 'Renamed' })).rejects.toThrow();
    expect((await db.select().from(plugin).where(eq(plugin.id, 'acme/audit@1')))[0].name).toBe('Audited');
    await updatePlugin(db, ok, 'acme/audit@1', { name: 'Renamed' });
    expect((await db.select().from(plugin).where(eq(plugin.id, 'acme/audit@1')))[0].name).toBe('Renamed');
    expect((await eventsFor('plugin:acme/audit@1')).map((e) => e.kind)).toEqual(['plugin.create', 'plugin.update']);
  });
});
