// A fresh, migrated database per test file: in-memory PGlite, or, when TEST_DATABASE_URL
// points at a real PostgreSQL (scripts/test.sh starts one), a new database created on it.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import pg from 'pg';
import { openMemoryDb, openPostgresDb, setDbForTests, type DbHandle } from '../db/client';

export const testBackend = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

export async function openTestDb(): Promise<DbHandle> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return openMemoryDb();
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgresDb(url.toString());
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Opens a database for the test file and makes it the process database (getDb()). */
export function useTestDb(): { handle: () => DbHandle } {
  let handle: DbHandle | undefined;
  beforeAll(async () => {
    handle = await openTestDb();
    setDbForTests(handle);
  });
  afterAll(async () => {
    setDbForTests(undefined);
    await handle?.close();
  });
  return {
    handle: () => {
      if (!handle) throw new Error('useTestDb: database not open yet');
      return handle;
    },
  };
}
