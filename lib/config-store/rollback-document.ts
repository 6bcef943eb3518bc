// Rollback never rewrites history: it saves the older body again as a new version.
import type { DocumentKind, DocumentRollback } from '@/schemas';
import type { Db } from '../db/client';
import type { Actor } from '../auth/actor';
import { decryptDocument } from '../secrets/redact';
import { documentKinds, scopeOf } from './document-kinds';
import { versionRow } from './load-versions';
import { saveDocument } from './save-document';

export async function rollbackDocument(
  db: Db,
  actor: Actor,
  kind: DocumentKind,
  pluginId: string | null,
  input: DocumentRollback,
) {
  const spec = documentKinds[kind];
  const target = await versionRow(db, kind, scopeOf(kind, pluginId), input.toVersion);
  return saveDocument(db, actor, kind, pluginId, {
    baseVersion: input.baseVersion,
    body: decryptDocument(target.body, spec.secretPaths),
    comment: input.comment || `Rollback to version ${input.toVersion}`,
    restoredFrom: input.toVersion,
  });
}
