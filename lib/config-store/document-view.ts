// What the API returns for a document version: the body with every secret redacted (R10).
import { redactDocument } from '../secrets/redact';
import { documentKinds } from './document-kinds';
import type { DocumentRow } from './load-versions';
import type { DocumentKind } from '@/schemas';

export interface DocumentView {
  kind: DocumentKind;
  scope: string;
  version: number;
  body: unknown;
  exists: boolean;
  authorName: string | null;
  comment: string;
  createdAt: string | null;
  restoredFrom: number | null;
}

export function viewOf(kind: DocumentKind, scope: string, row: DocumentRow | undefined, pluginId: string | null): DocumentView {
  const spec = documentKinds[kind];
  if (!row) {
    return { kind, scope, version: 0, body: spec.initial(pluginId), exists: false, authorName: null, comment: '', createdAt: null, restoredFrom: null };
  }
  return {
    kind,
    scope,
    version: row.version,
    body: redactDocument(row.body, spec.secretPaths),
    exists: true,
    authorName: row.authorName,
    comment: row.comment,
    createdAt: row.createdAt.toISOString(),
    restoredFrom: row.restoredFrom,
  };
}
