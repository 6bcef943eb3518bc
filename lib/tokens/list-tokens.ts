import { desc } from 'drizzle-orm';
import { apiToken } from '../db/schema';
import type { Db } from '../db/client';

export async function listTokens(db: Db) {
  const rows = await db.select().from(apiToken).orderBy(desc(apiToken.createdAt));
  return rows.map(({ hash: _hash, ...visible }) => visible);
}
