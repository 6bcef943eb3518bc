// The browser's way to call the console's JSON API: one error type carrying the envelope.
import type { ApiIssue } from '@/schemas/api';

export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[],
    readonly body: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiClientError';
  }
}

export async function apiFetch<T>(path: string, init?: { method?: string; body?: unknown; signal?: AbortSignal }): Promise<T> {
  const res = await fetch(path, {
    method: init?.method ?? 'GET',
    headers: init?.body === undefined ? undefined : { 'content-type': 'application/json' },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
    signal: init?.signal,
    credentials: 'same-origin',
  });
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const e = data?.error ?? {};
    throw new ApiClientError(res.status, e.code ?? 'error', e.message ?? `Request failed (${res.status})`, e.issues ?? [], e);
  }
  return data as T;
}

/** `/api/v1/plugins/<id>` with the id encoded (ids may contain `/` and `@`). */
export function pluginPath(pluginId: string, rest = ''): string {
  return `/api/v1/plugins/${encodeURIComponent(pluginId)}${rest}`;
}
