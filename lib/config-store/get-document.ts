import type { DocumentKind } from '@/schemas';
import type { Db } from '../db/client';
import { scopeOf } from './document-kinds';
import { latestVersion, versionRow } from './load-versions';
import { viewOf, type DocumentView } from './document-view';

/** The current version of a document (or the initial one, version 0, before the first save). */
export async function getDocument(db: Db, kind: DocumentKind, pluginId: string | null, version?: number): Promise<DocumentView> {
  const scope = scopeOf(kind, pluginId);
  const row = version ? await versionRow(db, kind, scope, version) : await latestVersion(db, kind, scope);
  return viewOf(kind, scope, row, pluginId);
}
