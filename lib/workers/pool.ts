/*
 * The one pool of worker threads for CPU-heavy work, so that no request holds the event loop
 * (sign-in, /api/v1/me and every other request keep answering while a generation runs).
 * Created on first use; idle threads stay a while, since a new one compiles the sources again.
 */
import os from 'node:os';
import path from 'node:path';
import { SHARE_ENV } from 'node:worker_threads';
import { Piscina } from 'piscina';

/** Tasks waiting for a thread before new ones are refused as busy (503, run-in-worker.ts). */
export const MAX_QUEUED_TASKS = 16;
const IDLE_MS = 10 * 60_000;
/** Threads at most: one core stays with the main thread. */
export const MAX_THREADS = Math.max(1, Math.min(4, os.availableParallelism() - 1));

let pool: Piscina | null = null;

export function workerPool(): Piscina {
  // The worker file is found from the project root: route code runs bundled from .next/.
  pool ??= new Piscina({
    filename: path.join(process.cwd(), 'lib/workers/worker.mjs'),
    minThreads: 1,
    maxThreads: MAX_THREADS,
    idleTimeout: IDLE_MS,
    // The threads read the same environment as the server (lib/env.ts), not a copy taken when they started.
    env: SHARE_ENV,
  });
  return pool;
}

/** Stops the threads (tests and benchmarks, so the process can exit). */
export async function closeWorkerPool(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.destroy();
}
