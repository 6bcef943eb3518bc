/*
 * Runs a named task (tasks.ts) on the worker pool with a deadline. A task past its deadline is
 * stopped (its thread is ended, the pool starts another) and answers 504 deadline_exceeded; a
 * full queue answers 503 busy; an ApiError thrown in the task comes back as the same ApiError.
 */
import { MessageChannel } from 'node:worker_threads';
import { ApiError } from '@/lib/errors';
import { workerPool } from './pool';
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

export async function runInWorker<K extends TaskName>(task: K, input: TaskInput<K>, opts: WorkerRunOptions): Promise<TaskOutput<K>> {
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
    if (deadline.aborted) throw new ApiError(504, 'deadline_exceeded', `${opts.what} took longer than ${Math.round(opts.deadlineMs / 1000)} s and was stopped`);
    if (opts.signal?.aborted) throw new ApiError(503, 'cancelled', `${opts.what} was cancelled: the request ended`);
    if (error instanceof Error && /queue is at limit/i.test(error.message)) throw new ApiError(503, 'busy', `The server is busy; try ${opts.what.toLowerCase()} again in a moment`);
    throw error;
  } finally {
    channel?.port1.close();
  }
  if (answer.ok) return answer.value as TaskOutput<K>;
  const { message, api } = answer.error;
  throw api ? new ApiError(api.status, api.code, message, api.issues, api.details) : new Error(message);
}
