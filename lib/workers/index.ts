// CPU-heavy work off the request thread: runInWorker runs a named task (tasks.ts) on the pool.
export { runInWorker, type WorkerRunOptions } from './run-in-worker';
export { closeWorkerPool, MAX_QUEUED_TASKS, MAX_THREADS } from './pool';
export type { TaskInput, TaskName, TaskOutput } from './tasks';
