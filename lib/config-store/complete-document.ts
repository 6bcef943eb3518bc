// A submitted document (secrets as the redaction marker where unchanged) made whole with the
// stored secrets and parsed with its kind's schema: what save and the connection tests act on.
import type { DocumentKind } from '@/schemas';
import { badRequest, zodIssues } from '../errors';
import { keepStoredSecrets } from '../secrets/redact';
import { documentKinds } from './document-kinds';

/** `issuePrefix` names where the document sits in the request, for the issues' paths. */
export function completeDocument(kind: DocumentKind, submitted: unknown, storedPlain: unknown, issuePrefix: string[] = []): unknown {
  const spec = documentKinds[kind];
  const kept = keepStoredSecrets(submitted, storedPlain, spec.secretPaths, spec.secretEndpoints);
  const at = (path: string) => [...issuePrefix, path].join('.');
  if (kept.issues.length) throw badRequest('Some secrets must be entered again', kept.issues.map((i) => ({ ...i, path: at(i.path) })));
  const parsed = spec.schema.safeParse(kept.doc);
  if (!parsed.success) throw badRequest(`The ${spec.title} document is invalid`, zodIssues(parsed.error, issuePrefix));
  return parsed.data;
}
