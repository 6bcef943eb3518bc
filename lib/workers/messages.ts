// What crosses the thread boundary besides a task's input: its answer, and the mark that ends
// its progress events. No imports, so the main thread can use it without loading the tasks.

/** An error as it crosses back to the main thread: ApiErrors keep their status, code and issues. */
export interface SentError {
  message: string;
  api?: { status: number; code: string; issues: { path: string; message: string }[]; details?: Record<string, unknown> };
}

/** The last message on a task's event port. */
export const TASK_END = '\u0000task-end';

export type TaskAnswer = { ok: true; value: unknown } | { ok: false; error: SentError };
