import type { ReactNode } from 'react';
import { defaultShouldDehydrateQuery, dehydrate, HydrationBoundary, type QueryClient } from '@tanstack/react-query';

export interface HydrateProps {
  client: QueryClient;
  children: ReactNode;
}

/**
 * Hands what a server page prefetched to the client components' queries. Queries still pending
 * go too: their promise streams to the browser with the page, and the query there waits for it
 * rather than fetching again.
 */
export function Hydrate({ client, children }: HydrateProps) {
  const state = dehydrate(client, { shouldDehydrateQuery: (q) => defaultShouldDehydrateQuery(q) || q.state.status === 'pending' });
  return <HydrationBoundary state={state}>{children}</HydrationBoundary>;
}
