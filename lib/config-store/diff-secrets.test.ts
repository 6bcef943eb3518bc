import { describe, expect, it, beforeAll } from 'vitest';
import { useTestDb } from '../testing/test-db';
import { systemActor } from '../auth/actor';
import { createPlugin } from '../plugins/create-plugin';
import { REDACTED } from '../secrets/marker';
import { saveDocument } from './save-document';
import { diffVersions } from './diff-versions';
import { diffDocuments } from './diff-documents';
import { documentKinds } from './document-kinds';

const db = useTestDb();
const actor = { kind: 'user', id: 'u1', name: 'Ops', email: 'ops@test.local', role: 'operator' } as const;
const PASSWORD = 'store-password-0451';
const TOKEN = 'store-token-9917';
const HOOK_SECRET = 'hook-signing-secret-77';
const HOOK_URL = 'https://hooks.example.com/T000/B000/XXXXSECRETPATH';

const distributed = {
  stateStrategy: 'distributed',
  distributedConfig: { provider: 'redis', endpoints: ['redis://10.0.0.5:6379'], auth: { username: 'app', password: PASSWORD, token: TOKEN } },
};

describe('diffs never carry a secret (R10 on whole subtrees)', () => {
  beforeAll(async () => {
    await createPlugin(db.handle().db, systemActor(), { id: 'diffy', name: 'Diffy' });
  });

  it('redacts the secrets inside an object that a change adds or removes', async () => {
    const d = db.handle().db;
    await saveDocument(d, actor, 'hot-reload', 'diffy', { baseVersion: 0, body: { stateStrategy: 'memory' } });
    await saveDocument(d, actor, 'hot-reload', 'diffy', { baseVersion: 1, body: distributed });
    await saveDocument(d, actor, 'hot-reload', 'diffy', { baseVersion: 2, body: { stateStrategy: 'memory' } });
    for (const [from, to] of [[1, 2], [2, 3], [0, 2], [2, 0]]) {
      const changes = await diffVersions(d, 'hot-reload', 'diffy', from, to);
      const text = JSON.stringify(changes);
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(TOKEN);
      const whole = changes.find((c) => c.path === 'distributedConfig');
      expect(whole).toBeDefined();
      const shown = (whole!.after ?? whole!.before) as { auth: Record<string, unknown>; endpoints: string[] };
      expect(shown.auth).toEqual({ username: 'app', password: REDACTED, token: REDACTED });
      expect(shown.endpoints).toEqual(['redis://10.0.0.5:6379']);
    }
  });

  it('redacts a notification channel config added or removed as a whole item', async () => {
    const d = db.handle().db;
    const notifications = [{ channel: 'webhook', config: { url: HOOK_URL, secret: HOOK_SECRET } }];
    await saveDocument(d, actor, 'aiops', 'diffy', { baseVersion: 0, body: { agentId: 'a', pluginId: 'diffy' } });
    await saveDocument(d, actor, 'aiops', 'diffy', { baseVersion: 1, body: { agentId: 'a', pluginId: 'diffy', incidentResponse: { notifications } } });
    await saveDocument(d, actor, 'aiops', 'diffy', { baseVersion: 2, body: { agentId: 'a', pluginId: 'diffy', incidentResponse: { notifications: [] } } });
    for (const [from, to] of [[1, 2], [2, 3]]) {
      const text = JSON.stringify(await diffVersions(d, 'aiops', 'diffy', from, to));
      expect(text).not.toContain(HOOK_SECRET);
      expect(text).not.toContain('XXXXSECRETPATH');
      expect(text).toContain(REDACTED);
    }
  });

  it('still reports a change of the secret itself, as the marker on both sides', () => {
    const paths = documentKinds['hot-reload'].secretPaths;
    const before = structuredClone(distributed);
    const after = structuredClone(distributed);
    after.distributedConfig.auth.password = 'another-password';
    expect(diffDocuments(before, after, paths)).toEqual([
      { op: 'change', path: 'distributedConfig.auth.password', before: REDACTED, after: REDACTED, secret: true },
    ]);
  });

  it('shows the marker for a key below a credential record that is hidden whole', () => {
    const paths = documentKinds.registry.secretPaths;
    const before = { type: 'private', storage: { backend: 's3', credentials: { nested: { key: 'aws-key-123456' } } } };
    const after = { type: 'private', storage: { backend: 's3', credentials: { nested: { key: 'aws-key-654321' } } } };
    const changes = diffDocuments(before, after, paths);
    expect(changes).toEqual([{ op: 'change', path: 'storage.credentials.nested.key', before: REDACTED, after: REDACTED, secret: true }]);
  });
});
