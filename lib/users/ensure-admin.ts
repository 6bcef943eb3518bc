// First start: when no admin exists, create one. Its password comes from CONSOLE_ADMIN_PASSWORD
// or is generated and returned so the start script can print it once.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { user } from '../db/schema';
import type { Db } from '../db/client';
import { env } from '../env';
import { systemActor } from '../auth/actor';
import { createUser } from './create-user';

export interface AdminBootstrap {
  email: string;
  /** Only set when the password was generated now: it is shown once. */
  generatedPassword?: string;
  created: boolean;
}

export async function ensureAdmin(db: Db): Promise<AdminBootstrap> {
  const email = env().CONSOLE_ADMIN_EMAIL;
  const admins = await db.select({ email: user.email }).from(user).where(eq(user.role, 'admin'));
  if (admins.length > 0) return { email: admins[0].email, created: false };
  const given = env().CONSOLE_ADMIN_PASSWORD;
  const password = given ?? randomBytes(12).toString('base64url');
  await createUser(db, systemActor('bootstrap'), { email, name: 'Administrator', role: 'admin', password });
  return { email, created: true, generatedPassword: given ? undefined : password };
}
