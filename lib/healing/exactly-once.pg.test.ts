// Exactly once, against a real PostgreSQL (bash scripts/with-postgres.sh npx vitest run
// --config vitest.postgres.config.ts lib/healing): simultaneous approvals, simultaneous claims,
// two console processes draining one queue, and an executor killed mid-run.
import { allowLoopbackEgress } from '@/lib/egress/testing/allow-loopback';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { auditEvent, healingProposal } from '../db/schema';
import { decideProposal } from './decide-proposal';
import { claimProposal } from './claim-proposal';
import { reapStaleClaims } from './reap-stale-claims';
import { runExecutors } from './run-executors';
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook, webhookKey } from './webhook-signature';
import { createPgDatabase } from '../testing/pg-database';
import { insertProposal, pluginWithHealing, testReason } from './testing/fixtures';

const adminUrl = process.env.TEST_DATABASE_URL;
const ROOT = path.resolve(import.meta.dirname, '../..');
const approvers = Array.from({ length: 8 }, (_, i) => ({ kind: 'user' as const, id: `u${i}`, name: `A${i}`, email: `a${i}@test.local`, role: 'approver' as const }));

interface Receiver {
  server: Server;
  url: string;
  deliveries: Map<string, number>;
  maxInFlightPerPlugin: number;
  invalid: number;
}

/** Counts deliveries per proposal; `hang` makes it never answer (a stuck downstream). */
function startReceiver(opts: { delayMs?: number; hang?: boolean } = {}): Promise<Receiver> {
  const key = webhookKey();
  const inFlight = new Map<string, number>();
  const rx: Receiver = { server: undefined as unknown as Server, url: '', deliveries: new Map(), maxInFlightPerPlugin: 0, invalid: 0 };
  rx.server = createServer(async (req, res) => {
    let body = '';
    // A sender killed mid-request (the last test does that) must not become an unhandled error here.
    req.on('error', () => undefined);
    try {
      for await (const chunk of req) body += chunk;
    } catch {
      return;
    }
    if (!verifyWebhook(body, req.headers[TIMESTAMP_HEADER] as string, req.headers[SIGNATURE_HEADER] as string, key)) rx.invalid++;
    const id = req.headers[DELIVERY_HEADER] as string;
    let plugin: string;
    try {
      plugin = JSON.parse(body).pluginId as string;
    } catch {
      rx.invalid++;
      res.writeHead(400).end();
      return;
    }
    rx.deliveries.set(id, (rx.deliveries.get(id) ?? 0) + 1);
    if (opts.hang) return;
    inFlight.set(plugin, (inFlight.get(plugin) ?? 0) + 1);
    rx.maxInFlightPerPlugin = Math.max(rx.maxInFlightPerPlugin, inFlight.get(plugin)!);
    setTimeout(() => {
      inFlight.set(plugin, inFlight.get(plugin)! - 1);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"success":true}');
    }, opts.delayMs ?? 0);
  });
  return new Promise((resolve) =>
    rx.server.listen(0, '127.0.0.1', () => {
      rx.url = `http://127.0.0.1:${(rx.server.address() as AddressInfo).port}/heal`;
      resolve(rx);
    }),
  );
}

