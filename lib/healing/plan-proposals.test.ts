import { describe, expect, it } from 'vitest';
import { SelfHealingConfigSchema, type SelfHealingConfigInput } from '@/schemas';
import { approvalFor } from './action-policy';
import type { TriggerEvaluation } from './evaluate-trigger';
import { planProposals } from './plan-proposals';
import { EPISODE_QUIET_MS, nextStreak, summarizeHistory, type ActionHistory, type HistoryRow, type OutcomeRow } from './summarize-history';

const NOW = 1_700_000_000_000;
const holds: TriggerEvaluation = { holds: true, matches: [], triggerKey: 'customCondition', metric: null };
const quiet: TriggerEvaluation = { holds: false, matches: [], triggerKey: '', metric: null };
const trigger = { customCondition: 'x > 1' };

function config(over: Partial<SelfHealingConfigInput> = {}) {
  return SelfHealingConfigSchema.parse({
    actions: [
      { id: 'restart', type: 'restart', trigger, priority: 3 },
      { id: 'notify', type: 'notify', trigger, priority: 1 },
      { id: 'rollback', type: 'rollback', trigger, priority: 2 },
    ],
    learning: {},
    ...over,
  });
}
const all = (ids: string[], e = holds) => new Map(ids.map((id) => [id, e]));
const fresh = (): ActionHistory => ({ live: false, lastEndedAt: null, attempts: 0, lastExecutedAt: null, outcomesByTrigger: new Map() });

describe('planProposals', () => {
  it('proposes each action whose trigger holds, lowest priority number first', () => {
    const plan = planProposals(config(), all(['restart', 'notify', 'rollback']), new Map(), NOW);
    expect(plan.proposals.map((p) => [p.action.id, p.priority])).toEqual([
      ['notify', 1],
      ['rollback', 2],
      ['restart', 3],
    ]);
    expect(planProposals(config(), new Map([['restart', quiet]]), new Map(), NOW).proposals).toEqual([]);
  });

  it('does nothing when self-healing is disabled', () => {
    expect(planProposals(config({ enabled: false }), all(['restart', 'notify']), new Map(), NOW).proposals).toEqual([]);
  });

  it('keeps one live proposal per action', () => {
    const plan = planProposals(config(), all(['restart']), new Map([['restart', { ...fresh(), live: true }]]), NOW);
    expect(plan.proposals).toEqual([]);
    expect(plan.skipped[0].reason).toMatch(/already waiting or running/);
  });

  it('waits out the cooldown after the last proposal ended', () => {
    const cfg = config({ actions: [{ id: 'restart', type: 'restart', trigger, cooldown: 120 }] });
    const at = (msAgo: number) => new Map([['restart', { ...fresh(), lastEndedAt: NOW - msAgo }]]);
    expect(planProposals(cfg, all(['restart']), at(119_000), NOW).proposals).toHaveLength(0);
    expect(planProposals(cfg, all(['restart']), at(119_000), NOW).skipped[0].reason).toMatch(/cooling down/);
    expect(planProposals(cfg, all(['restart']), at(120_000), NOW).proposals).toHaveLength(1);
  });

  it('stops at maxAttempts per episode and numbers the attempts', () => {
    const cfg = config({ actions: [{ id: 'restart', type: 'restart', trigger, maxAttempts: 2 }] });
    const triedBefore = (attempts: number) => new Map([['restart', { ...fresh(), attempts }]]);
    expect(planProposals(cfg, all(['restart']), triedBefore(1), NOW).proposals[0].attempt).toBe(2);
    const plan = planProposals(cfg, all(['restart']), triedBefore(2), NOW);
    expect(plan.proposals).toHaveLength(0);
    expect(plan.skipped[0].reason).toMatch(/maxAttempts \(2\)/);
  });

  it.each([
    ['conservative', ['notify', 'clear-cache']],
    ['moderate', ['notify', 'clear-cache', 'restart', 'scale']],
    ['aggressive', ['notify', 'clear-cache', 'restart', 'scale', 'rollback', 'adjust-config', 'execute-script']],
  ] as const)('the %s strategy runs %o without approval', (strategy, auto) => {
    const types = ['restart', 'scale', 'rollback', 'clear-cache', 'adjust-config', 'execute-script', 'notify'] as const;
    for (const type of types) {
      expect(approvalFor({ type, requireApproval: false }, strategy).requiresApproval, `${strategy} ${type}`).toBe(!(auto as readonly string[]).includes(type));
      expect(approvalFor({ type, requireApproval: true }, strategy).requiresApproval, `${strategy} ${type} requireApproval`).toBe(true);
    }
  });

  it('records why an action needs approval or was approved by the engine', () => {
    const plan = planProposals(config({ strategy: 'conservative' }), all(['restart', 'notify']), new Map(), NOW);
    const [notify, restart] = plan.proposals;
    expect(notify).toMatchObject({ requiresApproval: false, approval: expect.stringMatching(/^Approved by the healing engine/) });
    expect(restart).toMatchObject({ requiresApproval: true, approval: 'The conservative strategy runs only notify, clear-cache without approval' });
  });

  it('with the feedback loop, sinks an action that keeps failing below its alternatives', () => {
    const failing: ActionHistory = { ...fresh(), outcomesByTrigger: new Map([['customCondition', { total: 4, successes: 1, failureStreak: 3 }]]) };
    const plan = planProposals(config(), all(['notify', 'rollback']), new Map([['notify', failing]]), NOW);
    expect(plan.proposals.map((p) => [p.action.id, p.priority])).toEqual([
      ['rollback', 2],
      ['notify', 4],
    ]);
    expect(plan.proposals[1].feedback).toEqual({ basePriority: 1, penalty: 3, recentFailures: 3, recentTotal: 4 });
    // Without the loop the success rate is still known, but the priority stays.
    const noLoop = planProposals(config({ learning: { enabled: true, feedbackLoop: false } }), all(['notify']), new Map([['notify', failing]]), NOW);
    expect(noLoop.proposals[0]).toMatchObject({ priority: 1, feedback: null, stats: { total: 4, successes: 1 } });
  });
});

