// Sign-in throttling through better-auth's real endpoint, with the peer stamp the server sets
// (client-address.ts) and whatever X-Forwarded-For the client invents. Every attempt hashes a
// password, so the long sequences get a long timeout.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useTestDb } from '../testing/test-db';
import { ORIGIN } from '../testing/http';
import { getDb } from '../db/client';
import { auditEvent, signInThrottle } from '../db/schema';
import { resetEnvForTests } from '../env';
import { createUser } from '../users/create-user';
import { getAuth } from './auth';
import { systemActor } from './actor';
import { peerHeaderName } from './client-address';
import { beginSignIn, lockSeconds, SIGN_IN_THROTTLE, signInSucceeded } from './sign-in-throttle';

useTestDb();

const PASSWORD = 'correct horse battery';
let n = 0;
async function newAccount(): Promise<string> {
  const email = `throttle${++n}@test.local`;
  await createUser(await getDb(), systemActor('test'), { email, name: `T ${n}`, role: 'viewer', password: PASSWORD });
  return email;
}

async function attempt(email: string, password: string, from: { peer?: string; xff?: string } = {}) {
  const headers = new Headers({ 'content-type': 'application/json', origin: ORIGIN, host: 'localhost:3000' });
  if (from.peer) headers.set(peerHeaderName(), from.peer);
  if (from.xff) headers.set('x-forwarded-for', from.xff);
  const res = await (await getAuth()).handler(new Request(`${ORIGIN}/api/auth/sign-in/email`, { method: 'POST', headers, body: JSON.stringify({ email, password }) }));
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.text() };
}

async function failedAudits(email: string) {
  const db = await getDb();
  return db.select().from(auditEvent).where(and(eq(auditEvent.kind, 'auth.sign-in-failed'), eq(auditEvent.target, `account:${email}`)));
}

afterEach(() => {
  delete process.env.CONSOLE_TRUSTED_PROXIES;
  resetEnvForTests();
});

