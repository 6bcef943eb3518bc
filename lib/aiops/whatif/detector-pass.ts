// The detector pass of a what-if preview: the live detector (createDetector, the same class
// and config the ingest path scores with) run over a raw series. Scores and bands are kept in
// typed arrays per (series, detector settings), so moving the confidence threshold never
// re-runs a detector, and since detectors are causal a pass is extended with new points
// instead of being redone. The cache belongs to the caller (the preview worker thread's).
import type { AnomalyDetectionConfig } from '@/schemas';
import { createDetector } from '../detectors';
import { detectorConfigHash } from '../detect/detection-config';
import type { RawSeries } from './series-buffer';

export interface ScoredSeries {
  raw: RawSeries;
  /** The warm-up start asked for when the pass began. */
  startAt: number;
  /** Index in the raw series of the first point the detector saw. */
  first: number;
  /** Points scored so far, counted from `first`. */
  n: number;
  score: Float32Array;
  expected: Float32Array;
  lower: Float32Array;
  upper: Float32Array;
  detector: ReturnType<typeof createDetector>;
}

/** A pass may start up to this much earlier than asked, so a moving "now" keeps reusing it. */
const REUSE_SLACK_MS = 6 * 3_600_000;
const MAX_ENTRIES = 40;

function grow(a: Float32Array, size: number): Float32Array {
  if (a.length >= size) return a;
  const b = new Float32Array(Math.max(size, Math.ceil(a.length * 1.25) + 1024));
  b.set(a);
  return b;
}

function run(s: ScoredSeries): void {
  const { t, v, n } = s.raw;
  const total = n - s.first;
  if (total <= s.n) return;
  s.score = grow(s.score, total);
  s.expected = grow(s.expected, total);
  s.lower = grow(s.lower, total);
  s.upper = grow(s.upper, total);
  const d = s.detector;
  const out = d.out;
  for (let k = s.n; k < total; k++) {
    const i = s.first + k;
    s.score[k] = d.push(t[i], v[i]);
    s.expected[k] = out.expected;
    s.lower[k] = out.lower;
    s.upper[k] = out.upper;
  }
  s.n = total;
}

/**
 * The series scored by a detector with `config`'s settings, starting at the first point at or
 * after `startAt` (the warm-up before the range shown), up to the newest cached point.
 */
/** Whether `next` is `prev` with points appended (the same history, grown), so a pass over `prev` extends to it. */
function extendsSeries(prev: RawSeries, next: RawSeries): boolean {
  if (next.n < prev.n) return false;
  if (prev.n === 0) return true;
  return next.t[0] === prev.t[0] && next.t[prev.n - 1] === prev.t[prev.n - 1] && next.v[prev.n - 1] === prev.v[prev.n - 1];
}

export function scoredSeries(
  cache: Map<string, ScoredSeries>,
  key: string,
  raw: RawSeries,
  config: AnomalyDetectionConfig,
  startAt: number,
): { scored: ScoredSeries; reused: boolean } {
  const id = `${key}\u0000${detectorConfigHash(config)}`;
  const hit = cache.get(id);
  if (hit && hit.startAt <= startAt && startAt - hit.startAt <= REUSE_SLACK_MS && extendsSeries(hit.raw, raw)) {
    cache.delete(id);
    cache.set(id, hit); // most recently used last
    hit.raw = raw;
    run(hit);
    return { scored: hit, reused: true };
  }
  const s: ScoredSeries = {
    raw,
    startAt,
    first: raw.lowerBound(startAt),
    n: 0,
    score: new Float32Array(0),
    expected: new Float32Array(0),
    lower: new Float32Array(0),
    upper: new Float32Array(0),
    detector: createDetector(config),
  };
  run(s);
  cache.set(id, s);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return { scored: s, reused: false };
}
