// Incident notifications: signed bodies a local receiver verifies, retries with backoff until
// the receiver answers, giving up after the last attempt, and channels that cannot send.
import { allowLoopbackEgress } from '@/lib/egress/testing/allow-loopback';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDb } from '../testing/test-db';
import { getDb } from '../db/client';
import { incident, notificationDelivery } from '../db/schema';
import { systemActor } from '../auth/actor';
import { createPlugin } from '../plugins/create-plugin';
import { freePort } from '../connectivity/testing/free-port';
import { enqueueNotifications } from './enqueue-notifications';
import { deliverDueNotifications } from './deliver-due-notifications';
import { SIGNATURE_HEADER, signPayload, verifySignature } from './sign-payload';
import { MAX_ATTEMPTS, retryDelayMs } from './retry-schedule';
import { channelTarget } from './channel-target';
import { ALERT_NAME, ZERO_TIME } from './alertmanager-payload';
import { saveDocument } from '../config-store/save-document';
import { resolveIncident } from '../aiops/incidents/resolve-incident';
import { respondToIncident } from '../aiops/incidents/respond-to-incident';

useTestDb();

const SECRET = 'whsec_test_8f2a';
interface Received {
  body: string;
  valid: boolean;
}
const received: Received[] = [];
/** Answers 500 to the first `failFirst` requests, then 204. */
let failFirst = 2;
let server: http.Server;
let url: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const valid = verifySignature(body, req.headers[SIGNATURE_HEADER] as string | undefined, SECRET);
      received.push({ body, valid });
      res.statusCode = !valid ? 401 : received.length <= failFirst ? 500 : 204;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/incidents?token=abc`;
  await createPlugin(await getDb(), systemActor(), { id: 'payments', name: 'Payments' });
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function newIncident() {
  const db = await getDb();
  const [row] = await db
    .insert(incident)
    .values({ pluginId: 'payments', severity: 'high', title: 'error-rate anomalous', startedAt: new Date(), lastAnomalyAt: new Date(), symptoms: [{ type: 'error-rate level-shift', description: 'up', severity: 'high', timestamp: new Date().toISOString() }] })
    .returning();
  return row;
}

// These tests talk to real servers on 127.0.0.1, which the egress policy refuses unless allowed.
allowLoopbackEgress();

describe('signing', () => {
  it('verifies its own signature, and refuses a changed body, another secret or an old timestamp', () => {
    const body = JSON.stringify({ a: 1 });
    const sig = signPayload(body, SECRET);
    expect(sig).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifySignature(body, sig, SECRET)).toBe(true);
    expect(verifySignature(body.replace('1', '2'), sig, SECRET)).toBe(false);
    expect(verifySignature(body, sig, 'other')).toBe(false);
    expect(verifySignature(body, signPayload(body, SECRET, Date.now() - 600_000), SECRET)).toBe(false);
    expect(verifySignature(body, 'garbage', SECRET)).toBe(false);
    expect(verifySignature(body, undefined, SECRET)).toBe(false);
  });

  it('backs off exponentially with jitter, capped at an hour', () => {
    expect(retryDelayMs(1, 0.5)).toBe(30_000);
    expect(retryDelayMs(2, 0.5)).toBe(60_000);
    expect(retryDelayMs(3, 0.5)).toBe(120_000);
    expect(retryDelayMs(20, 0.5)).toBe(3_600_000);
    expect(retryDelayMs(1, 0)).toBe(24_000);
    expect(retryDelayMs(1, 1)).toBe(36_000);
  });
});

describe('channels', () => {
  it('knows which channels can send, and why the others cannot', () => {
    expect(channelTarget('webhook', { url: 'https://hooks.example/x?token=secret' })).toMatchObject({ ok: false, reason: expect.stringMatching(/secret/) });
    expect(channelTarget('webhook', { url: 'ftp://x', secret: 's' })).toMatchObject({ ok: false });
    expect(channelTarget('webhook', { url: 'not a url', secret: 's' })).toMatchObject({ ok: false, reason: expect.stringMatching(/not a valid URL/) });
    expect(channelTarget('slack', {})).toMatchObject({ ok: false, reason: expect.stringMatching(/webhookUrl/) });
    expect(channelTarget('slack', { webhookUrl: 'https://hooks.slack.com/services/T0/B0/XYZ' })).toMatchObject({ ok: true, secret: null, display: 'https://hooks.slack.com/…' });
    expect(channelTarget('email', { to: 'ops@example.com' })).toMatchObject({ ok: false, reason: expect.stringMatching(/SMTP/) });
    expect(channelTarget('sms', { to: '+4912345' })).toMatchObject({ ok: false, reason: expect.stringMatching(/SMS/) });
  });
});

describe('delivery', () => {
  it('sends a signed body, retries with backoff while the receiver fails, then records it sent', async () => {
    const db = await getDb();
    const row = await newIncident();
    let now = Date.now();
    expect(await enqueueNotifications(db, row, [{ channel: 'webhook', config: { url, secret: SECRET } }, { channel: 'email', config: { to: 'ops@example.com' } }], now)).toBe(2);
    const deliveries = await db.select().from(notificationDelivery).where(eq(notificationDelivery.incidentId, row.id));
    expect(deliveries.map((d) => [d.channel, d.status, d.target])).toEqual([
      ['webhook', 'pending', expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/…$/)],
      ['email', 'not-configured', 'ops@example.com'],
    ]);
    // Neither the URL's token nor the secret is readable in the stored payload.
    expect(JSON.stringify(deliveries[0].payload)).not.toMatch(/token=abc|whsec/);

    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const counts = await deliverDueNotifications(db, { now });
      const [d] = await db.select().from(notificationDelivery).where(eq(notificationDelivery.id, deliveries[0].id));
      expect(d.attempts).toBe(attempt);
      if (attempt < 3) {
        expect(counts).toEqual({ sent: 0, retried: 1, failed: 0 });
        expect(d.lastError).toBe('The receiver answered 500 Internal Server Error');
        delays.push(d.nextAttemptAt!.getTime() - now);
        // Not due yet: a run before the next attempt sends nothing.
        expect(await deliverDueNotifications(db, { now: now + 1000 })).toEqual({ sent: 0, retried: 0, failed: 0 });
        now = d.nextAttemptAt!.getTime();
      } else {
        expect(counts).toEqual({ sent: 1, retried: 0, failed: 0 });
        expect(d.status).toBe('sent');
      }
    }
    expect(delays[1]).toBeGreaterThan(delays[0]);
    expect(received).toHaveLength(3);
    expect(received.every((r) => r.valid)).toBe(true);
    const body = JSON.parse(received[2].body);
    expect(body).toMatchObject({ type: 'incident.opened', incident: { id: row.id, pluginId: 'payments', severity: 'high', url: `http://localhost:3000/incidents/${row.id}` } });
  });

  it('gives up after the last attempt when nothing answers', async () => {
    const db = await getDb();
    const row = await newIncident();
    const closed = `http://127.0.0.1:${await freePort()}/hook`;
    let now = Date.now();
    await enqueueNotifications(db, row, [{ channel: 'slack', config: { webhookUrl: closed } }], now);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await deliverDueNotifications(db, { now, timeoutMs: 2000 });
      const [d] = await db.select().from(notificationDelivery).where(eq(notificationDelivery.incidentId, row.id));
      expect(d.attempts).toBe(i + 1);
      expect(d.lastError).toMatch(/Could not connect: ECONNREFUSED/);
      if (i < MAX_ATTEMPTS - 1) now = d.nextAttemptAt!.getTime();
      else expect(d).toMatchObject({ status: 'failed', nextAttemptAt: null });
    }
    expect(await deliverDueNotifications(db, { now: now + 86_400_000 })).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it('does not send to a target the egress policy refuses, and gives up at once', async () => {
    const db = await getDb();
    const row = await newIncident();
    const before = received.length;
    // 127.0.0.1 is allowed in this file; 10.0.0.1 and the metadata address are not.
    await enqueueNotifications(db, row, [
      { channel: 'webhook', config: { url: 'http://169.254.169.254/latest/meta-data', secret: SECRET } },
      { channel: 'slack', config: { webhookUrl: 'http://10.0.0.1/hook' } },
    ]);
    expect(await deliverDueNotifications(db)).toEqual({ sent: 0, retried: 0, failed: 2 });
    const rows = await db.select().from(notificationDelivery).where(eq(notificationDelivery.incidentId, row.id)).orderBy(notificationDelivery.channel);
    expect(rows.map((d) => [d.status, d.attempts, d.lastError])).toEqual([
      ['failed', 1, expect.stringMatching(/^10\.0\.0\.1 is blocked by the egress policy/)],
      ['failed', 1, '169.254.169.254 is blocked by the egress policy: link-local and cloud metadata addresses are never reached'],
    ]);
    expect(received.length).toBe(before);
  });

  it('claims each due delivery once even when two runs overlap', async () => {
    const db = await getDb();
    const row = await newIncident();
    failFirst = 0;
    const before = received.length;
    await enqueueNotifications(db, row, [{ channel: 'webhook', config: { url, secret: SECRET } }]);
    const [a, b] = await Promise.all([deliverDueNotifications(db), deliverDueNotifications(db)]);
    expect(a.sent + b.sent).toBe(1);
    expect(received.length - before).toBe(1);
  });
});