describe('sign-in throttling', () => {
  beforeAll(async () => {
    await getAuth();
  });

  it('refuses an email that cannot be stored (NUL, lone surrogate) with a 400 naming the field, before any counter', async () => {
    for (const email of ['a\u0000b@test.local', '\ud800', 'x\udfff']) {
      const res = await attempt(email, 'wrong password!', { peer: '198.51.100.9' });
      expect(res.status).toBe(400);
      expect(res.body).toMatch(/email: /);
    }
  });

  it('throttles 50 wrong passwords that each claim a new X-Forwarded-For, and audits the real address', async () => {
    const email = await newAccount();
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++) statuses.push((await attempt(email, 'wrong password!', { peer: '198.51.100.7', xff: `203.0.113.${i}` })).status);
    const free = SIGN_IN_THROTTLE.accountFreeFailures;
    expect(statuses.slice(0, free)).toEqual(Array(free).fill(401));
    expect(statuses.slice(free)).toEqual(Array(50 - free).fill(429));
    // Locked means locked: the right password waits too, and is told how long.
    const locked = await attempt(email, PASSWORD, { peer: '198.51.100.8' });
    expect(locked.status).toBe(429);
    expect(Number(locked.retryAfter)).toBeGreaterThan(0);
    const audits = await failedAudits(email);
    expect(audits).toHaveLength(free);
    expect(audits.map((a) => (a.details as { ip: string }).ip)).toEqual(Array(free).fill('198.51.100.7'));
    const throttled = await (await getDb()).select().from(auditEvent).where(and(eq(auditEvent.kind, 'auth.sign-in-throttled'), eq(auditEvent.target, `account:${email}`)));
    expect(throttled).toHaveLength(50 - free + 1);
  }, 180_000);

  it('throttles rotating addresses behind a trusted proxy by account, and audits the address the proxy saw', async () => {
    process.env.CONSOLE_TRUSTED_PROXIES = '10.0.0.0/8';
    resetEnvForTests();
    const email = await newAccount();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await attempt(email, 'wrong password!', { peer: '10.0.0.2', xff: `6.6.6.6, 203.0.113.${i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    const ips = (await failedAudits(email)).map((a) => (a.details as { ip: string }).ip);
    expect(ips).toEqual(['203.0.113.0', '203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4']);
  });

  it('does not lock other accounts out after 20 bad attempts on one account from one address', async () => {
    const target = await newAccount();
    const other = await newAccount();
    for (let i = 0; i < 20; i++) await attempt(target, 'wrong password!', { peer: '198.51.100.20' });
    expect((await attempt(other, PASSWORD, { peer: '198.51.100.21' })).status).toBe(200);
    expect((await attempt(other, PASSWORD, { peer: '198.51.100.20' })).status).toBe(200);
    expect((await attempt(other, PASSWORD)).status).toBe(200); // address unknown
  }, 180_000);

  it('locks an address after its free failures across accounts, not one attempt earlier', async () => {
    const free = SIGN_IN_THROTTLE.addressFreeFailures;
    const emails = await Promise.all(Array.from({ length: Math.ceil(free / 4) + 1 }, newAccount));
    let sent = 0;
    for (const email of emails) {
      for (let i = 0; i < 4 && sent < free - 1; i++, sent++) expect((await attempt(email, 'wrong password!', { peer: '198.51.100.30' })).status).toBe(401);
    }
    const fresh = await newAccount();
    // One failure short of the limit a right password still gets in (and gives its attempt back).
    expect((await attempt(fresh, PASSWORD, { peer: '198.51.100.30' })).status).toBe(200);
    expect((await attempt(emails.at(-1)!, 'wrong password!', { peer: '198.51.100.30' })).status).toBe(401);
    expect((await attempt(fresh, PASSWORD, { peer: '198.51.100.30' })).status).toBe(429);
    expect((await attempt(fresh, PASSWORD, { peer: '198.51.100.31' })).status).toBe(200);
  }, 180_000);

  it('gives an account its attempts back after a successful sign-in', async () => {
    const email = await newAccount();
    for (let i = 0; i < SIGN_IN_THROTTLE.accountFreeFailures - 1; i++) expect((await attempt(email, 'wrong password!')).status).toBe(401);
    expect((await attempt(email, PASSWORD)).status).toBe(200);
    for (let i = 0; i < SIGN_IN_THROTTLE.accountFreeFailures - 1; i++) expect((await attempt(email, 'wrong password!')).status).toBe(401);
    expect((await attempt(email, PASSWORD)).status).toBe(200);
  });

  it('keeps its counters in the database: a new better-auth instance (another process) sees the lock', async () => {
    const email = await newAccount();
    for (let i = 0; i < SIGN_IN_THROTTLE.accountFreeFailures; i++) await attempt(email, 'wrong password!');
    (globalThis as { __consoleAuth?: unknown }).__consoleAuth = undefined;
    expect((await attempt(email, PASSWORD)).status).toBe(429);
    const [row] = await (await getDb()).select().from(signInThrottle).where(eq(signInThrottle.key, `account:${email}`));
    expect(row.failures).toBe(SIGN_IN_THROTTLE.accountFreeFailures);
  });
});

describe('lock-out windows', () => {
  it('double from the free limit up to the maximum', () => {
    const { baseLockSeconds: base, maxLockSeconds: max } = SIGN_IN_THROTTLE;
    expect(lockSeconds(4, 5)).toBe(0);
    expect(lockSeconds(5, 5)).toBe(base);
    expect(lockSeconds(6, 5)).toBe(2 * base);
    expect(lockSeconds(7, 5)).toBe(4 * base);
    expect(lockSeconds(500, 5)).toBe(max);
  });

  it('refuses until the lock ends and allows at its end; the next failure locks twice as long', async () => {
    const db = await getDb();
    const who = { email: 'window@test.local', address: null };
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    const at = (s: number) => new Date(t0 + s * 1000);
    for (let i = 0; i < SIGN_IN_THROTTLE.accountFreeFailures; i++) expect(await beginSignIn(db, who, at(0))).toEqual({ allowed: true });
    const base = SIGN_IN_THROTTLE.baseLockSeconds;
    expect(await beginSignIn(db, who, at(base - 1))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await beginSignIn(db, who, at(base))).toEqual({ allowed: true });
    expect(await beginSignIn(db, who, at(base + 2 * base - 1))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await beginSignIn(db, who, at(base + 2 * base))).toEqual({ allowed: true });
    await signInSucceeded(db, who);
    expect(await beginSignIn(db, who, at(base + 2 * base))).toEqual({ allowed: true });
  });

  it('forgets a key that stayed quiet for the forget period', async () => {
    const db = await getDb();
    const who = { email: 'quiet@test.local', address: '198.51.100.99' };
    const t0 = Date.parse('2026-02-01T00:00:00Z');
    for (let i = 0; i < SIGN_IN_THROTTLE.accountFreeFailures; i++) await beginSignIn(db, who, new Date(t0));
    const later = new Date(t0 + SIGN_IN_THROTTLE.forgetAfterSeconds * 1000 + 1);
    expect(await beginSignIn(db, who, later)).toEqual({ allowed: true });
    const [row] = await db.select().from(signInThrottle).where(eq(signInThrottle.key, 'account:quiet@test.local'));
    expect(row.failures).toBe(1);
  });
});
