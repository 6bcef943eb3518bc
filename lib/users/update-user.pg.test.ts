// The last-admin rule against a real PostgreSQL, where the two updates run on two connections
// (bash scripts/with-postgres.sh npx vitest run --config vitest.postgres.config.ts lib/users).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDbForTests, type DbHandle } from '../db/client';
import { createPgDatabase } from '../testing/pg-database';
import { removeEachOther } from './testing/mutual-demotion';

const adminUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!adminUrl)('the last-admin rule under concurrent updates (PostgreSQL)', () => {
  const dbs: { handle: DbHandle; drop: () => Promise<void> }[] = [];
  const fresh = async () => {
    const created = await createPgDatabase(adminUrl!);
    dbs.push(created);
    return created.handle.db;
  };
  beforeAll(async () => {
    const processDb = await createPgDatabase(adminUrl!);
    dbs.push(processDb);
    setDbForTests(processDb.handle);
  });
  afterAll(async () => {
    setDbForTests(undefined);
    for (const d of dbs) await d.drop();
  });

  it('two admins demoting each other at once leave one active admin, every time', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await removeEachOther(await fresh(), { role: 'operator' }, { role: 'viewer' });
      expect(r).toEqual({ succeeded: 1, refusals: ['The console needs at least one active admin'], activeAdmins: 1 });
    }
  });

  it('two admins disabling each other at once leave one active admin', async () => {
    const r = await removeEachOther(await fresh(), { disabled: true }, { disabled: true });
    expect(r).toEqual({ succeeded: 1, refusals: ['The console needs at least one active admin'], activeAdmins: 1 });
  });
});
