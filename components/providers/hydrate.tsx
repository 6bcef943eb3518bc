import type { ReactNode } from 'react';
import { dehydrate, HydrationBoundary, type QueryClient } from '@tanstack/react-query';

export interface HydrateProps {
  client: QueryClient;
  children: ReactNode;
}

/** Hands what a server page prefetched to the client components' queries. */
export function Hydrate({ client, children }: HydrateProps) {
  return <HydrationBoundary state={dehydrate(client)}>{children}</HydrationBoundary>;
}
