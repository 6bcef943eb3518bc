// `dependsOn` through the API: registered plugins only, never itself, at most 50 (the bound
// and one past it), duplicates dropped, cleared by an empty list, audited, and dropped from
// others' lists when the plugin it names is deleted.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDb } from '../testing/test-db';
import { call, userWithRole } from '../testing/http';
import { getDb } from '../db/client';
import { auditEvent } from '../db/schema';
import { systemActor } from '../auth/actor';
import { createPlugin } from './create-plugin';
import { MAX_PLUGIN_DEPENDENCIES } from '@/schemas';
import * as pluginsRoute from '@/app/api/v1/plugins/route';
import * as pluginRoute from '@/app/api/v1/plugins/[pluginId]/route';

useTestDb();

let operator: string;
let admin: string;
const many = Array.from({ length: MAX_PLUGIN_DEPENDENCIES + 1 }, (_, i) => `dep-${i}`);

beforeAll(async () => {
  const db = await getDb();
  operator = (await userWithRole('operator')).cookie;
  admin = (await userWithRole('admin')).cookie;
  for (const id of ['store', 'cache', ...many]) await createPlugin(db, systemActor(), { id, name: id });
});

const create = (body: unknown) => call(pluginsRoute.POST, { method: 'POST', cookie: operator, body });
const patch = (id: string, body: unknown) => call(pluginRoute.PATCH, { method: 'PATCH', cookie: operator, params: { pluginId: id }, body });
const get = async (id: string) => (await call(pluginRoute.GET, { cookie: operator, params: { pluginId: id } })).body;

describe('plugin dependencies', () => {
  it('registers a plugin with its dependencies, duplicates dropped', async () => {
    const res = await create({ id: 'api-a', name: 'A', dependsOn: ['store', 'cache', 'store'] });
    expect(res.status).toBe(201);
    expect((await get('api-a')).dependsOn).toEqual(['store', 'cache']);
    expect((await get('store')).dependsOn).toEqual([]);
  });

  it('refuses an unregistered dependency and the plugin itself, naming each entry, and stores nothing', async () => {
    const res = await create({ id: 'api-b', name: 'B', dependsOn: ['store', 'nope', 'api-b'] });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([
      { path: 'dependsOn.1', message: 'No plugin nope is registered' },
      { path: 'dependsOn.2', message: 'A plugin cannot depend on itself' },
    ]);
    expect((await call(pluginRoute.GET, { cookie: operator, params: { pluginId: 'api-b' } })).status).toBe(404);
    await create({ id: 'api-c', name: 'C', dependsOn: ['store'] });
    const self = await patch('api-c', { dependsOn: ['api-c'] });
    expect(self.body.error.issues).toEqual([{ path: 'dependsOn.0', message: 'A plugin cannot depend on itself' }]);
    expect((await get('api-c')).dependsOn).toEqual(['store']);
  });

  it(`takes ${MAX_PLUGIN_DEPENDENCIES} dependencies and refuses ${MAX_PLUGIN_DEPENDENCIES + 1}`, async () => {
    expect((await create({ id: 'api-d', name: 'D', dependsOn: many.slice(0, MAX_PLUGIN_DEPENDENCIES) })).status).toBe(201);
    const over = await patch('api-d', { dependsOn: many });
    expect(over.status).toBe(400);
    expect(over.body.error.issues).toEqual([{ path: 'dependsOn', message: `At most ${MAX_PLUGIN_DEPENDENCIES} dependencies` }]);
    expect((await get('api-d')).dependsOn).toHaveLength(MAX_PLUGIN_DEPENDENCIES);
  });

  it('refuses malformed entries and wrong types', async () => {
    for (const dependsOn of ['store', [1], ['../etc'], [null], [''], ['Bad Id'], ['a\u0000b']]) {
      const res = await patch('api-a', { dependsOn });
      expect(res.status, JSON.stringify(dependsOn)).toBe(400);
      expect(res.body.error.issues[0].path).toMatch(/^dependsOn/);
    }
  });

  it('an empty list clears them; the change is audited with before and after', async () => {
    await create({ id: 'api-e', name: 'E', dependsOn: ['cache'] });
    expect((await patch('api-e', { dependsOn: [] })).status).toBe(200);
    expect((await get('api-e')).dependsOn).toEqual([]);
    const db = await getDb();
    const [event] = (await db.select().from(auditEvent).where(eq(auditEvent.kind, 'plugin.update'))).filter((e) => e.target === 'plugin:api-e');
    expect(event.details).toMatchObject({ before: { dependsOn: ['cache'] }, after: { dependsOn: [] } });
  });

  it('deleting a plugin drops it from the lists of those that depended on it', async () => {
    await createPlugin(await getDb(), systemActor(), { id: 'doomed', name: 'doomed' });
    await create({ id: 'api-f', name: 'F', dependsOn: ['cache', 'doomed'] });
    expect((await call(pluginRoute.DELETE, { method: 'DELETE', cookie: admin, params: { pluginId: 'doomed' } })).status).toBe(200);
    expect((await get('api-f')).dependsOn).toEqual(['cache']);
    // So an edit that keeps the rest is still valid.
    expect((await patch('api-f', { name: 'F2', dependsOn: (await get('api-f')).dependsOn })).status).toBe(200);
  });
});
