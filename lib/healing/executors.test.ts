// The executors: the signed webhook (against a real local receiver that checks the signature),
// the demo fleet's own executor, and the agent pull API with its token scope.
import { allowLoopbackEgress } from '@/lib/egress/testing/allow-loopback';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb, type Db } from '../db/client';
import { demoState, healingProposal, pluginEvent } from '../db/schema';
import { useTestDb } from '../testing/test-db';
import { call, userWithRole } from '../testing/http';
import { systemActor } from '../auth/actor';
import { createToken } from '../tokens/create-token';
import { historyState } from '../demo/fleet';
import * as claimRoute from '@/app/api/v1/agent/actions/claim/route';
import * as resultRoute from '@/app/api/v1/agent/actions/[actionId]/result/route';
import * as approveRoute from '@/app/api/v1/healing/proposals/[proposalId]/approve/route';
import * as rejectRoute from '@/app/api/v1/healing/proposals/[proposalId]/reject/route';
import { runExecutors } from './run-executors';
import { runWebhook } from './executors/webhook-executor';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER, verifyWebhook, webhookKey } from './webhook-signature';
import { insertProposal, pluginWithHealing, testReason } from './testing/fixtures';

useTestDb();

interface Received {
  body: string;
  valid: boolean;
  delivery: string | undefined;
}

