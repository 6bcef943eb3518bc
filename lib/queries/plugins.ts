// Query definitions for plugins: one key and fetcher, used by server prefetch and client hooks.
import { apiFetch } from '../http/api-fetch';
import type { PluginRow } from '../plugins/list-plugins';

export type PluginDto = Omit<PluginRow, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string };

export const pluginQueries = {
  all: () => ['plugins'] as const,
  list: () => ({
    queryKey: [...pluginQueries.all(), 'list'] as const,
    queryFn: async () => (await apiFetch<{ plugins: PluginDto[] }>('/api/v1/plugins')).plugins,
  }),
};
