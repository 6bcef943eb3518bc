// The plugin list of one request, read once: the shell's plugin switcher and a page's prefetch
// both need it, and React's request cache lets them share one query.
import { cache } from 'react';
import type { QueryClient } from '@tanstack/query-core';
import { getDb } from '@/lib/db/client';
import { asJson } from '@/lib/http/to-json';
import { listPlugins } from '@/lib/plugins/list-plugins';
import { pluginQueries } from '@/lib/queries/plugins';

export const loadPlugins = cache(async () => listPlugins(await getDb()));

/** Puts the plugin list in a page's query client, under the key the client's `useQuery` reads. */
export function prefetchPlugins(qc: QueryClient): Promise<void> {
  return qc.prefetchQuery({ queryKey: pluginQueries.list().queryKey, queryFn: async () => asJson(await loadPlugins()) });
}
