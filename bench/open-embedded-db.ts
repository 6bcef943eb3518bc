// A throw-away embedded database (PGlite on disk, like the console's default) for benchmarks.
// Its folder is removed when it is closed or the process exits (benchmarks end with
// process.exit): each run writes hundreds of megabytes, and leaving them filled the disk.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DbHandle } from '@/lib/db/client';

export async function openEmbeddedBenchDb(prefix: string): Promise<DbHandle> {
  const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', remove);
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const schema = await import('@/lib/db/schema');
  const { runMigrations } = await import('@/lib/db/migrate');
  const client = new PGlite(dir);
  const db = drizzle(client, { schema }) as unknown as DbHandle['db'];
  await runMigrations(db, 'pglite');
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await client.close();
      process.off('exit', remove);
      remove();
    },
  };
}
