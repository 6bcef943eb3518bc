// The console's one QueryClient factory and its defaults.
import { QueryClient } from '@tanstack/query-core';

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, err) => count < 2 && !(err instanceof Error && 'status' in err && Number((err as { status: number }).status) < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}
