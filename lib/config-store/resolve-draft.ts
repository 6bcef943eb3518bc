// A draft document sent by the page (secrets as the redaction marker where unchanged), made
// whole with the stored secrets and parsed, for checks that need the real values (connection
// tests). Nothing is saved.
import type { DocumentKind } from '@/schemas';
import type { Db } from '../db/client';
import { decryptDocument } from '../secrets/redact';
import { completeDocument } from './complete-document';
import { documentKinds, scopeOf } from './document-kinds';
import { latestVersion } from './load-versions';

export async function resolveDraft<T>(db: Db, kind: DocumentKind, pluginId: string | null, draft: unknown): Promise<T> {
  const current = await latestVersion(db, kind, scopeOf(kind, pluginId));
  const stored = current ? decryptDocument(current.body, documentKinds[kind].secretPaths) : undefined;
  return completeDocument(kind, draft, stored, ['body']) as T;
}
