import type { DocumentKind } from '@/schemas';
import type { Db } from '../db/client';
import { decryptDocument } from '../secrets/redact';
import { documentKinds, scopeOf } from './document-kinds';
import { versionRow } from './load-versions';
import { diffDocuments, type DocumentChange } from './diff-documents';

/** Changes from version `from` to version `to`; version 0 is the initial document. */
export async function diffVersions(db: Db, kind: DocumentKind, pluginId: string | null, from: number, to: number): Promise<DocumentChange[]> {
  const spec = documentKinds[kind];
  const scope = scopeOf(kind, pluginId);
  const bodyAt = async (v: number) =>
    v === 0 ? spec.initial(pluginId) : decryptDocument((await versionRow(db, kind, scope, v)).body, spec.secretPaths);
  return diffDocuments(await bodyAt(from), await bodyAt(to), spec.secretPaths);
}
