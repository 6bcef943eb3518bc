// The PGlite instance behind a top-level Drizzle database, for what only the embedded driver
// offers (COPY to and from a blob). Undefined for PostgreSQL, and for a transaction's handle.
import type { PGlite } from '@electric-sql/pglite';
import type { Db } from './client';

export function pgliteClientOf(db: Db): PGlite | undefined {
  const client = (db as { $client?: unknown }).$client;
  return client && typeof client === 'object' && 'dumpDataDir' in client ? (client as PGlite) : undefined;
}
