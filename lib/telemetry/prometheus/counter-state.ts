// The previous sample of each counter series, in memory, to turn cumulative values into rates.
// Not in the database: a write per series per request would double the cost of ingest, and a
// restart loses one interval per series (the next sample starts the rate again, as after a
// reset). With several console processes each sees a subset of a series' samples; a rate over a
// longer interval is still right. The least recently updated series is forgotten past capacity.

export interface CounterSample {
  /** Epoch ms. */
  ts: number;
  value: number;
}

export const MAX_TRACKED_COUNTERS = 200_000;
/** A previous sample older than this is not used: a rate over a long gap says little about now. */
export const MAX_COUNTER_GAP_MS = 15 * 60_000;

export class CounterState {
  private readonly samples = new Map<string, CounterSample>();

  constructor(private readonly capacity = MAX_TRACKED_COUNTERS) {}

  previous(key: string, ts: number): CounterSample | undefined {
    const s = this.samples.get(key);
    return s && ts - s.ts <= MAX_COUNTER_GAP_MS ? s : undefined;
  }

  remember(key: string, sample: CounterSample): void {
    this.samples.delete(key);
    this.samples.set(key, sample);
    if (this.samples.size > this.capacity) this.samples.delete(this.samples.keys().next().value!);
  }
}
