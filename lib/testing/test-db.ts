// A fresh, migrated database per test file: in-memory PGlite started from the migrated template
// of lib/testing/global-setup.ts, or, when TEST_DATABASE_URL points at a real PostgreSQL
// (scripts/test.sh starts one), a new database created on it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, inject } from 'vitest';
import { openMemoryDb, setDbForTests, type DbHandle } from '../db/client';
import { createPgDatabase } from './pg-database';

export const testBackend = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

export async function openTestDb(): Promise<DbHandle> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const template = inject('pgliteTemplate');
    return openMemoryDb(template ? new Blob([readFileSync(template)]) : undefined);
  }
  const created = await createPgDatabase(adminUrl);
  return { ...created.handle, close: created.drop };
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
