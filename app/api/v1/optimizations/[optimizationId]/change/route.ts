import { route } from '@/lib/auth/route';
import { getOptimizationRow } from '@/lib/optimization/get-optimization';
import { proposeDocument } from '@/lib/optimization/propose-document';

// The document change a suggestion would save, as a diff against the current version.
export const GET = route({ role: 'viewer' }, async ({ db, params }) => {
  const { documentKind, baseVersion, stale, changes } = await proposeDocument(db, await getOptimizationRow(db, params.optimizationId));
  return { documentKind, baseVersion, stale, changes };
});
