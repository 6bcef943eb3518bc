// Ingest batches of one process run one after another: detectors are stateful streams, and
// two batches scoring the same series at once would feed them out of order.
const g = globalThis as unknown as { __ingestQueue?: Promise<unknown> };

export function serialized<T>(work: () => Promise<T>): Promise<T> {
  const run = (g.__ingestQueue ?? Promise.resolve()).then(work, work);
  g.__ingestQueue = run.catch(() => undefined);
  return run;
}
