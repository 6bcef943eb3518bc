// The worker pool as callers see it: values, progress events and ApiErrors come back across the
// thread boundary; a task past its deadline or whose caller gave up is stopped with a clear
// error, and the pool goes on serving the next task.
import { afterAll, describe, expect, it } from 'vitest';
import { CodeGenerationRequestSchema } from '@/schemas';
import { ApiError } from '@/lib/errors';
import type { GenerationStep } from '@/lib/generator/steps';
import { closeWorkerPool, MAX_QUEUED_TASKS, MAX_THREADS, runInWorker } from '.';

afterAll(closeWorkerPool);

const request = CodeGenerationRequestSchema.parse({ description: 'a todo app with tasks; tasks have a title and a due date', pluginType: 'app', outputFormat: 'low-code-schema' });
const long = CodeGenerationRequestSchema.parse({ ...request, description: 'a CRM with accounts, contacts and deals; deals have an amount and a stage. '.repeat(100) });

describe('runInWorker', () => {
  it('answers the task value, with every progress event delivered before it', async () => {
    const steps: string[] = [];
    const result = await runInWorker('generate', { kind: 'prompt', request, provider: 'builtin' }, {
      what: 'The generation',
      deadlineMs: 120_000,
      onEvent: (e) => steps.push(`${(e as GenerationStep).id}:${(e as GenerationStep).status}`),
    });
    expect(result.schemas?.map((s) => s.path)).toContain('src/objects/task.object.ts');
    expect(steps[0]).toBe('request:running');
    expect(steps.at(-1)).toBe('result:done');
  });

  it('throws an ApiError raised in the task as the same ApiError', async () => {
    const error = await runInWorker('generate', { kind: 'dsl', request, dsl: 'object task\n  title: nonsense-type\n' }, { what: 'The generation', deadlineMs: 120_000 }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'invalid_dsl' });
    expect(error.issues.length).toBeGreaterThan(0);
  });

  it('stops a task past its deadline with 504 deadline_exceeded, then serves the next task', async () => {
    const error = await runInWorker('generate', { kind: 'prompt', request: long, provider: 'builtin' }, { what: 'The generation', deadlineMs: 1 }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 504, code: 'deadline_exceeded', message: 'The generation took longer than 1 ms and was stopped' });
    const next = await runInWorker('generate', { kind: 'prompt', request, provider: 'builtin' }, { what: 'The generation', deadlineMs: 120_000 });
    expect(next.outputFormat).toBe('low-code-schema');
  });

  it('stops a task whose caller gave up with 503 cancelled', async () => {
    const gaveUp = new AbortController();
    const running = runInWorker('generate', { kind: 'prompt', request: long, provider: 'builtin' }, { what: 'The generation', deadlineMs: 120_000, signal: gaveUp.signal, onEvent: () => gaveUp.abort() });
    const error = await running.catch((e) => e);
    expect(error).toMatchObject({ status: 503, code: 'cancelled', message: 'The generation was cancelled: the request ended' });
  });

  it(`refuses a task with 503 busy when ${MAX_QUEUED_TASKS} already wait for a thread`, async () => {
    const stop = new AbortController();
    const opts = { what: 'The generation', deadlineMs: 120_000, signal: stop.signal };
    const all = Array.from({ length: MAX_THREADS + MAX_QUEUED_TASKS + 1 }, () => runInWorker('generate', { kind: 'prompt', request: long, provider: 'builtin' }, opts).catch((e) => e));
    stop.abort();
    const errors = await Promise.all(all);
    expect(errors[0]).toMatchObject({ status: 503, code: 'cancelled' });
    expect(errors.at(-2)).toMatchObject({ status: 503, code: 'cancelled' });
    expect(errors.at(-1)).toMatchObject({ status: 503, code: 'busy', message: 'The server is busy; try the generation again in a moment' });
  });
});
