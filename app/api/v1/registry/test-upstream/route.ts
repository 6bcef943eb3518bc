import { UpstreamTestSchema, type RegistryConfig } from '@/schemas';
import { route } from '@/lib/auth/route';
import { badRequest } from '@/lib/errors';
import { resolveDraft } from '@/lib/config-store/resolve-draft';
import { testRegistryUpstream } from '@/lib/connectivity/test-registry-upstream';

// Tests one upstream of the edited (possibly unsaved) registry document.
export const POST = route({ role: 'operator', body: UpstreamTestSchema }, async ({ db, body }) => {
  const doc = await resolveDraft<RegistryConfig>(db, 'registry', null, body.body);
  const upstream = doc.upstream?.[body.index];
  if (!upstream) throw badRequest('There is no such upstream', [{ path: 'index', message: `The document has ${doc.upstream?.length ?? 0} upstream(s)` }]);
  return testRegistryUpstream(upstream, { probePackage: body.probePackage });
});