function executorProcess(url: string, claimer: string): { child: ChildProcess; done: Promise<{ code: number | null; out: string; err: string }> } {
  const child = spawn('npx', ['tsx', 'lib/healing/testing/executor-process.ts', url, claimer], { cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  return { child, done: new Promise((resolve) => child.on('exit', (code) => resolve({ code, out, err }))) };
}

// These tests talk to real servers on 127.0.0.1, which the egress policy refuses unless allowed.
allowLoopbackEgress();

describe.skipIf(!adminUrl)('exactly once on PostgreSQL', () => {
  let db: Db;
  let url: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const created = await createPgDatabase(adminUrl!);
    ({ url, drop } = created);
    db = created.handle.db;
    for (let i = 0; i < 4; i++) await pluginWithHealing(db, `p${i}`, { maxConcurrentHealing: 1, actions: [{ id: 'r', type: 'restart', trigger: { healthStatus: ['failed'] } }] });
  }, 60_000);

  afterAll(async () => {
    await drop?.();
  });

  it('lets one of eight simultaneous approvals through', async () => {
    const p = await insertProposal(db, { pluginId: 'p0', status: 'pending', decidedAt: null, decidedBy: null });
    const results = await Promise.allSettled(approvers.map((a) => decideProposal(db, a, p.id, 'approve', 'go')));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.status)).toEqual(Array(7).fill(409));
    const audits = await db.select().from(auditEvent).where(eq(auditEvent.afterRef, `healing:${p.id}`));
    expect(audits).toHaveLength(1);
    await db.update(healingProposal).set({ status: 'rejected' }).where(eq(healingProposal.id, p.id));
  });

  it('hands each approved action to one of many simultaneous claimers, one per plugin at a time', async () => {
    const ids = [];
    for (let i = 0; i < 4; i++) for (let j = 0; j < 2; j++) ids.push((await insertProposal(db, { pluginId: `p${i}`, executor: 'webhook' })).id);
    const claims = await Promise.all(Array.from({ length: 10 }, (_, k) => claimProposal(db, { executors: ['webhook'], claimer: `c${k}` })));
    const got = claims.filter((c) => c !== null);
    // Four plugins, maxConcurrentHealing 1: four claims, each a different plugin.
    expect(got).toHaveLength(4);
    expect(new Set(got.map((c) => c!.pluginId)).size).toBe(4);
    await db.update(healingProposal).set({ status: 'succeeded' }).where(inArray(healingProposal.id, ids));
  });

  it('runs every action once when two console processes drain the queue together', async () => {
    const rx = await startReceiver({ delayMs: 30 });
    try {
      const ids: string[] = [];
      for (let n = 0; n < 24; n++) {
        ids.push((await insertProposal(db, { pluginId: `p${n % 4}`, executor: 'webhook', parameters: { webhookUrl: rx.url }, priority: 1 + (n % 5) })).id);
      }
      const a = executorProcess(url, 'process:A');
      const b = executorProcess(url, 'process:B');
      const [ra, rb] = await Promise.all([a.done, b.done]);
      expect(ra.code, ra.err).toBe(0);
      expect(rb.code, rb.err).toBe(0);
      const ranA = JSON.parse(ra.out.trim().split('\n').pop()!).ran as number;
      const ranB = JSON.parse(rb.out.trim().split('\n').pop()!).ran as number;
      expect(ranA + ranB).toBe(24);
      expect([...rx.deliveries.values()]).toEqual(Array(24).fill(1));
      expect(new Set(rx.deliveries.keys())).toEqual(new Set(ids));
      expect(rx.invalid).toBe(0);
      expect(rx.maxInFlightPerPlugin).toBe(1);
      const rows = await db.select().from(healingProposal).where(inArray(healingProposal.id, ids));
      expect(rows.every((r) => r.status === 'succeeded')).toBe(true);
      expect(new Set(rows.map((r) => r.claimedBy))).toEqual(new Set(['process:A', 'process:B'].filter((c) => (c === 'process:A' ? ranA : ranB) > 0)));
    } finally {
      rx.server.close();
    }
  }, 120_000);

  it('reports an action whose executor was killed mid-run as "outcome unknown" and never re-runs it', async () => {
    const rx = await startReceiver({ hang: true });
    try {
      const p = await insertProposal(db, { pluginId: 'p1', executor: 'webhook', parameters: { webhookUrl: rx.url }, reason: testReason({ timeoutSeconds: 600 }) });
      const { child, done } = executorProcess(url, 'process:doomed');
      const deadline = Date.now() + 60_000;
      while (!rx.deliveries.has(p.id) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(rx.deliveries.get(p.id)).toBe(1);
      // npx → tsx → node: kill the whole group so nothing of the executor survives.
      process.kill(-child.pid!, 'SIGKILL');
      await done;
      const [running] = await db.select().from(healingProposal).where(eq(healingProposal.id, p.id));
      expect(running).toMatchObject({ status: 'running', claimedBy: 'process:doomed' });
      // Another process meanwhile finds nothing to do: the claim still stands.
      expect(await runExecutors(db, { claimer: 'process:survivor' })).toEqual([]);
      expect(await reapStaleClaims(db, running.claimExpiresAt!.getTime() + 1)).toEqual([p.id]);
      expect(await runExecutors(db, { claimer: 'process:survivor' })).toEqual([]);
      const [after] = await db.select().from(healingProposal).where(eq(healingProposal.id, p.id));
      expect(after.status).toBe('unknown');
      expect(rx.deliveries.get(p.id)).toBe(1);
    } finally {
      rx.server.closeAllConnections();
      rx.server.close();
    }
  }, 120_000);
});
