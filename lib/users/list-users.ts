import { asc } from 'drizzle-orm';
import { user } from '../db/schema';
import type { Db } from '../db/client';
import { publicUser } from './user-row';

export async function listUsers(db: Db) {
  const rows = await db.select().from(user).orderBy(asc(user.email));
  return rows.map(publicUser);
}
