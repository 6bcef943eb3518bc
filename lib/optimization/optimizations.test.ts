// The optimization flow on a real (in-memory) database: scan → suggestions with evidence →
// apply through the API (new document version, audit) → dismiss (remembered) → autoApply only
// for trivial/easy configuration changes → one-click revert.
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useTestDb } from '../testing/test-db';
import { call, userWithRole } from '../testing/http';
import { systemActor } from '../auth/actor';
import { getDb } from '../db/client';
import { auditEvent } from '../db/schema';
import { createPlugin } from '../plugins/create-plugin';
import { saveDocument } from '../config-store/save-document';
import { getDocument } from '../config-store/get-document';
import { listHistory } from '../config-store/list-history';
import { ingestPoints } from '../aiops/ingest/ingest-metrics';
import { scanNow } from './scan-due';
import { listOptimizations } from './list-optimizations';
import * as listRoute from '@/app/api/v1/optimizations/route';
import * as scanRoute from '@/app/api/v1/optimizations/scan/route';
import * as changeRoute from '@/app/api/v1/optimizations/[optimizationId]/change/route';
import * as applyRoute from '@/app/api/v1/optimizations/[optimizationId]/apply/route';
import * as dismissRoute from '@/app/api/v1/optimizations/[optimizationId]/dismiss/route';
import * as revertRoute from '@/app/api/v1/optimizations/[optimizationId]/revert/route';

useTestDb();

const MiB = 1024 * 1024;
const STEP = 10_000;
const actor = systemActor('test');
// 14 hours of 10-second points: CPU close to its 50 % limit, heap far below its 1 GiB limit.
const start = Math.floor((Date.now() - 14 * 3_600_000) / 60_000) * 60_000;
const wobble = (i: number) => Math.sin(i / 7) * 2;

async function seedPlugin(id: string, autoApply: boolean) {
  const db = await getDb();
  await createPlugin(db, actor, { id, name: id });
  await saveDocument(db, actor, 'sandbox', id, { baseVersion: 0, body: { memory: { maxHeap: 1024 * MiB }, runtime: { engine: 'process', resourceLimits: { maxCpu: 50 } } } });
  await saveDocument(db, actor, 'aiops', id, { baseVersion: 0, body: { agentId: `${id}-agent`, pluginId: id, optimization: { enabled: true, scanInterval: 3600, autoApply } } });
  const n = (14 * 3_600_000) / STEP;
  for (let off = 0; off < n; off += 2000) {
    const pts = [];
    for (let i = off; i < Math.min(n, off + 2000); i++) {
      pts.push({ pluginId: id, metric: 'cpu-usage', ts: start + i * STEP, value: 47 + wobble(i) });
      pts.push({ pluginId: id, metric: 'memory-usage', ts: start + i * STEP, value: (120 + wobble(i)) * MiB });
    }
    await ingestPoints(db, pts);
  }
}

