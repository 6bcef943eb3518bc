/*
 * Runs a named task (tasks.ts) on the worker pool with a deadline. A task past its deadline is
 * stopped (its thread is ended, the pool starts another) and answers 504 deadline_exceeded;
 * with MAX_QUEUED_TASKS already waiting, a new task answers 503 busy; an ApiError thrown in
 * the task comes back as the same ApiError.
 */
import { MessageChannel } from 'node:worker_threads';
import { ApiError } from '@/lib/errors';
import { MAX_QUEUED_TASKS, MAX_THREADS, workerPool } from './pool';
import { TASK_END, type TaskAnswer } from './messages';
import type { TaskInput, TaskName, TaskOutput } from './tasks';

export interface WorkerRunOptions {
  /** What the task is, in words, for the error messages ("The generation"). */
  what: string;
  deadlineMs: number;
  /** The caller's own cancellation (the client went away). */
  signal?: AbortSignal;
  /** Progress events the task emits. */
  onEvent?: (event: unknown) => void;
}

/** Tasks running or waiting. Counted here: piscina's own maxQueue does not count tasks that carry an abort signal. */
let inFlight = 0;

export async function runInWorker<K extends TaskName>(task: K, input: TaskInput<K>, opts: WorkerRunOptions): Promise<TaskOutput<K>> {
  if (inFlight >= MAX_THREADS + MAX_QUEUED_TASKS) throw new ApiError(503, 'busy', `The server is busy; try ${opts.what.toLowerCase()} again in a moment`);
  inFlight++;
  try {
    return await runCounted(task, input, opts);
  } finally {
    inFlight--;
  }
}

async function runCounted<K extends TaskName>(task: K, input: TaskInput<K>, opts: WorkerRunOptions): Promise<TaskOutput<K>> {
  const deadline = AbortSignal.timeout(opts.deadlineMs);
  const signal = opts.signal ? AbortSignal.any([deadline, opts.signal]) : deadline;
  const channel = opts.onEvent ? new MessageChannel() : null;
  const ended = new Promise<void>((resolve) => {
    if (!channel) return resolve();
    channel.port1.on('message', (event) => (event === TASK_END ? resolve() : opts.onEvent!(event)));
  });
  let answer: TaskAnswer;
  try {
    answer = await workerPool().run({ task, input, port: channel?.port2 }, { signal, transferList: channel ? [channel.port2] : undefined });
    await ended;
  } catch (error) {
    if (deadline.aborted) throw new ApiError(504, 'deadline_exceeded', `${opts.what} took longer than ${duration(opts.deadlineMs)} and was stopped`);
    if (opts.signal?.aborted) throw new ApiError(503, 'cancelled', `${opts.what} was cancelled: the request ended`);
    throw error;
  } finally {
    channel?.port1.close();
  }
  if (answer.ok) return answer.value as TaskOutput<K>;
  const { message, api } = answer.error;
  throw api ? new ApiError(api.status, api.code, message, api.issues, api.details) : new Error(message);
}

const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);
