import { and, desc, eq } from 'drizzle-orm';
import type { DocumentKind } from '@/schemas';
import { document } from '../db/schema';
import type { Db } from '../db/client';
import { scopeOf } from './document-kinds';

export async function listHistory(db: Db, kind: DocumentKind, pluginId: string | null) {
  const rows = await db
    .select({
      version: document.version,
      authorName: document.authorName,
      comment: document.comment,
      createdAt: document.createdAt,
      restoredFrom: document.restoredFrom,
    })
    .from(document)
    .where(and(eq(document.kind, kind), eq(document.scope, scopeOf(kind, pluginId))))
    .orderBy(desc(document.version));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