/** A receiver as the README tells people to write one: verify, then act. */
function startReceiver(key: Buffer, script: number[]): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const valid = verifyWebhook(body, req.headers[TIMESTAMP_HEADER] as string, req.headers[SIGNATURE_HEADER] as string, key);
    received.push({ body, valid, delivery: req.headers[DELIVERY_HEADER] as string | undefined });
    const status = valid ? (script[received.length - 1] ?? 200) : 401;
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(status === 200 ? { success: true, message: 'restarted 3 pods' } : { error: 'nope' }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/heal`, received })));
}

// These tests talk to real servers on 127.0.0.1, which the egress policy refuses unless allowed.
allowLoopbackEgress();

describe('webhook signature', () => {
  const key = webhookKey(Buffer.alloc(32, 7));

  it('verifies what it signed and nothing else', () => {
    const ts = Math.floor(Date.now() / 1000);
    const sig = signWebhook('{"a":1}', ts, key);
    expect(sig).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyWebhook('{"a":1}', String(ts), sig, key)).toBe(true);
    expect(verifyWebhook('{"a":2}', String(ts), sig, key)).toBe(false);
    expect(verifyWebhook('{"a":1}', String(ts + 1), sig, key)).toBe(false);
    expect(verifyWebhook('{"a":1}', String(ts), sig, webhookKey(Buffer.alloc(32, 8)))).toBe(false);
    expect(verifyWebhook('{"a":1}', null, sig, key)).toBe(false);
  });

  it('refuses a replayed request older than five minutes', () => {
    const old = Math.floor(Date.now() / 1000) - 301;
    expect(verifyWebhook('{}', String(old), signWebhook('{}', old, key), key)).toBe(false);
  });

  it('derives a stable key per installation secret', () => {
    expect(webhookKey(Buffer.alloc(32, 7)).equals(key)).toBe(true);
    expect(key).toHaveLength(32);
  });
});

describe('webhook executor', () => {
  let db: Db;
  const key = webhookKey();
  beforeAll(async () => {
    db = await getDb();
    await userWithRole('viewer');
    await pluginWithHealing(db, 'hooked', { actions: [{ id: 'r', type: 'restart', trigger: { healthStatus: ['failed'] } }] });
  });

  it('delivers a signed POST, retrying a 503 with backoff, and records success', async () => {
    const rx = await startReceiver(key, [503, 200]);
    try {
      const p = await insertProposal(db, { pluginId: 'hooked', executor: 'webhook', parameters: { webhookUrl: rx.url, replicas: 3 } });
      const ran = await runExecutors(db, { claimer: 'process:t', webhook: { baseBackoffMs: 10 } });
      expect(ran.map((r) => [r.id, r.status])).toEqual([[p.id, 'succeeded']]);
      expect(rx.received).toHaveLength(2);
      expect(rx.received.every((r) => r.valid && r.delivery === p.id)).toBe(true);
      const sent = JSON.parse(rx.received[0].body);
      expect(sent).toMatchObject({ id: p.id, pluginId: 'hooked', type: 'restart', parameters: { replicas: 3 } });
      expect(sent.parameters.webhookUrl).toBeUndefined();
      expect(ran[0].outcome).toMatchObject({ success: true, message: 'restarted 3 pods', details: { attempts: 2 } });
    } finally {
      rx.server.close();
    }
  });

  it('does not retry a 4xx answer, and fails once the timeout is spent', async () => {
    const rx = await startReceiver(Buffer.alloc(32, 1), []); // wrong key: the receiver answers 401
    try {
      const p = await insertProposal(db, { pluginId: 'hooked', executor: 'webhook', parameters: { webhookUrl: rx.url } });
      const outcome = await runWebhook(p, { baseBackoffMs: 10 });
      expect(outcome).toMatchObject({ success: false, details: { status: 401, attempts: 1 } });
      expect(rx.received).toHaveLength(1);
    } finally {
      rx.server.close();
    }
    const dead = await insertProposal(db, { pluginId: 'hooked', executor: 'webhook', parameters: { webhookUrl: 'http://127.0.0.1:9/none' }, reason: testReason({ timeoutSeconds: 1 }) });
    const outcome = await runWebhook(dead, { baseBackoffMs: 300 });
    expect(outcome.success).toBe(false);
    expect(outcome.message).toMatch(/Delivery failed|did not answer/);
  });

  it('does not deliver to an address the egress policy refuses, and does not retry it', async () => {
    let slept = 0;
    const p = await insertProposal(db, { pluginId: 'hooked', executor: 'webhook', parameters: { webhookUrl: 'http://169.254.169.254/latest/meta-data' } });
    const outcome = await runWebhook(p, { sleep: async () => void slept++ });
    expect(outcome).toMatchObject({ success: false, message: expect.stringContaining('blocked by the egress policy'), details: { attempts: 1 } });
    expect(slept).toBe(0);
  });
});

describe('demo executor', () => {
  it('restarts the simulated plugin inside the stored state and stores its events', async () => {
    const db = await getDb();
    await pluginWithHealing(db, 'checkout-api', { actions: [{ id: 'restart', type: 'restart', trigger: { healthStatus: ['failed'] } }] }, { demo: true });
    const end = Math.floor(Date.now() / 10_000) * 10_000;
    const state = historyState({ now: end, seed: 1, days: 1 });
    await db.insert(demoState).values({ id: 'fleet', seed: 1, historyFrom: new Date(end - 86_400_000), historyTo: new Date(end), seededAt: new Date(), state, groundTruth: [] });
    const p = await insertProposal(db, { pluginId: 'checkout-api', executor: 'demo', actionType: 'restart' });
    const [ran] = await runExecutors(db, { claimer: 'process:t', executors: ['demo'] });
    expect(ran).toMatchObject({ id: p.id, status: 'succeeded' });
    expect((ran.outcome as { message: string }).message).toMatch(/^Restarted \d+ instances/);
    const [row] = await db.select().from(demoState).where(eq(demoState.id, 'fleet'));
    const plugin = (row.state as typeof state).plugins['checkout-api'];
    expect(plugin.leaked).toBe(0);
    expect(plugin.startedAt).toBeGreaterThanOrEqual(end);
    const events = await db.select().from(pluginEvent).where(eq(pluginEvent.pluginId, 'checkout-api'));
    expect(events.map((e) => e.kind)).toContain('restart');
  });
});

describe('agent pull API', () => {
  let db: Db;
  let agentToken: string;
  let otherAgent: string;
  let readToken: string;
  beforeAll(async () => {
    db = await getDb();
    await pluginWithHealing(db, 'fenced', { actions: [{ id: 'r', type: 'restart', trigger: { healthStatus: ['failed'] } }] });
    agentToken = (await createToken(db, systemActor(), { name: 'agent', scopes: ['actions:execute'] })).token;
    otherAgent = (await createToken(db, systemActor(), { name: 'agent 2', scopes: ['actions:execute'] })).token;
    readToken = (await createToken(db, systemActor(), { name: 'reader', scopes: ['read', 'metrics:write'] })).token;
  });

  it('answers 403 to a token without actions:execute', async () => {
    const p = await insertProposal(db, { pluginId: 'fenced', executor: 'agent' });
    const claim = await call(claimRoute.POST, { method: 'POST', token: readToken, body: {} });
    expect(claim.status).toBe(403);
    expect(claim.body.error.message).toMatch(/actions:execute/);
    const result = await call(resultRoute.POST, { method: 'POST', token: readToken, params: { actionId: p.id }, body: { success: true, message: 'x' } });
    expect(result.status).toBe(403);
    await db.update(healingProposal).set({ status: 'rejected' }).where(eq(healingProposal.id, p.id));
  });

  it('hands an approved action to one agent, which reports the outcome', async () => {
    const p = await insertProposal(db, { pluginId: 'fenced', executor: 'agent', parameters: { replicas: 2 } });
    const first = await call(claimRoute.POST, { method: 'POST', token: agentToken, body: { pluginIds: ['fenced'] } });
    expect(first.status).toBe(200);
    expect(first.body.actions).toHaveLength(1);
    expect(first.body.actions[0]).toMatchObject({ id: p.id, type: 'restart', parameters: { replicas: 2 }, claimExpiresAt: expect.any(String) });
    expect((await call(claimRoute.POST, { method: 'POST', token: otherAgent, body: {} })).body.actions).toEqual([]);
    const wrong = await call(resultRoute.POST, { method: 'POST', token: otherAgent, params: { actionId: p.id }, body: { success: true, message: 'mine?' } });
    expect(wrong.status).toBe(409);
    const bad = await call(resultRoute.POST, { method: 'POST', token: agentToken, params: { actionId: p.id }, body: { success: true } });
    expect(bad.status).toBe(400);
    const ok = await call(resultRoute.POST, { method: 'POST', token: agentToken, params: { actionId: p.id }, body: { success: true, message: 'Restarted 2 pods' } });
    expect(ok.body).toEqual({ id: p.id, status: 'succeeded', late: false });
  });
});

describe('approval API', () => {
  it('needs the approver role, and a comment to reject', async () => {
    const db = await getDb();
    const operator = (await userWithRole('operator')).cookie;
    const approver = (await userWithRole('approver')).cookie;
    const p = await insertProposal(db, { pluginId: 'fenced', status: 'pending', decidedAt: null, decidedBy: null });
    expect((await call(approveRoute.POST, { method: 'POST', cookie: operator, params: { proposalId: p.id }, body: {} })).status).toBe(403);
    const noComment = await call(rejectRoute.POST, { method: 'POST', cookie: approver, params: { proposalId: p.id }, body: { comment: ' ' } });
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.issues).toEqual([{ path: 'comment', message: 'Say why the action should not run' }]);
    const ok = await call(approveRoute.POST, { method: 'POST', cookie: approver, params: { proposalId: p.id } });
    expect(ok.status).toBe(200);
    expect(ok.body.proposal.status).toBe('approved');
    expect((await call(approveRoute.POST, { method: 'POST', cookie: approver, params: { proposalId: p.id } })).status).toBe(409);
  });
});

afterAll(() => undefined);
