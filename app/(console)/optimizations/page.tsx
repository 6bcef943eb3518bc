import type { Metadata } from 'next';
import { getDb } from '@/lib/db/client';
import { hasRole } from '@/lib/auth/roles';
import { asJson } from '@/lib/http/to-json';
import { listOptimizations } from '@/lib/optimization/list-optimizations';
import { makeQueryClient } from '@/lib/queries/query-client';
import { optimizationQueries } from '@/lib/queries/optimizations';
import { Hydrate } from '@/components/providers/hydrate';
import { prefetchPlugins } from '../plugin-list';
import { requireRole } from '../require-role';
import { OptimizationsClient } from './client';
import { parseStatus } from './search-params';

export const metadata: Metadata = { title: 'Optimizations' };

export default async function OptimizationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole('viewer');
  const status = parseStatus(await searchParams);
  const db = await getDb();
  const qc = makeQueryClient();
  await Promise.all([
    prefetchPlugins(qc),
    qc.prefetchQuery({
      queryKey: optimizationQueries.list(status).queryKey,
      queryFn: async () => asJson(await listOptimizations(db, { status: status === 'all' ? undefined : status })),
    }),
  ]);
  return (
    <Hydrate client={qc}>
      <OptimizationsClient canEdit={hasRole(user.role, 'operator')} />
    </Hydrate>
  );
}
