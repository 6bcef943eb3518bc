// The self-healing what-if through its route: who may ask, how a bad draft is reported (the
// block's own settings as a 400 naming the field, each action on its own without hiding the
// others), and what comes back, within the chart budget. The dry run's agreement with the live
// engine is tested in lib/healing/dry-run/dry-run.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '../../testing/test-db';
import { call, userWithRole } from '../../testing/http';
import { systemActor } from '../../auth/actor';
import { getDb } from '../../db/client';
import { healthReport } from '../../db/schema';
import { createPlugin } from '../../plugins/create-plugin';
import { createToken } from '../../tokens/create-token';
import { seriesIds } from '../ingest/series-ids';
import { insertPoints } from '../ingest/write-points';
import type { HealingActionPreview, HealingPreview } from './preview-healing';
import * as healingRoute from '@/app/api/v1/plugins/[pluginId]/aiops/preview/healing/route';

useTestDb();

const MIN = 60_000;
const now = Math.floor(Date.now() / 10_000) * 10_000;

const restart = { id: 'restart', type: 'restart', trigger: { healthStatus: ['failed'] }, cooldown: 300 };
const scale = { id: 'scale', type: 'scale', trigger: { customCondition: 'cpuUsage > 80 FOR 2m' }, requireApproval: true, timeout: 60 };

