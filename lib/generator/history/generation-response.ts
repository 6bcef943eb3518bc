/*
 * The HTTP answer of a generation. With `Accept: application/x-ndjson` the progress steps are
 * streamed as they happen, one JSON object per line: {type:"started",id}, {type:"step",step}...,
 * then {type:"done",generation} or {type:"error",status,error}. Otherwise one JSON answer
 * (201 with the generation, or the error envelope with its status). Rate limiting and request
 * errors are answered before any streaming, with their own status (429 with retry-after).
 */
import type { Db } from '@/lib/db/client';
import type { Actor } from '@/lib/auth/actor';
import { errorResponse, json } from '@/lib/auth/route';
import { ApiError } from '@/lib/errors';
import { completeGeneration, startGeneration, type GenerationJob } from './run-generation';
import { GenerationRateLimited } from './rate-limit';

export const NDJSON = 'application/x-ndjson';

export async function generationResponse(req: Request, db: Db, actor: Actor, job: GenerationJob): Promise<Response> {
  let id: string;
  try {
    id = await startGeneration(db, actor, job);
  } catch (error) {
    if (!(error instanceof GenerationRateLimited)) throw error;
    const res = errorResponse(error);
    res.headers.set('retry-after', String(error.retryAfterSeconds));
    return res;
  }
  if (!(req.headers.get('accept') ?? '').includes(NDJSON)) {
    return json({ generation: await completeGeneration(db, actor, id, job, { signal: req.signal }) }, 201);
  }
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      // A client that went away must not fail the generation: it is still saved to the history.
      let open = true;
      const send = (event: unknown) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        } catch {
          open = false;
        }
      };
      send({ type: 'started', id });
      try {
        const generation = await completeGeneration(db, actor, id, job, { signal: req.signal, onStep: (step) => send({ type: 'step', step }) });
        send({ type: 'done', generation });
      } catch (error) {
        send({ type: 'error', ...envelopeOf(error, req) });
      }
      if (open) controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': `${NDJSON}; charset=utf-8`, 'cache-control': 'no-store', 'x-accel-buffering': 'no' } });
}

function envelopeOf(error: unknown, req: Request): { status: number; error: Record<string, unknown> } {
  if (error instanceof ApiError) {
    return { status: error.status, error: { code: error.code, message: error.message, issues: error.issues, ...(error.details ?? {}) } };
  }
  console.error(`[api] ${req.method} ${new URL(req.url).pathname} failed:`, error);
  return { status: 500, error: { code: 'internal', message: 'Something went wrong on the server; the error was logged', issues: [] } };
}
