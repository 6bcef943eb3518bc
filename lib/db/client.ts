// Opens the console's database once per process: PostgreSQL when DATABASE_URL is set,
// otherwise embedded PGlite in the data folder (guarded by a lock). Opened lazily, never at build.
import { mkdirSync } from 'node:fs';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { dataDir, env } from '../env';
import { lockDataDir } from './lock';
import { runMigrations } from './migrate';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/**
 * Opens an in-memory PGlite database with migrations applied: for tests. `template` is a data
 * folder dumped from a migrated database (PGlite's dumpDataDir): starting from it skips initdb,
 * most of the cost of a new database, and the migrations then find nothing left to apply.
 */
export async function openMemoryDb(template?: Blob): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const client = new PGlite(template ? { loadDataDir: template } : undefined);
  const db = drizzle(client, { schema }) as unknown as Db;
  await runMigrations(db, 'pglite');
  return { db, kind: 'pglite', close: () => client.close() };
}

/** Opens a PostgreSQL database by URL with migrations applied. */
export async function openPostgresDb(url: string): Promise<DbHandle> {
  const pg = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new pg.default.Pool({ connectionString: url, max: 10 });
  // An idle connection the server closes (restart, failover, a dropped database) is an 'error'
  // event on the pool; unhandled it would end the process. The pool replaces the connection.
  pool.on('error', (err) => console.warn(`PostgreSQL: an idle connection was closed (${err.message}); it will be replaced`));
  // Several console processes may start together: one migrates while the others wait.
  const conn = await pool.connect();
  try {
    await conn.query('select pg_advisory_lock(7320451)');
    await runMigrations(drizzle(conn, { schema }) as unknown as Db, 'postgres');
  } finally {
    await conn.query('select pg_advisory_unlock(7320451)').catch(() => undefined);
    conn.release();
  }
  const db = drizzle(pool, { schema }) as unknown as Db;
  return { db, kind: 'postgres', close: () => pool.end() };
}

async function openEmbeddedDb(dir: string): Promise<DbHandle> {
  mkdirSync(dir, { recursive: true });
  const release = await lockDataDir(dir);
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const client = new PGlite(`${dir}/pgdata`);
  const db = drizzle(client, { schema }) as unknown as Db;
  await runMigrations(db, 'pglite');
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await client.close();
      await release();
    },
  };
}

const g = globalThis as unknown as { __consoleDb?: Promise<DbHandle> };

/** The process-wide database; a globalThis singleton survives dev-mode module reloads. */
export function getDbHandle(): Promise<DbHandle> {
  if (!g.__consoleDb) {
    const url = env().DATABASE_URL;
    g.__consoleDb = url ? openPostgresDb(url) : openEmbeddedDb(dataDir());
    // A failed open must not stay cached: the next call retries and reports again.
    g.__consoleDb.catch(() => {
      g.__consoleDb = undefined;
    });
  }
  return g.__consoleDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** For tests: make getDb() return the given database. */
export function setDbForTests(handle: DbHandle | undefined): void {
  g.__consoleDb = handle ? Promise.resolve(handle) : undefined;
}
