// The current body of a document with its secrets decrypted, for the console's own server-side
// use (sending notifications, calling webhooks). Never return it from the API: use getDocument.
import type { DocumentKind } from '@/schemas';
import type { Db } from '../db/client';
import { decryptDocument } from '../secrets/redact';
import { documentKinds, scopeOf } from './document-kinds';
import { latestVersion } from './load-versions';

export async function readDocumentBody(db: Db, kind: DocumentKind, pluginId: string | null): Promise<unknown> {
  const spec = documentKinds[kind];
  const row = await latestVersion(db, kind, scopeOf(kind, pluginId));
  return row ? decryptDocument(row.body, spec.secretPaths) : spec.initial(pluginId);
}
