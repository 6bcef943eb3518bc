// Save-time egress check: a document may not name a notification target or an upstream the
// egress policy refuses. A field error now beats a failed delivery at 3 a.m.
import type { DocumentKind } from '@/schemas';
import { refusedUrl } from '../egress';
import { badRequest } from '../errors';
import { forEachSecret } from '../secrets/paths';
import { documentKinds } from './document-kinds';

export function checkEgressFields(kind: DocumentKind, body: unknown): void {
  const issues: { path: string; message: string }[] = [];
  // forEachSecret walks any path pattern; here the patterns are the kind's URL fields.
  forEachSecret(body, documentKinds[kind].egressFields, (_parent, _key, value, path) => {
    if (typeof value !== 'string') return;
    const refused = refusedUrl(value);
    if (refused) issues.push({ path, message: refused.rule });
  });
  if (issues.length) throw badRequest('Some addresses are refused by the egress policy', issues);
}
