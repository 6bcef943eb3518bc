// better-auth hooks around its email sign-in endpoint: the database throttle in front of the
// password check, and the outcome afterwards (success gives the attempt back; a failure is
// audited with the real client address).
import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import type { Db } from '../db/client';
import { systemActor } from './actor';
import { clientAddress } from './client-address';
import { beginSignIn, signInSucceeded, type SignInAttempt } from './sign-in-throttle';
import { appendAuditEvent } from '../audit/append-event';
import { unstorableTextReason } from '@/schemas/primitives';

const SIGN_IN_PATH = '/sign-in/email';
/** Failed and refused sign-ins are recorded under this actor: who tried is not known. */
const SIGN_IN_ACTOR = systemActor('sign-in');

interface HookContext {
  path?: string;
  body?: unknown;
  headers?: Headers;
}

/** Why the email cannot be stored (a NUL, a lone surrogate), so it never reaches the database. */
function unstorableEmail(ctx: HookContext): string | undefined {
  const email = (ctx.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? unstorableTextReason(email) : undefined;
}

function attemptOf(ctx: HookContext): SignInAttempt | null {
  const email = (ctx.body as { email?: unknown } | undefined)?.email;
  if (typeof email !== 'string' || email.length === 0 || email.length > 254 || unstorableTextReason(email)) return null;
  return { email: email.trim().toLowerCase(), address: clientAddress(ctx.headers ?? new Headers()) };
}

async function auditFailure(db: Db, attempt: SignInAttempt, reason: 'invalid-credentials' | 'throttled') {
  await db.transaction(async (tx) => {
    await appendAuditEvent(tx, SIGN_IN_ACTOR, {
      kind: reason === 'throttled' ? 'auth.sign-in-throttled' : 'auth.sign-in-failed',
      target: `account:${attempt.email}`,
      details: { email: attempt.email, ip: attempt.address },
    });
  });
}

export function signInHooks(db: Db) {
  return {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH) return;
      const unstorable = unstorableEmail(ctx);
      if (unstorable) throw new APIError('BAD_REQUEST', { code: 'INVALID_EMAIL', message: `email: ${unstorable}` });
      const attempt = attemptOf(ctx);
      if (!attempt) return; // better-auth answers 400 for a missing or malformed email
      const verdict = await beginSignIn(db, attempt);
      if (verdict.allowed) return;
      await auditFailure(db, attempt, 'throttled');
      throw new APIError(
        'TOO_MANY_REQUESTS',
        { code: 'TOO_MANY_ATTEMPTS', message: `Too many failed sign-ins: try again in ${verdict.retryAfterSeconds} s` },
        { 'retry-after': String(verdict.retryAfterSeconds) },
      );
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH) return;
      const attempt = attemptOf(ctx);
      if (!attempt) return;
      if (isAPIError(ctx.context.returned)) await auditFailure(db, attempt, 'invalid-credentials');
      else await signInSucceeded(db, attempt);
    }),
  };
}
