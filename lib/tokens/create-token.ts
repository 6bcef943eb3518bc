import { randomUUID } from 'node:crypto';
import { apiToken } from '../db/schema';
import type { Db } from '../db/client';
import type { Actor } from '../auth/actor';
import type { TokenCreate } from '@/schemas';
import { appendAuditEvent } from '../audit/append-event';
import { hashToken, newTokenSecret } from './token-format';

/** Creates a token and returns its secret: the only time the secret is ever available. */
export async function createToken(db: Db, actor: Actor, input: TokenCreate) {
  const secret = newTokenSecret();
  const id = randomUUID();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(apiToken)
      .values({
        id,
        name: input.name,
        prefix: secret.slice(0, 10),
        hash: hashToken(secret),
        scopes: input.scopes,
        pluginIds: input.pluginIds ? [...new Set(input.pluginIds)] : null,
        createdBy: actor.name,
        expiresAt,
      })
      .returning();
    await appendAuditEvent(tx, actor, {
      kind: 'token.create',
      target: `token:${id}`,
      details: { name: input.name, scopes: input.scopes, ...(input.pluginIds && { pluginIds: input.pluginIds }) },
    });
    return inserted;
  });
  const { hash: _hash, ...visible } = row;
  return { token: secret, ...visible };
}
