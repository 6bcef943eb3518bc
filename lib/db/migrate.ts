// Applies the generated SQL migrations (lib/db/migrations) on start, for either driver.
import path from 'node:path';
import type { Db } from './client';

const migrationsFolder = path.resolve(process.cwd(), 'lib/db/migrations');

export async function runMigrations(db: Db, kind: 'pglite' | 'postgres'): Promise<void> {
  if (kind === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(db as never, { migrationsFolder });
  } else {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    await migrate(db as never, { migrationsFolder });
  }
}