describe('optimization suggestions', () => {
  let operator: string;
  let viewer: string;
  beforeAll(async () => {
    await seedPlugin('opt-a', false);
    await seedPlugin('opt-b', true);
    operator = (await userWithRole('operator')).cookie;
    viewer = (await userWithRole('viewer')).cookie;
  });

  it('scans on demand and lists suggestions with their evidence', async () => {
    expect((await call(scanRoute.POST, { method: 'POST', cookie: viewer, body: { pluginId: 'opt-a' } })).status).toBe(403);
    const scan = await call(scanRoute.POST, { method: 'POST', cookie: operator, body: { pluginId: 'opt-a' } });
    expect(scan.status).toBe(200);
    expect(scan.body.scans[0]).toMatchObject({ pluginId: 'opt-a', created: 2, autoApplied: [] });
    const res = await call(listRoute.GET, { cookie: viewer, path: '/api/v1/optimizations?plugin=opt-a' });
    const list = res.body.optimizations as { record: { description: string; difficulty: string }; evidence: { facts: unknown[] }; status: string }[];
    expect(list.map((o) => o.record.description).sort()).toEqual([
      expect.stringMatching(/^Lower the memory \(heap\) limit from 1.0 GiB to 192 MiB/),
      expect.stringMatching(/^Raise the CPU limit from 50 % to 65 %/),
    ]);
    expect(list.every((o) => o.status === 'open' && o.evidence.facts.length >= 3)).toBe(true);
    // Scanning again refreshes instead of duplicating.
    expect((await scanNow(await getDb(), 'opt-a'))[0]).toMatchObject({ created: 0, refreshed: 2 });
  });

  it('applies a configuration suggestion as a new document version that links it', async () => {
    const cpu = (await listOptimizations(await getDb(), { pluginId: 'opt-a' })).find((o) => o.record.description.startsWith('Raise the CPU'))!;
    const change = await call(changeRoute.GET, { cookie: viewer, params: { optimizationId: cpu.id } });
    expect(change.body).toMatchObject({ documentKind: 'sandbox', baseVersion: 1, stale: false, changes: [{ op: 'change', path: 'runtime.resourceLimits.maxCpu', before: 50, after: 65 }] });
    expect((await call(applyRoute.POST, { method: 'POST', cookie: viewer, params: { optimizationId: cpu.id }, body: { baseVersion: 1 } })).status).toBe(403);
    const applied = await call(applyRoute.POST, { method: 'POST', cookie: operator, params: { optimizationId: cpu.id }, body: { baseVersion: 1 } });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ status: 'applied', appliedVersion: 2, autoApplied: false });
    const db = await getDb();
    const history = await listHistory(db, 'sandbox', 'opt-a');
    expect(history[0]).toMatchObject({ version: 2, comment: expect.stringContaining(`/optimizations#${cpu.id}`) });
    const audit = await db.select().from(auditEvent).where(and(eq(auditEvent.kind, 'optimization.apply'), eq(auditEvent.target, `optimization:${cpu.id}`)));
    expect(audit).toHaveLength(1);
    // A second apply of the same suggestion is refused.
    expect((await call(applyRoute.POST, { method: 'POST', cookie: operator, params: { optimizationId: cpu.id }, body: { baseVersion: 2 } })).status).toBe(409);
  });

  it('remembers a dismissal: the same evidence does not bring the suggestion back', async () => {
    const db = await getDb();
    const mem = (await listOptimizations(db, { pluginId: 'opt-a', status: 'open' })).find((o) => o.record.type === 'resource-allocation')!;
    expect((await call(dismissRoute.POST, { method: 'POST', cookie: operator, params: { optimizationId: mem.id }, body: { reason: '  ' } })).status).toBe(400);
    const res = await call(dismissRoute.POST, { method: 'POST', cookie: operator, params: { optimizationId: mem.id }, body: { reason: 'Peak season next month' } });
    expect(res.body).toMatchObject({ status: 'dismissed', dismissedReason: 'Peak season next month' });
    const again = await scanNow(db, 'opt-a');
    expect(again[0]).toMatchObject({ created: 0 });
    expect(await listOptimizations(db, { pluginId: 'opt-a', status: 'open' })).toEqual([]);
  });

  it('with autoApply, applies only trivial and easy configuration changes, each audited and revertible', async () => {
    const db = await getDb();
    const [scan] = await scanNow(db, 'opt-b');
    expect(scan.created).toBe(2);
    expect(scan.autoApplied).toHaveLength(1);
    const all = await listOptimizations(db, { pluginId: 'opt-b' });
    const auto = all.find((o) => o.id === scan.autoApplied[0])!;
    expect(auto).toMatchObject({ status: 'applied', autoApplied: true, record: { difficulty: 'easy' } });
    expect(all.find((o) => o.id !== auto.id)).toMatchObject({ status: 'open', record: { difficulty: 'moderate' } });
    const [event] = await db.select().from(auditEvent).where(eq(auditEvent.kind, 'optimization.auto-apply'));
    expect(event).toMatchObject({ actorName: 'optimizer', target: `optimization:${auto.id}` });
    expect(((await getDocument(db, 'sandbox', 'opt-b')).body as { runtime: { resourceLimits: { maxCpu: number } } }).runtime.resourceLimits.maxCpu).toBe(65);

    const reverted = await call(revertRoute.POST, { method: 'POST', cookie: operator, params: { optimizationId: auto.id } });
    expect(reverted.status).toBe(200);
    expect(reverted.body).toMatchObject({ status: 'dismissed', documentVersion: 3 });
    const doc = await getDocument(db, 'sandbox', 'opt-b');
    expect(doc).toMatchObject({ version: 3, restoredFrom: 1 });
    // The next scan sees the same facts again and does not re-apply what was reverted.
    const [next] = await scanNow(db, 'opt-b');
    expect(next.autoApplied).toEqual([]);
    expect((await getDocument(db, 'sandbox', 'opt-b')).version).toBe(3);
  });
});
