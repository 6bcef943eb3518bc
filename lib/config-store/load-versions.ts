import { and, desc, eq } from 'drizzle-orm';
import type { DocumentKind } from '@/schemas';
import { document } from '../db/schema';
import type { Db } from '../db/client';
import { notFound } from '../errors';

export type DocumentRow = typeof document.$inferSelect;

export async function latestVersion(db: Db, kind: DocumentKind, scope: string): Promise<DocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(document)
    .where(and(eq(document.kind, kind), eq(document.scope, scope)))
    .orderBy(desc(document.version))
    .limit(1);
  return row;
}

export async function versionRow(db: Db, kind: DocumentKind, scope: string, version: number): Promise<DocumentRow> {
  const [row] = await db
    .select()
    .from(document)
    .where(and(eq(document.kind, kind), eq(document.scope, scope), eq(document.version, version)));
  if (!row) throw notFound(`Version ${version} of the ${kind} document`);
  return row;
}
