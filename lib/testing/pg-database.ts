// A throw-away, migrated database on the PostgreSQL server of `adminUrl`, with its URL so that
// child processes can open it too, and drop() to remove it. Used by tests and benchmarks.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgresDb, type DbHandle } from '../db/client';

export async function createPgDatabase(adminUrl: string, prefix = 'test'): Promise<{ url: string; handle: DbHandle; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const handle = await openPostgresDb(url);
  return {
    url,
    handle,
    drop: async () => {
      await handle.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
