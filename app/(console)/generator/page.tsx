import type { Metadata } from 'next';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { asJson } from '@/lib/http/to-json';
import { getGeneration } from '@/lib/generator/history/get-generation';
import { listGenerations } from '@/lib/generator/history/list-generations';
import { makeQueryClient } from '@/lib/queries/query-client';
import { generatorQueries } from '@/lib/queries/generator';
import { Hydrate } from '@/components/providers/hydrate';
import { requireRole } from '../require-role';
import { GeneratorClient } from './client';
import { parseGeneratorParams } from './search-params';

export const metadata: Metadata = { title: 'Generator' };

// Prefetches the history and, when the URL names one, the open generation; a missing one is
// left to the client, which says so.
export default async function GeneratorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole('viewer');
  const view = parseGeneratorParams(await searchParams);
  const db = await getDb();
  const qc = makeQueryClient();
  await Promise.all([
    qc.prefetchQuery({ queryKey: generatorQueries.list().queryKey, queryFn: async () => asJson(await listGenerations(db)) }),
    view.open
      ? qc.prefetchQuery({
          queryKey: generatorQueries.detail(view.open).queryKey,
          queryFn: async () => asJson(await getGeneration(db, view.open!)),
        })
      : null,
  ]);
  return (
    <Hydrate client={qc}>
      <GeneratorClient canGenerate={hasRole(user.role, 'operator')} />
    </Hydrate>
  );
}
