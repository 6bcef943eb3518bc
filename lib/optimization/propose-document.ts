// The document a configuration suggestion would save: the current version (as the API shows
// it, secrets redacted; saving keeps redacted secrets as stored) with the path changes applied.
import type { Db } from '../db/client';
import { getDocument } from '../config-store/get-document';
import { diffDocuments, type DocumentChange } from '../config-store/diff-documents';
import { documentKinds } from '../config-store/document-kinds';
import { badRequest } from '../errors';
import { applyPathChanges } from './document-patch';
import type { OptimizationRow } from './optimization-view';
import type { ProposedChange } from './types';

export interface ProposedDocument {
  documentKind: ProposedChange['documentKind'];
  baseVersion: number;
  /** The suggestion was computed on an older version; the diff below is against the current one. */
  stale: boolean;
  body: unknown;
  changes: DocumentChange[];
}

export async function proposeDocument(db: Db, row: OptimizationRow, pick: 'after' | 'before' = 'after'): Promise<ProposedDocument> {
  const change = row.change as ProposedChange | null;
  if (!change) throw badRequest('This suggestion is not a configuration change: follow its steps instead');
  const doc = await getDocument(db, change.documentKind, row.pluginId);
  const body = applyPathChanges(doc.body, change.set, pick);
  return {
    documentKind: change.documentKind,
    baseVersion: doc.version,
    stale: doc.version !== change.basedOnVersion,
    body,
    changes: diffDocuments(doc.body, body, documentKinds[change.documentKind].secretPaths),
  };
}
