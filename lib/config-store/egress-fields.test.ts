import { describe, expect, it, beforeAll } from 'vitest';
import { useTestDb } from '../testing/test-db';
import { systemActor } from '../auth/actor';
import { createPlugin } from '../plugins/create-plugin';
import { ApiError } from '../errors';
import { resetEnvForTests } from '../env';
import { saveDocument } from './save-document';

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

const hooks = (url: string) => ({ agentId: 'a', pluginId: 'egressy', incidentResponse: { notifications: [{ channel: 'slack', config: { webhookUrl: url } }] } });
const upstreams = (...urls: string[]) => ({ type: 'hybrid', upstream: urls.map((url) => ({ url })) });

describe('saving an address the egress policy refuses', () => {
  beforeAll(async () => {
    delete process.env.CONSOLE_EGRESS_ALLOW;
    resetEnvForTests();
    await createPlugin(db.handle().db, systemActor(), { id: 'egressy', name: 'Egressy' });
  });

  it('is a field error naming each refused registry upstream URL', async () => {
    const err = await rejects(saveDocument(db.handle().db, actor, 'registry', null, { baseVersion: 0, body: upstreams('https://registry.example.com', 'http://169.254.169.254/npm', 'http://[::1]:4873') }));
    expect(err.status).toBe(400);
    expect(err.issues).toEqual([
      { path: 'upstream.1.url', message: 'Blocked by the egress policy: link-local and cloud metadata addresses are never reached' },
      { path: 'upstream.2.url', message: expect.stringMatching(/^Blocked by the egress policy: it is a loopback or private address/) },
    ]);
  });

  it('is a field error on a notification target, without echoing the (secret) URL', async () => {
    const err = await rejects(saveDocument(db.handle().db, actor, 'aiops', 'egressy', { baseVersion: 0, body: hooks('http://127.0.0.1:9000/hook-token-123') }));
    expect(err.issues).toEqual([{ path: 'incidentResponse.notifications.0.config.webhookUrl', message: expect.stringMatching(/^Blocked by the egress policy/) }]);
    expect(JSON.stringify(err.issues)).not.toContain('hook-token-123');
  });

  it('is a field error on a healing action webhook', async () => {
    const body = { agentId: 'a', pluginId: 'egressy', selfHealing: { actions: [{ id: 'restart', type: 'restart', trigger: { healthStatus: ['failed'] }, parameters: { webhookUrl: 'http://metadata.google.internal/x' } }] } };
    const err = await rejects(saveDocument(db.handle().db, actor, 'aiops', 'egressy', { baseVersion: 0, body }));
    expect(err.issues.map((i) => i.path)).toEqual(['selfHealing.actions.0.parameters.webhookUrl']);
  });

  it('is accepted once CONSOLE_EGRESS_ALLOW allows the address, and public hosts always are', async () => {
    const d = db.handle().db;
    expect((await saveDocument(d, actor, 'aiops', 'egressy', { baseVersion: 0, body: hooks('https://hooks.slack.com/services/T/B/X') })).version).toBe(1);
    process.env.CONSOLE_EGRESS_ALLOW = '127.0.0.0/8';
    resetEnvForTests();
    try {
      expect((await saveDocument(d, actor, 'aiops', 'egressy', { baseVersion: 1, body: hooks('http://127.0.0.1:9000/hook') })).version).toBe(2);
    } finally {
      delete process.env.CONSOLE_EGRESS_ALLOW;
      resetEnvForTests();
    }
  });
});
