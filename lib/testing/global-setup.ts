// Vitest global setup: migrates one in-memory PGlite database and dumps its data folder to a
// file that every test file's database starts from (lib/testing/test-db.ts). A new PGlite
// spends most of its start in initdb; loading a dump skips it, so each file still gets its own
// fresh database at a fraction of the cost.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openMemoryDb } from '../db/client';
import { pgliteClientOf } from '../db/pglite-client';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate?: string;
  }
}

export default async function setup(project: TestProject) {
  // Against a real PostgreSQL each file creates its own database there instead.
  if (process.env.TEST_DATABASE_URL) return;
  const dir = mkdtempSync(path.join(tmpdir(), 'console-pglite-template-'));
  const file = path.join(dir, 'migrated.tar');
  const handle = await openMemoryDb();
  const client = pgliteClientOf(handle.db);
  if (!client) throw new Error('global setup: expected an embedded PGlite database');
  const dump = await client.dumpDataDir('none');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
