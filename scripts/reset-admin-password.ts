// Sets a new password for the first admin (or the user given as argument) and prints it.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDbHandle } from '../lib/db/client';
import { user } from '../lib/db/schema';
import { systemActor } from '../lib/auth/actor';
import { updateUser } from '../lib/users/update-user';

async function main() {
  const handle = await getDbHandle();
  const email = process.argv[2];
  const [target] = email
    ? await handle.db.select().from(user).where(eq(user.email, email.toLowerCase()))
    : await handle.db.select().from(user).where(eq(user.role, 'admin'));
  if (!target) throw new Error(email ? `No user with the email ${email}` : 'No admin exists yet: run npm start once');
  const password = randomBytes(12).toString('base64url');
  await updateUser(handle.db, systemActor('password-reset'), target.id, { password });
  await handle.close();
  console.log(`New password for ${target.email}: ${password}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
