// A draft document sent by the page (secrets as the redaction marker where unchanged), made
// whole with the stored secrets and parsed, for checks that need the real values (connection
// tests). Nothing is saved.
import type { DocumentKind } from '@/schemas';
import type { Db } from '../db/client';
import { badRequest, zodIssues } from '../errors';
import { decryptDocument, keepStoredSecrets } from '../secrets/redact';
import { documentKinds, scopeOf } from './document-kinds';
import { latestVersion } from './load-versions';

export async function resolveDraft<T>(db: Db, kind: DocumentKind, pluginId: string | null, draft: unknown): Promise<T> {
  const spec = documentKinds[kind];
  const current = await latestVersion(db, kind, scopeOf(kind, pluginId));
  const stored = current ? decryptDocument(current.body, spec.secretPaths) : undefined;
  const kept = keepStoredSecrets(draft, stored, spec.secretPaths);
  if (kept.issues.length) throw badRequest('Some secrets are missing', kept.issues);
  const parsed = spec.schema.safeParse(kept.doc);
  if (!parsed.success) throw badRequest(`The ${spec.title} document is invalid`, zodIssues(parsed.error, ['body']));
  return parsed.data as T;
}
