import { describe, expect, it, beforeAll } from 'vitest';
import { useTestDb } from '../testing/test-db';
import { systemActor } from '../auth/actor';
import { createPlugin } from '../plugins/create-plugin';
import { ApiError } from '../errors';
import { getDocument } from './get-document';
import { saveDocument } from './save-document';

// Issue 14: negative byte sizes were saved as new versions. The one schema now refuses them,
// so a PUT answers 400 naming each field, and no version is written.

const db = useTestDb();
const actor = { kind: 'user', id: 'u1', name: 'Ops', email: 'ops@test.local', role: 'operator' } as const;

describe('sandbox size bounds on save', () => {
  beforeAll(async () => {
    await createPlugin(db.handle().db, systemActor(), { id: 'sizes', name: 'Sizes' });
  });

  it('refuses maxMemory -512 and maxHeap -1 with both paths, and saves nothing', async () => {
    const d = db.handle().db;
    const before = (await getDocument(d, 'sandbox', 'sizes')).version;
    const err = await saveDocument(d, actor, 'sandbox', 'sizes', {
      baseVersion: before,
      body: { runtime: { engine: 'v8-isolate', resourceLimits: { maxMemory: -512 } }, memory: { maxHeap: -1 } },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(400);
    expect((err as ApiError).issues.map((i) => i.path).sort()).toEqual(['memory.maxHeap', 'runtime.resourceLimits.maxMemory']);
    expect((await getDocument(d, 'sandbox', 'sizes')).version).toBe(before);
  });

  it('accepts 0, the bound itself', async () => {
    const d = db.handle().db;
    const before = (await getDocument(d, 'sandbox', 'sizes')).version;
    const saved = await saveDocument(d, actor, 'sandbox', 'sizes', { baseVersion: before, body: { runtime: { resourceLimits: { maxMemory: 0 } }, memory: { maxHeap: 0 } } });
    expect(saved.version).toBe(before + 1);
  });
});
