/*
 * The work the pool's threads do, by name: CPU-bound, pure computations that take plain data in
 * and give plain data out (structured-cloned across the thread boundary). Database reads and
 * writes stay on the main thread, before and after. `emit` sends progress back while it runs.
 */
import { runGenerationTask } from '@/lib/generator/history/generation-task';
import { simulateHealing } from '@/lib/healing/dry-run/simulate';
import { forgetPreviewPasses, scoreAnomalyPreview } from '@/lib/aiops/whatif/score-anomaly-preview';
import { replayScalingPreview } from '@/lib/aiops/whatif/score-autoscaling-preview';

export type Emit = (event: unknown) => void;

export const TASKS = {
  /** A generation (prompt, DSL or refine); emits its progress steps. */
  generate: runGenerationTask,
  /** The self-healing dry run's replay of every engine pass over preloaded history. */
  'simulate-healing': (input: Parameters<typeof simulateHealing>) => simulateHealing(...input),
  /** The anomaly what-if's detector passes over the history the main thread read. */
  'preview-anomalies': scoreAnomalyPreview,
  /** Forgets the thread's cached preview passes (benchmarks measure cold previews). */
  'forget-preview-passes': forgetPreviewPasses,
  /** One auto-scaling policy of the what-if replayed over the history the main thread read. */
  'preview-autoscaling': replayScalingPreview,
} satisfies Record<string, (input: never, emit: Emit) => unknown>;

export type TaskName = keyof typeof TASKS;
export type TaskInput<K extends TaskName> = Parameters<(typeof TASKS)[K]>[0];
export type TaskOutput<K extends TaskName> = Awaited<ReturnType<(typeof TASKS)[K]>>;
