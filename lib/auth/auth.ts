// better-auth, wired to our Drizzle tables: email + password sign-in and cookie sessions.
// Sign-up is closed: admins create users (lib/users). Roles live on the user row.
import { createHash } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { getDb } from '../db/client';
import * as schema from '../db/schema';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/schemas/admin';
import { consoleOrigin } from '../env';
import { secretKey } from '../secrets/key';
import { appendAuditEvent } from '../audit/append-event';
import { clientAddress, forwardedOrigin } from './client-address';
import { signInHooks } from './sign-in-guard';

/**
 * The origin state-changing requests must come from (same-origin rule): CONSOLE_URL's, or the
 * one a trusted proxy reports. Host and X-Forwarded-* sent by anyone else are never believed.
 */
export function requestOrigin(request: Request): string {
  return forwardedOrigin(request.headers) ?? consoleOrigin();
}

/** Served over https: cookies are marked Secure (and the proxy sends HSTS). */
export function servedOverHttps(): boolean {
  return consoleOrigin().startsWith('https:');
}

function createAuth(db: Db) {
  return betterAuth({
    appName: 'ObjectStack Console',
    baseURL: consoleOrigin(),
    // Derived from the secrets key so an install needs one key, not two.
    secret: createHash('sha256').update(secretKey()).update('better-auth').digest('hex'),
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: schema.user, session: schema.session, account: schema.account, verification: schema.verification },
    }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: PASSWORD_MIN_LENGTH, maxPasswordLength: PASSWORD_MAX_LENGTH },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'viewer', input: false },
        disabled: { type: 'boolean', required: false, defaultValue: false, input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    trustedOrigins: (request) => (request ? [requestOrigin(request), consoleOrigin()] : [consoleOrigin()]),
    advanced: {
      cookiePrefix: 'console',
      useSecureCookies: servedOverHttps(),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/', secure: servedOverHttps() },
      // better-auth would read the client address from X-Forwarded-For as sent by anyone; the
      // session's address is set from clientAddress() in the session hook below instead.
      ipAddress: { disableIpTracking: true },
    },
    // Its in-memory limiter keys on that header (or one shared bucket without it): sign-in is
    // throttled per account and per real address in the database instead (sign-in-guard.ts).
    rateLimit: { enabled: false },
    hooks: signInHooks(db),
    telemetry: { enabled: false },
    databaseHooks: {
      session: {
        create: {
          before: async (s, ctx) => {
            const [u] = await db.select().from(schema.user).where(eq(schema.user.id, s.userId));
            if (u?.disabled) return false; // disabled accounts cannot sign in
            return { data: { ...s, ipAddress: ctx?.headers ? clientAddress(ctx.headers) : null } };
          },
          after: async (s) => {
            const [u] = await db.select().from(schema.user).where(eq(schema.user.id, s.userId));
            if (!u) return;
            // better-auth has committed the session by now: the event gets its own transaction.
            await db.transaction((tx) =>
              appendAuditEvent(
                tx,
                { kind: 'user', id: u.id, name: u.name, email: u.email, role: u.role as 'viewer' },
                { kind: 'auth.sign-in', target: `user:${u.id}`, details: { ip: s.ipAddress ?? null } },
              ),
            );
          },
        },
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

const g = globalThis as unknown as { __consoleAuth?: { db: Db; auth: Auth } };

export async function getAuth(): Promise<Auth> {
  const db = await getDb();
  if (!g.__consoleAuth || g.__consoleAuth.db !== db) g.__consoleAuth = { db, auth: createAuth(db) };
  return g.__consoleAuth.auth;
}
