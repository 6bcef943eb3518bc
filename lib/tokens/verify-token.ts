import { eq } from 'drizzle-orm';
import { apiToken } from '../db/schema';
import type { Db } from '../db/client';
import type { Actor } from '../auth/actor';
import type { TokenScope } from '@/schemas';
import { hashToken, TOKEN_PREFIX } from './token-format';

/** The actor behind a bearer token, or null when the token is unknown, revoked or expired. */
export async function verifyToken(db: Db, token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const [row] = await db.select().from(apiToken).where(eq(apiToken.hash, hashToken(token)));
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() < Date.now())) return null;
  // Last use is informative only: a failure to record it must not fail the request.
  await db.update(apiToken).set({ lastUsedAt: new Date() }).where(eq(apiToken.id, row.id)).catch(() => undefined);
  return { kind: 'token', id: row.id, name: row.name, scopes: row.scopes as TokenScope[] };
}