describe('self-healing what-if route', () => {
  let viewer: string;
  beforeAll(async () => {
    const db = await getDb();
    await createPlugin(db, systemActor(), { id: 'wh', name: 'wh' });
    // Failed for 20 minutes two hours ago, healthy otherwise; CPU hot for 10 minutes an hour ago.
    const reports = Array.from({ length: 6 * 60 }, (_, i) => {
      const ts = now - (6 * 60 - i) * MIN;
      const ago = (now - ts) / MIN;
      return { pluginId: 'wh', ts: new Date(ts), status: ago <= 120 && ago > 100 ? 'failed' : 'healthy', report: {} };
    });
    await db.insert(healthReport).values(reports);
    const pts = Array.from({ length: 6 * 360 }, (_, i) => {
      const ts = now - (6 * 360 - i) * 10_000;
      const ago = (now - ts) / MIN;
      return { pluginId: 'wh', metric: 'cpu-usage', ts, value: ago <= 70 && ago > 60 ? 95 : 40 };
    });
    const ids = await seriesIds(db, pts);
    await insertPoints(db, pts.map((p) => ({ ...p, seriesId: ids.get(`wh\u0000cpu-usage`)! })), pts.map(() => null));
    viewer = (await userWithRole('viewer')).cookie;
  });

  const ask = (body: unknown, over: { cookie?: string; token?: string; origin?: string } = { cookie: viewer }) =>
    call(healingRoute.POST, { method: 'POST', params: { pluginId: 'wh' }, body, ...over });
  const draft = (selfHealing: Record<string, unknown>, width = 300) => ({ selfHealing: { actions: [restart, scale], ...selfHealing }, range: '24h', width });
  const ok = (a: HealingActionPreview) => {
    if (!a.ok) throw new Error(`action ${a.index} is invalid: ${JSON.stringify(a.issues)}`);
    return a;
  };

  it('answers 401 without a session, 403 to API tokens and cross-origin posts, and 200 to every role', async () => {
    expect((await ask(draft({}), {})).status).toBe(401);
    const db = await getDb();
    const reader = await createToken(db, systemActor(), { name: 'reader', scopes: ['read'] });
    expect((await ask(draft({}), { token: reader.token })).status).toBe(403);
    expect((await ask(draft({}), { cookie: viewer, origin: 'https://evil.example' })).status).toBe(403);
    for (const role of ['viewer', 'operator', 'approver', 'admin'] as const) {
      const { cookie } = await userWithRole(role);
      expect((await ask(draft({}), { cookie })).status, role).toBe(200);
    }
  });

  it('names the field of an invalid block setting', async () => {
    const res = await ask(draft({ strategy: 'reckless' }));
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe('selfHealing.strategy');
    const missing = await ask({ range: '24h' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues[0].path).toBe('selfHealing');
  });

  it('reports an invalid action with its paths and still dry-runs the others', async () => {
    const res = await ask({
      selfHealing: { actions: [restart, { id: 'empty', type: 'restart', trigger: {} }, { ...scale, id: 'typo', trigger: { customCondition: 'cpuUsage >' } }, { ...scale, id: 'restart' }, scale] },
      range: '24h',
      width: 300,
    });
    expect(res.status).toBe(200);
    const [first, empty, typo, duplicate, last] = (res.body as HealingPreview).actions;
    expect(ok(first).proposals).toBeGreaterThan(0);
    expect(empty).toMatchObject({ ok: false, id: 'empty', issues: [expect.objectContaining({ path: 'trigger' })] });
    expect(typo).toMatchObject({ ok: false, id: 'typo', issues: [expect.objectContaining({ path: 'trigger.customCondition' })] });
    expect(duplicate).toMatchObject({ ok: false, id: 'restart', issues: [expect.objectContaining({ path: 'id', message: expect.stringMatching(/Action 1 has this id/) })] });
    expect(ok(last).proposals).toBeGreaterThan(0);
  });

  it('dry-runs each action within the chart budget, with counts per hour', async () => {
    const res = await ask(draft({}, 100));
    expect(res.status).toBe(200);
    const p = res.body as HealingPreview;
    expect(p).toMatchObject({ enabled: true, strategy: 'moderate', stepMs: 15_000 });
    expect(Math.abs(p.steps - 5760)).toBeLessThanOrEqual(1); // every 15 s of the day
    const r = ok(p.actions[0]);
    // Failed for 20 minutes: restart (moderate: no approval) at once, then after each 5 min of
    // cooldown, until its 3 attempts (the default maxAttempts) are used up.
    expect(r).toMatchObject({ proposals: 3, needApproval: 0, approval: { requiresApproval: false } });
    expect(r.heldBack.cooldown).toBeGreaterThan(0);
    expect(r.heldBack.maxAttempts).toBeGreaterThan(0);
    expect(r.triggers).toEqual([{ key: 'healthStatus', count: 3 }]);
    expect(r.holds).toHaveLength(1);
    expect(r.holds[0].end - r.holds[0].start).toBeGreaterThanOrEqual(20 * MIN);
    const s = ok(p.actions[1]);
    // CPU hot for 10 minutes with FOR 2m: waits for approval, holds the slot for its 60 s timeout.
    expect(s.proposals).toBeGreaterThan(1);
    expect(s.needApproval).toBe(s.proposals);
    expect(s.heldBack.live).toBeGreaterThan(0);
    for (const a of [r, s]) {
      expect(a.holds.length).toBeLessThanOrEqual(100);
      expect(a.marks.length).toBeLessThanOrEqual(100);
      expect(a.marks.reduce((n, m) => n + m.auto + m.approval, 0)).toBe(a.proposals);
      expect(a.periods).toHaveLength(25);
      expect(a.periods.reduce((n, x) => n + x.draft + x.saved, 0)).toBe(a.proposals);
    }
  });

  it('says when a trigger has nothing to go on, and when self-healing is off', async () => {
    const res = await ask(draft({ actions: [{ id: 'n', type: 'notify', trigger: { customCondition: 'errorRate > 0.1', anomalyTypes: ['spike'] } }] }));
    const [n] = (res.body as HealingPreview).actions;
    expect(ok(n).notes).toEqual(['No spike anomaly was recorded in this range.', 'errorRate: no error-rate metric from this plugin, so comparisons on it are unknown.']);
    const off = await ask(draft({ enabled: false }));
    expect(off.body.enabled).toBe(false);
    expect((off.body as HealingPreview).actions.every((a) => ok(a).proposals === 0 && ok(a).holdSteps === 0)).toBe(true);
  });
});
