// Query definitions for the generator: the history list and one generation, plus the
// streamed POSTs that start a generation or a refinement and report their steps.
import { apiFetch, ApiClientError } from '../http/api-fetch';
import type { GenerationStep } from '../generator/steps';
import type { GenerationDetail, GenerationSummary } from '../generator/history/generation-dto';
import type { GenerateBody, RefineBody } from '@/schemas/generator-api';

export type { GenerationDetail, GenerationSummary };

export const generatorQueries = {
  all: () => ['generator'] as const,
  list: () => ({
    queryKey: [...generatorQueries.all(), 'list'] as const,
    queryFn: async () => (await apiFetch<{ generations: GenerationSummary[] }>('/api/v1/generator/generations')).generations,
  }),
  detail: (id: string) => ({
    queryKey: [...generatorQueries.all(), 'detail', id] as const,
    queryFn: async () => (await apiFetch<{ generation: GenerationDetail }>(`/api/v1/generator/generations/${encodeURIComponent(id)}`)).generation,
  }),
};

export function zipHref(id: string): string {
  return `/api/v1/generator/generations/${encodeURIComponent(id)}/zip`;
}

type StreamEvent =
  | { type: 'started'; id: string }
  | { type: 'step'; step: GenerationStep }
  | { type: 'done'; generation: GenerationDetail }
  | { type: 'error'; status: number; error: { code: string; message: string; issues?: { path: string; message: string }[] } & Record<string, unknown> };

export interface StreamHandlers {
  onStep?: (step: GenerationStep) => void;
  signal?: AbortSignal;
}

/** Input of POST /generate as the page sends it (the server parses and fills defaults). */
export type GenerateInput = Omit<GenerateBody, 'request' | 'input'> & { input: GenerateBody['input']; request: Record<string, unknown> };

export function streamGenerate(body: GenerateInput, handlers: StreamHandlers = {}): Promise<GenerationDetail> {
  return streamPost('/api/v1/generator/generate', body, handlers);
}

export function streamRefine(body: RefineBody, handlers: StreamHandlers = {}): Promise<GenerationDetail> {
  return streamPost('/api/v1/generator/refine', body, handlers);
}

/** POSTs and reads the NDJSON answer line by line; errors become ApiClientError either way. */
async function streamPost(path: string, body: unknown, { onStep, signal }: StreamHandlers): Promise<GenerationDetail> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/x-ndjson' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
    signal,
  });
  if (!res.ok || !res.body) {
    const data = await res.json().catch(() => null);
    const e = data?.error ?? {};
    throw new ApiClientError(res.status, e.code ?? 'error', e.message ?? `Request failed (${res.status})`, e.issues ?? [], { ...e, retryAfter: res.headers.get('retry-after') });
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffer += value ?? '';
    const lines = buffer.split('\n');
    buffer = done ? '' : (lines.pop() ?? '');
    for (const line of lines) {
      if (!line.trim()) continue;
      const event = JSON.parse(line) as StreamEvent;
      if (event.type === 'step') onStep?.(event.step);
      else if (event.type === 'done') return event.generation;
      else if (event.type === 'error') throw new ApiClientError(event.status, event.error.code, event.error.message, event.error.issues ?? [], event.error);
    }
    if (done) throw new ApiClientError(502, 'stream_ended', 'The server stopped answering before the generation finished', [], {});
  }
}
