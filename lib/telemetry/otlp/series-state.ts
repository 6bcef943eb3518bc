// The previous sample of each cumulative series (sums and histograms), kept in memory to turn
// cumulative values into per-interval ones. In memory, not in the database: a write per series
// per request would double the cost of ingest, and what a restart loses is one interval per
// series (the next sample primes it again, as after a counter reset). With several console
// processes each sees a subset of a series' samples; a rate over a longer interval is still right.

export interface SeriesSample {
  /** Start of the cumulative run (ns as a number); a new start is a reset. */
  start: number;
  /** Time of the sample (ms). */
  ts: number;
  value: number;
  buckets?: number[];
  sum?: number;
}

export const MAX_TRACKED_SERIES = 200_000;
/** A previous sample older than this is not used: a rate over a long gap says little about now. */
export const MAX_SAMPLE_AGE_MS = 15 * 60_000;

export class SeriesState {
  private readonly samples = new Map<string, SeriesSample>();

  constructor(private readonly capacity = MAX_TRACKED_SERIES) {}

  /** The previous sample, if recent enough to compare with a sample taken at `ts`. */
  previous(key: string, ts: number): SeriesSample | undefined {
    const s = this.samples.get(key);
    return s && ts - s.ts <= MAX_SAMPLE_AGE_MS ? s : undefined;
  }

  /** Remembers a sample; the least recently updated series is forgotten past the capacity. */
  remember(key: string, sample: SeriesSample): void {
    this.samples.delete(key);
    this.samples.set(key, sample);
    if (this.samples.size > this.capacity) this.samples.delete(this.samples.keys().next().value!);
  }

  get size(): number {
    return this.samples.size;
  }
}

/** The process-wide state the receiver uses. */
export const seriesState = new SeriesState();
