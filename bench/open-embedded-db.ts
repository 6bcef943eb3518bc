// A throw-away embedded database (PGlite on disk, like the console's default) for benchmarks.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DbHandle } from '@/lib/db/client';

export async function openEmbeddedBenchDb(prefix: string): Promise<DbHandle> {
  const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const schema = await import('@/lib/db/schema');
  const { runMigrations } = await import('@/lib/db/migrate');
  const client = new PGlite(dir);
  const db = drizzle(client, { schema }) as unknown as DbHandle['db'];
  await runMigrations(db, 'pglite');
  return { db, kind: 'pglite', close: () => client.close() };
}