// Alertmanager's webhook payload as its configuration docs state it (webhook_config, version 4):
// every top-level key and every alert key, nothing else.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ALERTMANAGER_KEYS = ['alerts', 'commonAnnotations', 'commonLabels', 'externalURL', 'groupKey', 'groupLabels', 'receiver', 'status', 'truncatedAlerts', 'version'];
const ALERT_KEYS = ['annotations', 'endsAt', 'fingerprint', 'generatorURL', 'labels', 'startsAt', 'status'];

describe('Alertmanager format', () => {
  it('is a webhook option; another value is refused naming config.format', () => {
    expect(channelTarget('webhook', { url: 'https://am.example/hook', secret: 's', format: 'alertmanager' })).toMatchObject({ ok: true, format: 'alertmanager' });
    expect(channelTarget('webhook', { url: 'https://am.example/hook', secret: 's' })).toMatchObject({ ok: true, format: 'console' });
    expect(channelTarget('webhook', { url: 'https://am.example/hook', secret: 's', format: 'pagerduty' })).toMatchObject({ ok: false, reason: expect.stringMatching(/config\.format/) });
    // Slack keeps its own message whatever the config says.
    expect(channelTarget('slack', { webhookUrl: 'https://hooks.slack.com/x', format: 'alertmanager' })).toMatchObject({ ok: true, format: 'console' });
  });

  it('sends firing when the incident opens and resolved, with the same fingerprint, when it is resolved', async () => {
    const db = await getDb();
    failFirst = 0;
    await createPlugin(db, systemActor(), { id: 'ledger', name: 'Ledger' });
    const channel = { channel: 'webhook' as const, config: { url, secret: SECRET, format: 'alertmanager' } };
    await saveDocument(db, systemActor(), 'aiops', 'ledger', { baseVersion: 0, body: { agentId: 'ledger-agent', pluginId: 'ledger', incidentResponse: { autoRCA: false, notifications: [channel] } } });
    const started = new Date(Date.now() - 120_000);
    const [row] = await db
      .insert(incident)
      .values({ pluginId: 'ledger', severity: 'critical', title: 'latency anomalous', startedAt: started, lastAnomalyAt: new Date(), symptoms: [{ type: 'latency spike', description: 'latency 900 ms, expected 120 ms', severity: 'critical', timestamp: started.toISOString() }] })
      .returning();
    const before = received.length;
    expect((await respondToIncident(db, row)).notifications).toBe(1);
    await deliverDueNotifications(db);
    await resolveIncident(db, systemActor(), String(row.id), 'fixed');
    expect(await deliverDueNotifications(db)).toEqual({ sent: 1, retried: 0, failed: 0 });
    const [firing, resolved] = received.slice(before).map((r) => JSON.parse(r.body));
    expect(received.slice(before).every((r) => r.valid)).toBe(true);

    for (const body of [firing, resolved]) {
      expect(Object.keys(body).sort()).toEqual(ALERTMANAGER_KEYS);
      expect(body.alerts).toHaveLength(1);
      expect(Object.keys(body.alerts[0]).sort()).toEqual(ALERT_KEYS);
      expect(body).toMatchObject({
        version: '4',
        receiver: 'objectstack-console',
        externalURL: 'http://localhost:3000',
        truncatedAlerts: 0,
        groupLabels: { alertname: ALERT_NAME, plugin: 'ledger' },
        groupKey: `{}:{alertname="${ALERT_NAME}", plugin="ledger"}`,
      });
      const [alert] = body.alerts;
      expect(alert.labels).toEqual({ alertname: ALERT_NAME, plugin: 'ledger', severity: 'critical', incident_id: String(row.id) });
      expect(alert.annotations).toEqual({ summary: 'ledger: latency anomalous', description: 'latency 900 ms, expected 120 ms' });
      expect(body.commonLabels).toEqual(alert.labels);
      expect(body.commonAnnotations).toEqual(alert.annotations);
      expect(alert.startsAt).toBe(started.toISOString());
      expect(alert.startsAt).toMatch(RFC3339);
      expect(alert.generatorURL).toBe(`http://localhost:3000/incidents/${row.id}`);
      expect(alert.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    }
    expect([firing.status, firing.alerts[0].status, firing.alerts[0].endsAt]).toEqual(['firing', 'firing', ZERO_TIME]);
    expect([resolved.status, resolved.alerts[0].status]).toEqual(['resolved', 'resolved']);
    expect(resolved.alerts[0].endsAt).toMatch(RFC3339);
    expect(Date.parse(resolved.alerts[0].endsAt)).toBeGreaterThan(started.getTime());
    expect(resolved.alerts[0].fingerprint).toBe(firing.alerts[0].fingerprint);
  });

  it('announces no resolution for an incident whose opening was not announced, nor to console-format channels', async () => {
    const db = await getDb();
    await createPlugin(db, systemActor(), { id: 'quiet', name: 'Quiet' });
    await saveDocument(db, systemActor(), 'aiops', 'quiet', {
      baseVersion: 0,
      body: { agentId: 'quiet-agent', pluginId: 'quiet', incidentResponse: { autoRCA: false, notifications: [{ channel: 'webhook', config: { url, secret: SECRET, format: 'alertmanager' } }, { channel: 'webhook', config: { url, secret: SECRET } }] } },
    });
    const at = new Date();
    const [never] = await db.insert(incident).values({ pluginId: 'quiet', severity: 'low', title: 't', startedAt: at, lastAnomalyAt: at, symptoms: [] }).returning();
    await resolveIncident(db, systemActor(), String(never.id));
    expect(await db.select().from(notificationDelivery).where(eq(notificationDelivery.incidentId, never.id))).toHaveLength(0);

    const [announced] = await db.insert(incident).values({ pluginId: 'quiet', severity: 'low', title: 't', startedAt: at, lastAnomalyAt: at, symptoms: [] }).returning();
    expect((await respondToIncident(db, announced)).notifications).toBe(2);
    await resolveIncident(db, systemActor(), String(announced.id));
    const rows = await db.select().from(notificationDelivery).where(eq(notificationDelivery.incidentId, announced.id));
    // Two openings (both formats), one resolution (Alertmanager's only).
    expect(rows.map((r) => (r.payload as { body: { status?: string; type?: string } }).body).map((b) => b.status ?? b.type).sort()).toEqual(['firing', 'incident.opened', 'resolved']);
  });
});
