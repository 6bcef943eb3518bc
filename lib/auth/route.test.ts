import { describe, expect, it, beforeAll } from 'vitest';
import { useTestDb } from '../testing/test-db';
import { call, userWithRole } from '../testing/http';
import { systemActor } from './actor';
import { createPlugin } from '../plugins/create-plugin';
import { createToken } from '../tokens/create-token';
import { getDb } from '../db/client';
import * as pluginsRoute from '@/app/api/v1/plugins/route';
import * as pluginRoute from '@/app/api/v1/plugins/[pluginId]/route';
import * as docRoute from '@/app/api/v1/plugins/[pluginId]/[kind]/route';
import * as registryRoute from '@/app/api/v1/registry/route';
import * as usersRoute from '@/app/api/v1/users/route';
import * as schemasRoute from '@/app/api/v1/schemas/route';
import * as schemaRoute from '@/app/api/v1/schemas/[name]/route';
import { DEFAULT_MAX_BODY_BYTES } from './route';
import { nextParams } from '@/app/api/fuzz/next-params';

useTestDb();

describe('route wrapper', () => {
  let viewer: string;
  let operator: string;
  let admin: string;

  beforeAll(async () => {
    viewer = (await userWithRole('viewer')).cookie;
    operator = (await userWithRole('operator')).cookie;
    admin = (await userWithRole('admin')).cookie;
    await createPlugin(await getDb(), systemActor(), { id: 'acme/billing@1', name: 'Billing' });
  });

  it('answers 401 in the envelope without credentials, and 401 for a bad token', async () => {
    const res = await call(pluginsRoute.GET);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String), issues: [] } });
    expect((await call(pluginsRoute.GET, { token: 'osc_nope' })).status).toBe(401);
    expect((await call(pluginsRoute.GET, { cookie: 'console.session_token=forged' })).status).toBe(401);
  });

  it('lets a viewer read but not write (403)', async () => {
    expect((await call(pluginsRoute.GET, { cookie: viewer })).status).toBe(200);
    const res = await call(pluginsRoute.POST, { method: 'POST', cookie: viewer, body: { id: 'x', name: 'X' } });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it('refuses cookie writes from another origin, or with no origin', async () => {
    const body = { id: 'from-evil', name: 'Evil' };
    expect((await call(pluginsRoute.POST, { method: 'POST', cookie: operator, body, origin: 'https://evil.example' })).status).toBe(403);
    expect((await call(pluginsRoute.POST, { method: 'POST', cookie: operator, body, origin: null })).status).toBe(403);
    expect((await call(pluginsRoute.POST, { method: 'POST', cookie: operator, body })).status).toBe(201);
  });

  it('builds the expected origin from CONSOLE_URL: spoofed Host and X-Forwarded-Host/-Proto do not make another origin same-origin', async () => {
    const spoofed = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
    const body = { id: 'spoofed-origin', name: 'Spoofed' };
    const res = await call(pluginsRoute.POST, { method: 'POST', cookie: operator, body, origin: 'https://evil.example', headers: spoofed });
    expect(res.status).toBe(403);
    expect((await call(pluginsRoute.POST, { method: 'POST', cookie: operator, body, headers: spoofed })).status).toBe(201);
  });

  it('answers 400 naming each bad field', async () => {
    const res = await call(pluginsRoute.POST, { method: 'POST', cookie: operator, body: { id: 'Bad Id', name: '' } });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['id', 'name']);
  });

  it('answers 400 for malformed JSON and 413 for an oversized body', async () => {
    const bad = await call(pluginsRoute.POST, { method: 'POST', cookie: operator, rawBody: '{"id": ' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/not valid JSON/);
    const huge = JSON.stringify({ id: 'big', name: 'x'.repeat(DEFAULT_MAX_BODY_BYTES) });
    expect((await call(pluginsRoute.POST, { method: 'POST', cookie: operator, rawBody: huge })).status).toBe(413);
  });

  it('answers 409 for a duplicate plugin and 404 for an unknown one', async () => {
    const dup = await call(pluginsRoute.POST, { method: 'POST', cookie: operator, body: { id: 'acme/billing@1', name: 'Again' } });
    expect(dup.status).toBe(409);
    const missing = await call(pluginRoute.GET, { cookie: viewer, params: { pluginId: 'nope' } });
    expect(missing.status).toBe(404);
    const unknownKind = await call(docRoute.GET, { cookie: viewer, params: { pluginId: 'acme/billing@1', kind: 'nope' } });
    expect(unknownKind.status).toBe(404);
  });

  it('handles plugin ids with @ and / through an encoded path segment', async () => {
    const params = nextParams('/api/v1/plugins/[pluginId]', '/api/v1/plugins/acme%2Fbilling%401') as Record<string, string>;
    const res = await call(pluginRoute.GET, { cookie: viewer, params });
    expect(res.status).toBe(200);
    expect(res.body.id).toBe('acme/billing@1');
  });

  it('decodes path parameters exactly once: %25 is a percent sign, %252F is the text %2F', async () => {
    const pct = nextParams('/api/v1/plugins/[pluginId]', '/api/v1/plugins/%25') as Record<string, string>;
    expect(pct.pluginId).toBe('%');
    const res = await call(pluginRoute.GET, { cookie: viewer, params: pct });
    expect(res.status).toBe(400); // was a 500: decoding '%' again throws
    expect(res.body.error.issues[0].path).toBe('pluginId');
    // Read twice, abc%252F would become the valid id abc/ (a 404); read once it is abc%2F, not an id.
    const twice = nextParams('/api/v1/plugins/[pluginId]', '/api/v1/plugins/abc%252F') as Record<string, string>;
    expect(twice.pluginId).toBe('abc%2F');
    expect((await call(pluginRoute.GET, { cookie: viewer, params: twice })).status).toBe(400);
  });

  it('refuses a NUL character in a path parameter with a 400 naming it', async () => {
    const res = await call(pluginRoute.GET, { cookie: viewer, params: { pluginId: 'a\u0000b' } });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ path: 'params.pluginId', message: expect.stringContaining('NUL') }]);
  });

  it('saves documents through the API with 409 on a stale base', async () => {
    const params = { pluginId: 'acme/billing@1', kind: 'sandbox' };
    const put = (baseVersion: number, level: string) =>
      call(docRoute.PUT, { method: 'PUT', cookie: operator, params, body: { baseVersion, body: { level } } });
    expect((await put(0, 'strict')).status).toBe(200);
    const stale = await put(0, 'minimal');
    expect(stale.status).toBe(409);
    expect(stale.body.error.currentVersion).toBe(1);
    const viewerPut = await call(docRoute.PUT, { method: 'PUT', cookie: viewer, params, body: { baseVersion: 1, body: {} } });
    expect(viewerPut.status).toBe(403);
  });

  it('never returns a stored secret through the API', async () => {
    const body = { type: 'private', upstream: [{ url: 'https://r.example.com', auth: { type: 'bearer', token: 'tok-very-secret' } }] };
    const saved = await call(registryRoute.PUT, { method: 'PUT', cookie: operator, body: { baseVersion: 0, body } });
    expect(saved.status).toBe(200);
    const got = await call(registryRoute.GET, { cookie: viewer });
    expect(JSON.stringify(saved.body)).not.toContain('tok-very-secret');
    expect(JSON.stringify(got.body)).not.toContain('tok-very-secret');
  });

  it('checks token scopes: read tokens may GET, others get 403', async () => {
    const db = await getDb();
    const reader = await createToken(db, systemActor(), { name: 'reader', scopes: ['read'] });
    const writer = await createToken(db, systemActor(), { name: 'metrics', scopes: ['metrics:write'] });
    expect((await call(pluginsRoute.GET, { token: reader.token })).status).toBe(200);
    expect((await call(pluginsRoute.GET, { token: writer.token })).status).toBe(403);
    expect((await call(pluginsRoute.POST, { method: 'POST', token: reader.token, body: { id: 'tok', name: 'T' } })).status).toBe(403);
    expect((await call(usersRoute.GET, { token: reader.token })).status).toBe(403);
  });

  it('keeps admin-only routes to admins', async () => {
    expect((await call(usersRoute.GET, { cookie: operator })).status).toBe(403);
    expect((await call(usersRoute.GET, { cookie: admin })).status).toBe(200);
  });

  it('serves every protocol schema as JSON Schema', async () => {
    const list = await call(schemasRoute.GET, { cookie: viewer });
    expect(list.status).toBe(200);
    const names: string[] = list.body.schemas.map((s: { name: string }) => s.name);
    expect(names).toContain('RuntimeConfigSchema');
    for (const name of names) {
      const one = await call(schemaRoute.GET, { cookie: viewer, params: { name } });
      expect(one.status, name).toBe(200);
      expect(one.body.title).toBe(name);
    }
    expect((await call(schemaRoute.GET, { cookie: viewer, params: { name: 'Nope' } })).status).toBe(404);
  });
});
