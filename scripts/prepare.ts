// Prepares the database before the server starts: migrations, the first admin, the demo fleet.
// Prints how to sign in. Runs in its own process and releases the data folder's lock on exit.
import { getDbHandle } from '../lib/db/client';
import { consoleOrigin, demoEnabled, env } from '../lib/env';
import { ensureAdmin } from '../lib/users/ensure-admin';
import { seedDemo } from '../lib/demo/seed-demo';

async function main() {
  const handle = await getDbHandle();
  const admin = await ensureAdmin(handle.db);
  const demo = demoEnabled() ? await seedDemo(handle.db) : [];
  await handle.close();

  const where = env().DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${env().CONSOLE_DATA_DIR}`;
  const lines = [`Database: ${where}`];
  if (demo.length) lines.push(`Demo fleet: created ${demo.join(', ')}`);
  lines.push('', `Sign in at ${consoleOrigin()} as ${admin.email}`);
  if (admin.generatedPassword) {
    lines.push(`  password: ${admin.generatedPassword}`, '  (generated now and shown only this once: store it, or set CONSOLE_ADMIN_PASSWORD before the first start)');
  } else if (admin.created) {
    lines.push('  password: the value of CONSOLE_ADMIN_PASSWORD');
  } else {
    lines.push('  password: the one printed at the first start (or CONSOLE_ADMIN_PASSWORD); reset it with `npm run admin:reset-password`');
  }
  console.log(lines.join('\n'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
