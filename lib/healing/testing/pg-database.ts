// A throw-away database on the PostgreSQL of TEST_DATABASE_URL whose URL child processes can
// open too (openTestDb keeps its URL to itself).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgresDb, type DbHandle } from '../../db/client';

export async function createPgDatabase(adminUrl: string): Promise<{ url: string; handle: DbHandle; drop: () => Promise<void> }> {
  const name = `heal_${randomBytes(6).toString('hex')}`;
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
