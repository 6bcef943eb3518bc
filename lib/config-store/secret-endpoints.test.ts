import { describe, expect, it, beforeAll } from 'vitest';
import { useTestDb } from '../testing/test-db';
import { systemActor } from '../auth/actor';
import { createPlugin } from '../plugins/create-plugin';
import { ApiError } from '../errors';
import { REDACTED } from '../secrets/marker';
import type { HotReloadConfig, RegistryConfig } from '@/schemas';
import { saveDocument } from './save-document';
import { resolveDraft } from './resolve-draft';
import { getDocument } from './get-document';

const db = useTestDb();
const actor = { kind: 'user', id: 'u1', name: 'Ops', email: 'ops@test.local', role: 'operator' } as const;

async function rejects(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected an ApiError');
}

const store = (endpoints: string[], password: string, token = password) => ({
  stateStrategy: 'distributed',
  distributedConfig: { provider: 'redis', endpoints, auth: { username: 'app', password, token } },
});

describe('a stored secret stays with the endpoint it was saved for', () => {
  beforeAll(async () => {
    const d = db.handle().db;
    await createPlugin(d, systemActor(), { id: 'bound', name: 'Bound' });
    await saveDocument(d, actor, 'hot-reload', 'bound', { baseVersion: 0, body: store(['redis://10.0.0.5:6379', 'redis://10.0.0.6:6379'], 'the-store-password', 'etcd-token-secret') });
    await saveDocument(d, actor, 'registry', null, {
      baseVersion: 0,
      body: { type: 'hybrid', upstream: [{ url: 'https://registry.example.com/npm', auth: { type: 'basic', username: 'bot', password: 'the-registry-password' } }] },
    });
    await saveDocument(d, actor, 'aiops', 'bound', {
      baseVersion: 0,
      body: { agentId: 'a', pluginId: 'bound', incidentResponse: { notifications: [{ channel: 'webhook', config: { url: 'https://hooks.example.com/in', secret: 'the-hook-secret' } }] } },
    });
  });

  it('fills in the secret for the same endpoints, in any spelling of scheme, host and port', async () => {
    const d = db.handle().db;
    const draft = store(['redis://10.0.0.6', 'REDIS://10.0.0.5:6379/2'], REDACTED);
    const doc = await resolveDraft<HotReloadConfig>(d, 'hot-reload', 'bound', draft);
    expect(doc.distributedConfig?.auth).toMatchObject({ password: 'the-store-password', token: 'etcd-token-secret' });
  });

  it('refuses a connection test that points the kept password at another host, and a save alike', async () => {
    const d = db.handle().db;
    const draft = store(['redis://10.0.0.5:6379', 'redis://attacker.example.net:6379'], REDACTED);
    const test = await rejects(resolveDraft(d, 'hot-reload', 'bound', draft));
    expect(test.status).toBe(400);
    expect(test.issues).toEqual([
      { path: 'body.distributedConfig.auth.password', message: expect.stringMatching(/^Re-enter the password for the new endpoint/) },
      { path: 'body.distributedConfig.auth.token', message: expect.stringMatching(/^Re-enter the token for the new endpoint/) },
    ]);
    const save = await rejects(saveDocument(d, actor, 'hot-reload', 'bound', { baseVersion: 1, body: draft }));
    expect(save.status).toBe(400);
    expect(save.issues.map((i) => i.path)).toEqual(['distributedConfig.auth.password', 'distributedConfig.auth.token']);
  });

  it('refuses the same host on another port or scheme', async () => {
    const d = db.handle().db;
    for (const endpoint of ['redis://10.0.0.5:6380', 'rediss://10.0.0.5:6379']) {
      const err = await rejects(resolveDraft(d, 'hot-reload', 'bound', store([endpoint], REDACTED)));
      expect(err.issues[0]?.path).toBe('body.distributedConfig.auth.password');
    }
  });

  it('refuses the same endpoints spoken to in another protocol (provider)', async () => {
    const d = db.handle().db;
    const draft = store(['redis://10.0.0.5:6379', 'redis://10.0.0.6:6379'], REDACTED);
    draft.distributedConfig.provider = 'etcd';
    const err = await rejects(resolveDraft(d, 'hot-reload', 'bound', draft));
    expect(err.issues[0]?.path).toBe('body.distributedConfig.auth.password');
  });

  it('accepts a new endpoint when the password is typed again', async () => {
    const d = db.handle().db;
    const draft = store(['redis://10.9.9.9:6379'], 'typed-again', 'token-typed-again');
    const doc = await resolveDraft<HotReloadConfig>(d, 'hot-reload', 'bound', draft);
    expect(doc.distributedConfig?.auth?.password).toBe('typed-again');
  });

  it('binds a registry upstream secret to the upstream URL origin, not to its path', async () => {
    const d = db.handle().db;
    const upstream = (url: string) => ({ type: 'hybrid', upstream: [{ url, auth: { type: 'basic', username: 'bot', password: REDACTED } }] });
    const samePlace = await resolveDraft<RegistryConfig>(d, 'registry', null, upstream('https://registry.example.com/other-path'));
    expect(samePlace.upstream?.[0]?.auth?.password).toBe('the-registry-password');
    const err = await rejects(resolveDraft(d, 'registry', null, upstream('https://listener.example.net/npm')));
    expect(err.issues).toEqual([{ path: 'body.upstream.0.auth.password', message: expect.stringMatching(/^Re-enter the password for the new endpoint/) }]);
  });

  it('binds a notification secret to the channel URL', async () => {
    const d = db.handle().db;
    const current = await getDocument(d, 'aiops', 'bound');
    const body = structuredClone(current.body) as { incidentResponse: { notifications: { config: Record<string, unknown> }[] } };
    body.incidentResponse.notifications[0].config.url = 'https://collector.example.net/steal';
    const err = await rejects(saveDocument(d, actor, 'aiops', 'bound', { baseVersion: current.version, body }));
    expect(err.issues).toEqual([{ path: 'incidentResponse.notifications.0.config.secret', message: expect.stringMatching(/^Re-enter the secret for the new endpoint/) }]);
    // The URL left as the marker is the stored one: the secret is kept.
    const unchanged = structuredClone(current.body);
    const saved = await saveDocument(d, actor, 'aiops', 'bound', { baseVersion: current.version, body: { ...(unchanged as object), agentId: 'renamed-agent' } });
    expect(saved.changed).toBe(true);
  });
});
