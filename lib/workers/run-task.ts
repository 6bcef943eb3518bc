/*
 * The worker side of the pool: runs one named task (tasks.ts) and answers its value or its
 * error as plain data; progress events go out on the port the caller sent along.
 */
import type { MessagePort } from 'node:worker_threads';
import { ApiError } from '@/lib/errors';
import { TASK_END, type SentError, type TaskAnswer } from './messages';
import { TASKS, type TaskName } from './tasks';

export interface TaskMessage {
  task: TaskName;
  input: unknown;
  port?: MessagePort;
}

export async function runTask({ task, input, port }: TaskMessage): Promise<TaskAnswer> {
  try {
    const run = TASKS[task] as (input: unknown, emit: (event: unknown) => void) => unknown;
    return { ok: true, value: await run(input, (event) => port?.postMessage(event)) };
  } catch (error) {
    return { ok: false, error: sendable(error) };
  } finally {
    // Events and the answer travel on different ports: the caller waits for this mark so no event arrives after the answer.
    port?.postMessage(TASK_END);
    port?.close();
  }
}

function sendable(error: unknown): SentError {
  if (error instanceof ApiError) return { message: error.message, api: { status: error.status, code: error.code, issues: error.issues, details: error.details } };
  return { message: error instanceof Error ? error.message : String(error) };
}
