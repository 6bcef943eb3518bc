// Sign-in throttling per account and per client address, with counters in the database so that
// it holds across console processes and restarts. Every attempt is counted as a failure before
// the password is checked (so a burst of parallel guesses cannot all pass the check) and given
// back when it succeeds. Past the free attempts each failure locks the key for a doubling window.
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { signInThrottle } from '../db/schema';

export const SIGN_IN_THROTTLE = {
  /** Failures on one account before it is locked: a person mistyping needs a few tries. */
  accountFreeFailures: 5,
  /** Failures from one address (any account): several people may share an address. */
  addressFreeFailures: 30,
  /** The first lock-out; each further failure doubles it up to maxLockSeconds. */
  baseLockSeconds: 15,
  maxLockSeconds: 60 * 60,
  /** A key quiet for this long starts over (and its row is deleted). */
  forgetAfterSeconds: 24 * 60 * 60,
} as const;

export interface SignInAttempt {
  email: string;
  /** The client's address, or null when it is unknown (then only the account is throttled). */
  address: string | null;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

function keysOf(attempt: SignInAttempt): { key: string; free: number }[] {
  const keys: { key: string; free: number }[] = [{ key: `account:${attempt.email.trim().toLowerCase()}`, free: SIGN_IN_THROTTLE.accountFreeFailures }];
  if (attempt.address) keys.push({ key: `address:${attempt.address}`, free: SIGN_IN_THROTTLE.addressFreeFailures });
  return keys;
}

/** The lock-out after `failures` failures on a key that allows `free` of them (0: none). */
export function lockSeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  const { baseLockSeconds, maxLockSeconds } = SIGN_IN_THROTTLE;
  return Math.min(maxLockSeconds, baseLockSeconds * 2 ** Math.min(failures - free, 30));
}

async function lockRows(tx: Tx, keys: string[]) {
  for (const key of keys) await tx.insert(signInThrottle).values({ key, failures: 0 }).onConflictDoNothing();
  // Row locks in key order: two attempts on the same keys queue instead of deadlocking.
  return tx
    .select()
    .from(signInThrottle)
    .where(or(...keys.map((k) => eq(signInThrottle.key, k))))
    .orderBy(signInThrottle.key)
    .for('update');
}

/**
 * Checks the throttle for an attempt and, when allowed, counts it as a failure in advance.
 * Refused attempts are not counted, so waiting out a lock-out is always enough.
 */
export async function beginSignIn(db: Db, attempt: SignInAttempt, now = new Date()): Promise<ThrottleVerdict> {
  const keys = keysOf(attempt);
  const forgetBefore = new Date(now.getTime() - SIGN_IN_THROTTLE.forgetAfterSeconds * 1000);
  return db.transaction(async (tx) => {
    await tx
      .delete(signInThrottle)
      .where(and(lt(signInThrottle.lastFailureAt, forgetBefore), or(isNull(signInThrottle.lockedUntil), lt(signInThrottle.lockedUntil, now))));
    const rows = await lockRows(
      tx,
      keys.map((k) => k.key),
    );
    const lockedUntil = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
    if (lockedUntil > now.getTime()) return { allowed: false, retryAfterSeconds: Math.ceil((lockedUntil - now.getTime()) / 1000) };
    for (const { key, free } of keys) {
      const row = rows.find((r) => r.key === key);
      const failures = (row && row.lastFailureAt >= forgetBefore ? row.failures : 0) + 1;
      const lock = lockSeconds(failures, free);
      await tx
        .update(signInThrottle)
        .set({ failures, lastFailureAt: now, lockedUntil: lock ? new Date(now.getTime() + lock * 1000) : null })
        .where(eq(signInThrottle.key, key));
    }
    return { allowed: true };
  });
}

/** A successful sign-in: the account starts over; the address gets its attempt back. */
export async function signInSucceeded(db: Db, attempt: SignInAttempt): Promise<void> {
  const [account, address] = keysOf(attempt);
  await db.transaction(async (tx) => {
    await tx.delete(signInThrottle).where(eq(signInThrottle.key, account.key));
    if (address) {
      await tx
        .update(signInThrottle)
        .set({
          failures: sql`greatest(${signInThrottle.failures} - 1, 0)`,
          // Below the free attempts again: the lock this attempt set in advance goes.
          lockedUntil: sql`case when ${signInThrottle.failures} - 1 < ${address.free} then null else ${signInThrottle.lockedUntil} end`,
        })
        .where(eq(signInThrottle.key, address.key));
    }
  });
}