describe('summarizeHistory', () => {
  const row = (over: Partial<HistoryRow>): HistoryRow => ({ actionId: 'restart', status: 'succeeded', incidentId: null, createdAt: NOW - 60_000, decidedAt: null, finishedAt: null, expiresAt: NOW, ...over });

  it('counts attempts per incident, leaving out proposals that expired undecided', () => {
    const rows = [row({ incidentId: 7, status: 'failed' }), row({ incidentId: 7, status: 'rejected' }), row({ incidentId: 7, status: 'expired' }), row({ incidentId: 8, status: 'failed' })];
    expect(summarizeHistory('restart', rows, [], 7, NOW).attempts).toBe(2);
    expect(summarizeHistory('restart', rows, [], 9, NOW).attempts).toBe(0);
  });

  it('without an incident, counts attempts since the trigger started holding: successes do not reset it', () => {
    const MIN = 60_000;
    const rows = [
      row({ status: 'failed', createdAt: NOW - 3 * 3_600_000, finishedAt: NOW - 3 * 3_600_000 }),
      row({ status: 'succeeded', createdAt: NOW - 50 * MIN, finishedAt: NOW - 49 * MIN }),
      row({ status: 'succeeded', createdAt: NOW - 29 * MIN, finishedAt: NOW - 28 * MIN }),
      row({ status: 'failed', createdAt: NOW - 10 * MIN, finishedAt: NOW - 9 * MIN }),
      row({ status: 'expired', createdAt: NOW - 8 * MIN, expiresAt: NOW - 7 * MIN }), // not an attempt
    ];
    const h = summarizeHistory('restart', rows, [], null, NOW, NOW - 50 * MIN);
    expect(h.attempts).toBe(3);
    expect(h.lastExecutedAt).toBe(NOW - 9 * MIN);
    // The episode starts with the streak: a proposal made at its first pass counts, one before it does not.
    expect(summarizeHistory('restart', rows, [], null, NOW, NOW - 50 * MIN + 1).attempts).toBe(2);
    // A streak that began long ago counts a day back at most.
    const old = row({ status: 'failed', createdAt: NOW - 25 * 3_600_000, finishedAt: NOW - 25 * 3_600_000 });
    expect(summarizeHistory('restart', [...rows, old], [], null, NOW, 0).attempts).toBe(4);
  });

  it('keeps a trigger streak going across gaps up to EPISODE_QUIET_MS, and starts a new one after a longer one', () => {
    const s = nextStreak(null, 1000);
    expect(s).toEqual({ startedAt: 1000, lastHeldAt: 1000 });
    expect(nextStreak(s, 1000 + EPISODE_QUIET_MS)).toEqual({ startedAt: 1000, lastHeldAt: 1000 + EPISODE_QUIET_MS });
    expect(nextStreak(s, 1001 + EPISODE_QUIET_MS)).toEqual({ startedAt: 1001 + EPISODE_QUIET_MS, lastHeldAt: 1001 + EPISODE_QUIET_MS });
  });

  it('knows whether one is live and when the last one ended', () => {
    const rows = [row({ status: 'rejected', decidedAt: NOW - 5000 }), row({ status: 'failed', finishedAt: NOW - 9000 }), row({ actionId: 'other', status: 'pending' })];
    const h = summarizeHistory('restart', rows, [], null, NOW);
    expect(h).toMatchObject({ live: false, lastEndedAt: NOW - 5000 });
    expect(summarizeHistory('restart', [...rows, row({ status: 'running' })], [], null, NOW).live).toBe(true);
  });

  it('keeps success rates per trigger, newest first', () => {
    const o = (success: boolean, msAgo: number, triggerKey = 'customCondition'): OutcomeRow => ({ actionId: 'restart', triggerKey, success, at: NOW - msAgo });
    const h = summarizeHistory('restart', [], [o(true, 5000), o(false, 4000), o(false, 3000), o(true, 1000, 'healthStatus')], null, NOW);
    expect(h.outcomesByTrigger.get('customCondition')).toEqual({ total: 3, successes: 1, failureStreak: 2 });
    expect(h.outcomesByTrigger.get('healthStatus')).toEqual({ total: 1, successes: 1, failureStreak: 0 });
  });
});
