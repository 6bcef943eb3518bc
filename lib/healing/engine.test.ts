// The engine end to end on the embedded database: triggers to proposals, expiry, cooldown,
// approval, the executors' claims, lost claims and learning.
import { describe, expect, it, beforeAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb, type Db } from '../db/client';
import { auditEvent, healingOutcome, healingProposal } from '../db/schema';
import { useTestDb } from '../testing/test-db';
import { userWithRole } from '../testing/http';
import { systemActor } from '../auth/actor';
import { ApiError } from '../errors';
import { runHealingEngine } from './run-healing-engine';
import { decideProposal } from './decide-proposal';
import { claimProposal } from './claim-proposal';
import { finishProposal } from './finish-proposal';
import { reapStaleClaims } from './reap-stale-claims';
import { listProposals } from './list-proposals';
import { countPending } from './count-pending';
import { addPoints, insertProposal, MAX_HEAP, pluginWithHealing } from './testing/fixtures';
import type { ProposalReason } from './types';

useTestDb();

const approver = { kind: 'user' as const, id: 'u1', name: 'Ann', email: 'ann@test.local', role: 'approver' as const };
const approver2 = { ...approver, id: 'u2', name: 'Bob', email: 'bob@test.local' };
const heap = (pct: number) => (pct / 100) * MAX_HEAP;

