import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDb } from '../testing/test-db';
import { systemActor } from '../auth/actor';
import { auditEvent, document } from '../db/schema';
import { createPlugin } from '../plugins/create-plugin';
import { deletePlugin } from '../plugins/delete-plugin';
import { REDACTED } from '../secrets/redact';
import { ApiError } from '../errors';
import { getDocument } from './get-document';
import { saveDocument } from './save-document';
import { listHistory } from './list-history';
import { diffVersions } from './diff-versions';
import { rollbackDocument } from './rollback-document';

const db = useTestDb();
const actor = { kind: 'user', id: 'u1', name: 'Ops', email: 'ops@test.local', role: 'operator' } as const;

const registryWith = (password: string, url = 'https://registry.example.com') => ({
  type: 'hybrid',
  upstream: [{ url, auth: { type: 'basic', username: 'bot', password } }],
});

async function rejects(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected an ApiError');
}

describe('config-store', () => {
  let plugins = 0;
  /** A plugin of its own for each test, its documents at version 0. */
  async function newPlugin(): Promise<string> {
    const id = `billing-${++plugins}`;
    await createPlugin(db.handle().db, systemActor(), { id, name: `Billing ${plugins}` });
    return id;
  }

  it('serves parsed defaults as version 0 before the first save', async () => {
    const doc = await getDocument(db.handle().db, 'sandbox', await newPlugin());
    expect(doc.version).toBe(0);
    expect(doc.exists).toBe(false);
    expect(doc.body).toMatchObject({ enabled: true, level: 'standard' });
  });

  it('saves versions in order and answers 409 to a second save from the same base', async () => {
    const d = db.handle().db;
    const id = await newPlugin();
    const first = await saveDocument(d, actor, 'sandbox', id, { baseVersion: 0, body: { level: 'strict' }, comment: 'tighten' });
    expect(first.version).toBe(1);
    const err = await rejects(saveDocument(d, actor, 'sandbox', id, { baseVersion: 0, body: { level: 'minimal' } }));
    expect(err.status).toBe(409);
    expect(err.details).toMatchObject({ currentVersion: 1, savedBy: 'ops@test.local' });
    const current = await getDocument(d, 'sandbox', id);
    expect(current.body).toMatchObject({ level: 'strict' });
    const second = await saveDocument(d, actor, 'sandbox', id, { baseVersion: 1, body: { level: 'minimal' } });
    expect(second.version).toBe(2);
  });

  it('lets exactly one of two concurrent saves from the same base win', async () => {
    const d = db.handle().db;
    const id = await newPlugin();
    const results = await Promise.allSettled([
      saveDocument(d, actor, 'sandbox', id, { baseVersion: 0, body: { level: 'paranoid' } }),
      saveDocument(d, actor, 'sandbox', id, { baseVersion: 0, body: { level: 'minimal' } }),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect((failed[0].reason as ApiError).status).toBe(409);
    expect((await getDocument(d, 'sandbox', id)).version).toBe(1);
  });

  it('rejects an invalid document with the path of the offending field', async () => {
    const d = db.handle().db;
    const err = await rejects(saveDocument(d, actor, 'hot-reload', await newPlugin(), { baseVersion: 0, body: { stateStrategy: 'distributed' } }));
    expect(err.status).toBe(400);
    expect(err.issues.map((i) => i.path)).toContain('distributedConfig');
  });

  it('does not create a version when nothing changed', async () => {
    const d = db.handle().db;
    const id = await newPlugin();
    await saveDocument(d, actor, 'sandbox', id, { baseVersion: 0, body: { level: 'strict' } });
    const cur = await getDocument(d, 'sandbox', id);
    const again = await saveDocument(d, actor, 'sandbox', id, { baseVersion: cur.version, body: cur.body });
    expect(again.changed).toBe(false);
    expect(again.version).toBe(cur.version);
    expect(await listHistory(d, 'sandbox', id)).toHaveLength(1);
  });

  it('encrypts secrets at rest, redacts them on the way out, and keeps them on an unchanged marker', async () => {
    const d = db.handle().db;
    // The registry is one document for the whole console: start from whatever version it is at.
    const base = (await getDocument(d, 'registry', null)).version;
    const saved = await saveDocument(d, actor, 'registry', null, { baseVersion: base, body: registryWith('hunter2-secret') });
    const [row] = await d.select().from(document).where(eq(document.kind, 'registry'));
    expect(JSON.stringify(row.body)).not.toContain('hunter2-secret');
    expect(JSON.stringify(saved.body)).not.toContain('hunter2-secret');
    const out = saved.body as { upstream: { auth: { password: string } }[] };
    expect(out.upstream[0].auth.password).toBe(REDACTED);

    // Send back the redacted document with another change: the stored secret is kept.
    const edited = structuredClone(out) as { upstream: { timeout: number; auth: { password: string } }[] };
    edited.upstream[0].timeout = 5000;
    const second = await saveDocument(d, actor, 'registry', null, { baseVersion: saved.version, body: edited });
    expect(second.version).toBe(saved.version + 1);
    const changes = await diffVersions(d, 'registry', null, saved.version, second.version);
    expect(changes.map((c) => c.path)).toEqual(['upstream.0.timeout']);

    // A new password replaces it; the diff marks the change without revealing either value.
    const third = structuredClone(edited);
    third.upstream[0].auth.password = 'new-secret-value';
    const v3 = await saveDocument(d, actor, 'registry', null, { baseVersion: second.version, body: third });
    const secretDiff = await diffVersions(d, 'registry', null, second.version, v3.version);
    expect(secretDiff).toEqual([{ op: 'change', path: 'upstream.0.auth.password', before: REDACTED, after: REDACTED, secret: true }]);
    expect(JSON.stringify(secretDiff)).not.toContain('new-secret-value');
  });

  it('refuses a redaction marker where no secret was ever stored', async () => {
    const d = db.handle().db;
    // A secret is stored for one upstream; the marker comes back for another URL.
    const base = (await getDocument(d, 'registry', null)).version;
    const stored = await saveDocument(d, actor, 'registry', null, { baseVersion: base, body: registryWith('kept-secret') });
    const body = registryWith(REDACTED, 'https://other.example.com');
    const err = await rejects(saveDocument(d, actor, 'registry', null, { baseVersion: stored.version, body }));
    expect(err.status).toBe(400);
    expect(err.issues[0].path).toBe('upstream.0.auth.password');
  });

  it('rolls back by saving the older body as a new version', async () => {
    const d = db.handle().db;
    const id = await newPlugin();
    await saveDocument(d, actor, 'sandbox', id, { baseVersion: 0, body: { level: 'strict' } });
    await saveDocument(d, actor, 'sandbox', id, { baseVersion: 1, body: { level: 'minimal' } });
    const history = await listHistory(d, 'sandbox', id);
    expect(history.map((h) => h.version)).toEqual([2, 1]);
    const rolled = await rollbackDocument(d, actor, 'sandbox', id, { baseVersion: 2, toVersion: 1 });
    expect(rolled.version).toBe(3);
    expect(rolled.restoredFrom).toBe(1);
    expect(rolled.body).toMatchObject({ level: 'strict' });
    const after = await listHistory(d, 'sandbox', id);
    expect(after).toHaveLength(3);
    expect(after[0].comment).toBe('Rollback to version 1');
  });

  it('records every change in the append-only audit log, and keeps it when the plugin is deleted', async () => {
    const d = db.handle().db;
    const id = await newPlugin();
    await saveDocument(d, actor, 'sandbox', id, { baseVersion: 0, body: { level: 'strict' } });
    await saveDocument(d, actor, 'sandbox', id, { baseVersion: 1, body: { level: 'minimal' } });
    await rollbackDocument(d, actor, 'sandbox', id, { baseVersion: 2, toVersion: 1 });
    await deletePlugin(d, actor, id);
    const events = await d
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.target, `sandbox:plugin:${id}`));
    expect(events.map((e) => e.kind).sort()).toEqual(['document.rollback', 'document.save', 'document.save']);
    const deleted = await d.select().from(auditEvent).where(eq(auditEvent.kind, 'plugin.delete'));
    expect(deleted.map((e) => e.target)).toContain(`plugin:${id}`);
    await expect(d.delete(auditEvent)).rejects.toThrow();
    await expect(d.update(auditEvent).set({ kind: 'x' })).rejects.toThrow();
  });
});
