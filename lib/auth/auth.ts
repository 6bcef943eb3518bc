// better-auth, wired to our Drizzle tables: email + password sign-in and cookie sessions.
// Sign-up is closed: admins create users (lib/users). Roles live on the user row.
import { createHash } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { getDb } from '../db/client';
import * as schema from '../db/schema';
import { consoleOrigin } from '../env';
import { secretKey } from '../secrets/key';
import { appendAuditEvent } from '../audit/append-event';

/** The request's own origin: state-changing requests must come from it (same-origin rule). */
export function requestOrigin(request: Request): string {
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const proto = request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '');
  return host ? `${proto}://${host}` : new URL(request.url).origin;
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
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 256 },
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
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
    },
    rateLimit: { enabled: true, window: 60, max: 300, customRules: { '/sign-in/email': { window: 60, max: 20 } } },
    telemetry: { enabled: false },
    databaseHooks: {
      session: {
        create: {
          before: async (s) => {
            const [u] = await db.select().from(schema.user).where(eq(schema.user.id, s.userId));
            if (u?.disabled) return false; // disabled accounts cannot sign in
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
