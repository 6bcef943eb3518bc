/*
 * The work the pool's threads do, by name: CPU-bound, pure computations that take plain data in
 * and give plain data out (structured-cloned across the thread boundary). Database reads and
 * writes stay on the main thread, before and after. `emit` sends progress back while it runs.
 */
import { runGenerationTask } from '@/lib/generator/history/generation-task';
import { simulateHealing } from '@/lib/healing/dry-run/simulate';

export type Emit = (event: unknown) => void;

export const TASKS = {
  /** A generation (prompt, DSL or refine); emits its progress steps. */
  generate: runGenerationTask,
  /** The self-healing dry run's replay of every engine pass over preloaded history. */
  'simulate-healing': (input: Parameters<typeof simulateHealing>) => simulateHealing(...input),
} satisfies Record<string, (input: never, emit: Emit) => unknown>;

export type TaskName = keyof typeof TASKS;
export type TaskInput<K extends TaskName> = Parameters<(typeof TASKS)[K]>[0];
export type TaskOutput<K extends TaskName> = Awaited<ReturnType<(typeof TASKS)[K]>>;