describe('healing engine', () => {
  let db: Db;
  const now = Date.now();
  let plugins = 0;

  /** A plugin of its own for each test: the same leak-watching actions, no history yet. */
  async function leakyPlugin(): Promise<string> {
    const id = `leaky-${++plugins}`;
    await pluginWithHealing(db, id, {
      strategy: 'moderate',
      learning: {},
      actions: [
        {
          id: 'restart-on-leak',
          type: 'restart',
          trigger: { customCondition: 'heapUsedPercent > 85 FOR 5m' },
          requireApproval: true,
          timeout: 120,
          cooldown: 60,
          priority: 1,
        },
        { id: 'notify-on-leak', type: 'notify', trigger: { customCondition: 'heapUsedPercent > 80' }, timeout: 120, cooldown: 3600, priority: 4 },
      ],
    });
    return id;
  }

  /** The heap above 85 % for 3 min 10 s: the engine runs then (the notify holds at once). */
  async function leakNotYetLongEnough(id: string) {
    const at = now - 5 * 60_000 + 110_000;
    await addPoints(db, id, 'memory-usage', Array(12).fill(heap(90)), at);
    return runHealingEngine(db, { now: at, demoMode: false, pluginId: id });
  }

  /** The heap above 85 % from five minutes before `now` to `now`, the engine run at both ends. */
  async function leakForFiveMinutes(id: string) {
    await leakNotYetLongEnough(id);
    await addPoints(db, id, 'memory-usage', Array(20).fill(heap(91)), now);
    return runHealingEngine(db, { now, demoMode: false, pluginId: id });
  }

  /** An approved webhook action claimed and finished with the given success. */
  async function finishedAction(id: string, actionId: string, success: boolean) {
    await insertProposal(db, { pluginId: id, actionId, executor: 'webhook' });
    const claimed = await claimProposal(db, { executors: ['webhook'], claimer: 'process:a', pluginIds: [id] });
    expect(claimed?.actionId).toBe(actionId);
    await finishProposal(db, systemActor(), claimed!.id, 'process:a', { success, executor: 'webhook', message: success ? 'ok' : 'boom' });
  }

  beforeAll(async () => {
    db = await getDb();
    await userWithRole('viewer'); // the auth tables exist before audit events refer to users
  });

  it('proposes nothing while the condition has not held long enough', async () => {
    const { created } = await leakNotYetLongEnough(await leakyPlugin());
    // The notify has no FOR: it holds at once and the moderate strategy approves it itself.
    expect(created.map((c) => [c.actionId, c.status, c.requiresApproval, c.decidedBy])).toEqual([['notify-on-leak', 'approved', false, 'healing-engine']]);
  });

  it('proposes the restart once the heap stayed above 85 % for five minutes, and only once', async () => {
    const id = await leakyPlugin();
    const pendingBefore = await countPending(db, now);
    const { created } = await leakForFiveMinutes(id);
    expect(created).toHaveLength(1);
    const [p] = created;
    expect(p).toMatchObject({
      pluginId: id,
      actionId: 'restart-on-leak',
      status: 'pending',
      requiresApproval: true,
      executor: 'agent',
      attempt: 1,
      priority: 1,
    });
    const reason = p.reason as ProposalReason;
    expect(reason.metric).toBe('memory-usage');
    expect(reason.matches[0]).toMatchObject({ kind: 'customCondition', expression: 'heapUsedPercent > 85 FOR 5m' });
    expect(reason.matches[0].text).toMatch(/^heapUsedPercent is 91 \(> 85\) for \d+ min/);
    expect(p.expiresAt.getTime() - p.createdAt.getTime()).toBe(120_000);
    expect(await countPending(db, now)).toBe(pendingBefore + 1);
    expect((await runHealingEngine(db, { now: now + 1000, demoMode: false, pluginId: id })).created).toHaveLength(0);
  });

  it('expires an undecided proposal after the action timeout, then waits out the cooldown', async () => {
    const id = await leakyPlugin();
    const { created } = await leakForFiveMinutes(id);
    expect(created.map((c) => [c.actionId, c.status])).toEqual([['restart-on-leak', 'pending']]);
    const later = now + 121_000;
    await addPoints(db, id, 'memory-usage', Array(13).fill(heap(92)), later);
    const r = await runHealingEngine(db, { now: later, demoMode: false, pluginId: id });
    expect(r.expired).toBeGreaterThanOrEqual(1);
    expect(r.created.filter((c) => c.actionId === 'restart-on-leak')).toHaveLength(0); // cooldown 60 s from the expiry
    const expired = await listProposals(db, { pluginId: id, status: ['expired'] });
    // The auto-approved notify expired too: no agent claimed it within its timeout.
    expect(expired.map((e) => e.actionId).sort()).toEqual(['notify-on-leak', 'restart-on-leak']);
    const after = now + 181_000;
    await addPoints(db, id, 'memory-usage', Array(6).fill(heap(92)), after);
    const again = await runHealingEngine(db, { now: after, demoMode: false, pluginId: id });
    expect(again.created.map((c) => [c.actionId, c.attempt])).toContainEqual(['restart-on-leak', 1]);
  });

  it('lets exactly one of two simultaneous approvals through, and audits it', async () => {
    const id = await leakyPlugin();
    const p = await insertProposal(db, { pluginId: id, status: 'pending', actionId: 'restart-on-leak', decidedBy: null, decidedAt: null });
    const results = await Promise.allSettled([decideProposal(db, approver, p.id, 'approve', 'go'), decideProposal(db, approver2, p.id, 'approve', 'go')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ApiError);
    expect((lost.reason as ApiError).status).toBe(409);
    expect((lost.reason as ApiError).message).toMatch(/already approved by (ann|bob)@test.local/);
    const audits = await db
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.afterRef, `healing:${p.id}`));
    expect(audits.map((a) => a.kind)).toEqual(['healing.approve']);
  });

  it('refuses a rejection without a comment', async () => {
    const p = await insertProposal(db, { pluginId: await leakyPlugin(), status: 'pending', actionId: 'x-reject' });
    await expect(decideProposal(db, approver, p.id, 'reject', '  ')).rejects.toMatchObject({ status: 400 });
    const r = await decideProposal(db, approver, p.id, 'reject', 'Not during the sale');
    expect(r).toMatchObject({ status: 'rejected', decisionComment: 'Not during the sale', decidedBy: 'ann@test.local' });
  });

  it('runs at most maxConcurrentHealing actions of a plugin at once, best priority first', async () => {
    const id = await leakyPlugin();
    const low = await insertProposal(db, { pluginId: id, priority: 7, executor: 'webhook' });
    const high = await insertProposal(db, { pluginId: id, priority: 2, executor: 'webhook' });
    const mine = { executors: ['webhook' as const], pluginIds: [id] };
    const first = await claimProposal(db, { ...mine, claimer: 'process:a' });
    expect(first?.id).toBe(high.id);
    expect(await claimProposal(db, { ...mine, claimer: 'process:b' })).toBeNull();
    await finishProposal(db, systemActor(), high.id, 'process:a', { success: true, executor: 'webhook', message: 'ok' });
    expect((await claimProposal(db, { ...mine, claimer: 'process:b' }))?.id).toBe(low.id);
    // Only the claimer may report.
    expect(await finishProposal(db, systemActor(), low.id, 'process:a', { success: true, executor: 'webhook', message: 'not mine' })).toBeNull();
    expect((await finishProposal(db, systemActor(), low.id, 'process:b', { success: false, executor: 'webhook', message: 'boom' }))?.status).toBe('failed');
  });

  it('records outcomes per action and trigger and shows the success rate', async () => {
    const id = await leakyPlugin();
    await finishedAction(id, 'works', true);
    await finishedAction(id, 'breaks', false);
    const rows = await db.select().from(healingOutcome).where(eq(healingOutcome.pluginId, id));
    expect(rows.map((r) => [r.actionId, r.triggerKey, r.success]).sort()).toEqual([
      ['breaks', 'healthStatus', false],
      ['works', 'healthStatus', true],
    ]);
    for (const [actionId, successRate] of [
      ['works', { successes: 1, total: 1 }],
      ['breaks', { successes: 0, total: 1 }],
    ] as const) {
      const p = await insertProposal(db, { pluginId: id, status: 'pending', actionId });
      const [view] = (await listProposals(db, { pluginId: id, status: ['pending'] })).filter((v) => v.id === p.id);
      expect(view.successRate).toEqual(successRate);
    }
  });

  it('marks a claim that outlived its deadline "outcome unknown" and never hands it out again', async () => {
    const id = await leakyPlugin();
    const mine = { executors: ['webhook' as const], pluginIds: [id] };
    const p = await insertProposal(db, { pluginId: id, executor: 'webhook', reason: { ...(await insertReason()), timeoutSeconds: 1 } });
    const claimed = await claimProposal(db, { ...mine, claimer: 'process:dead', graceMs: 0 });
    expect(claimed?.id).toBe(p.id);
    expect(await reapStaleClaims(db, Date.now() + 500)).not.toContain(p.id);
    expect(await reapStaleClaims(db, Date.now() + 1500)).toContain(p.id);
    const [row] = await db.select().from(healingProposal).where(eq(healingProposal.id, p.id));
    expect(row.status).toBe('unknown');
    expect((row.outcome as { message: string }).message).toMatch(/did not report before its claim expired; the action was not run again/);
    expect(await claimProposal(db, { ...mine, claimer: 'process:other' })).toBeNull();
    // A late result is kept, marked late, and does not run anything.
    const late = await finishProposal(db, systemActor(), p.id, 'process:dead', { success: true, executor: 'webhook', message: 'done after all' });
    expect(late?.status).toBe('succeeded');
    expect((late?.outcome as { late?: boolean } | undefined)?.late).toBe(true);
  });

  it('stops everything when self-healing is disabled', async () => {
    await pluginWithHealing(db, 'off', { enabled: false, actions: [{ id: 'n', type: 'notify', trigger: { customCondition: 'heapUsedPercent > 1' } }] });
    await addPoints(db, 'off', 'memory-usage', [heap(50)], now);
    expect((await runHealingEngine(db, { now, demoMode: false, pluginId: 'off' })).created).toEqual([]);
  });
});

async function insertReason(): Promise<ProposalReason> {
  const { testReason } = await import('./testing/fixtures');
  return testReason();
}
