// Session cookies are Secure when the console is served over https, and only then.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '../testing/test-db';
import { getDb } from '../db/client';
import { resetEnvForTests } from '../env';
import { createUser } from '../users/create-user';
import { systemActor } from './actor';
import { getAuth } from './auth';

useTestDb();

function serveAt(url: string) {
  process.env.CONSOLE_URL = url;
  resetEnvForTests();
  (globalThis as { __consoleAuth?: unknown }).__consoleAuth = undefined; // a new better-auth with the new origin
}

async function sessionCookie(origin: string): Promise<string> {
  const res = await (await getAuth()).handler(
    new Request(`${origin}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ email: 'cookie@test.local', password: 'correct horse battery' }),
    }),
  );
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie().find((c) => c.includes('session_token='));
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

afterEach(() => serveAt('http://localhost:3000'));

describe('session cookies', () => {
  beforeAll(async () => {
    await createUser(await getDb(), systemActor('test'), { email: 'cookie@test.local', name: 'Cookie', role: 'viewer', password: 'correct horse battery' });
  });

  it('are Secure (and __Secure- prefixed) when CONSOLE_URL is https', async () => {
    serveAt('https://console.example.com');
    const cookie = await sessionCookie('https://console.example.com');
    expect(cookie).toMatch(/^__Secure-console\.session_token=/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
  });

  it('are not Secure over http (a browser would drop them)', async () => {
    const cookie = await sessionCookie('http://localhost:3000');
    expect(cookie).toMatch(/^console\.session_token=/);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });
});
