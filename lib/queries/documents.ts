import { apiFetch, pluginPath } from '../http/api-fetch';
import type { DocumentKind } from '@/schemas';
import type { DocumentView } from '../config-store/document-view';
import type { DocumentChange } from '../config-store/diff-documents';

export interface HistoryEntry {
  version: number;
  authorName: string;
  comment: string;
  createdAt: string;
  restoredFrom: number | null;
}

/** The API path of a document: a plugin's, or one of the installation's (registry, telemetry). */
export function documentPath(kind: DocumentKind, pluginId: string | null, rest = ''): string {
  return pluginId === null ? `/api/v1/${kind}${rest}` : pluginPath(pluginId, `/${kind}${rest}`);
}

export const documentQueries = {
  all: (kind: DocumentKind, pluginId: string | null) => ['document', kind, pluginId ?? 'installation'] as const,
  current: (kind: DocumentKind, pluginId: string | null) => ({
    queryKey: [...documentQueries.all(kind, pluginId), 'current'] as const,
    queryFn: () => apiFetch<DocumentView>(documentPath(kind, pluginId)),
  }),
  /** One saved version as the API shows it (secrets redacted). */
  version: (kind: DocumentKind, pluginId: string | null, version: number) => ({
    queryKey: [...documentQueries.all(kind, pluginId), 'version', version] as const,
    queryFn: () => apiFetch<DocumentView>(documentPath(kind, pluginId, `?version=${version}`)),
  }),
  history: (kind: DocumentKind, pluginId: string | null) => ({
    queryKey: [...documentQueries.all(kind, pluginId), 'history'] as const,
    queryFn: async () => (await apiFetch<{ versions: HistoryEntry[] }>(documentPath(kind, pluginId, '/history'))).versions,
  }),
  diff: (kind: DocumentKind, pluginId: string | null, from: number, to: number) => ({
    queryKey: [...documentQueries.all(kind, pluginId), 'diff', from, to] as const,
    queryFn: async () =>
      (await apiFetch<{ changes: DocumentChange[] }>(documentPath(kind, pluginId, `/diff?from=${from}&to=${to}`))).changes,
  }),
};
