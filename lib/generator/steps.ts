/*
 * Progress steps of a generation, reported through onStep so the page can stream them. Each
 * step is reported when it starts and again when it ends (done, failed or skipped).
 */

export type StepId = 'request' | 'understand' | 'check-model' | 'build' | 'validate' | 'result';
export type StepStatus = 'running' | 'done' | 'failed' | 'skipped';

export interface GenerationStep {
  id: StepId;
  label: string;
  status: StepStatus;
  /** A short note: what the provider is doing, how many problems were found. */
  detail?: string;
}

export type OnStep = (step: GenerationStep) => void;

/** Runs `work` as a step: reports running, then done with its detail, or failed and rethrows. */
export async function runStep<T>(onStep: OnStep | undefined, id: StepId, label: string, work: (progress: (detail: string) => void) => T | Promise<T>, detail?: (value: T) => string | undefined): Promise<T> {
  onStep?.({ id, label, status: 'running' });
  try {
    const value = await work((note) => onStep?.({ id, label, status: 'running', detail: note }));
    const note = detail?.(value);
    onStep?.({ id, label, status: 'done', ...(note ? { detail: note } : {}) });
    return value;
  } catch (error) {
    onStep?.({ id, label, status: 'failed', detail: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}
