// The detector pass of a what-if preview: the live detector (createDetector, the same class
// and config the ingest path scores with) run over a cached raw series. Scores and bands are
// kept in typed arrays per (series, detector settings), so moving the confidence threshold
// never re-runs a detector, and since detectors are causal a pass is extended with new points
// instead of being redone.
import type { AnomalyDetectionConfig } from '@/schemas';
import type { Db } from '../../db/client';
import { cacheFor } from '../../db/per-db-cache';
import { createDetector } from '../detectors';
import { detectorConfigHash } from '../detect/detection-config';
import type { RawEntry } from './raw-series';

export interface ScoredSeries {
  raw: RawEntry;
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
  const { t, v, n } = s.raw.series;
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
export function scoredSeries(db: Db, key: string, raw: RawEntry, config: AnomalyDetectionConfig, startAt: number): { scored: ScoredSeries; reused: boolean } {
  const cache = cacheFor<ScoredSeries>(db, 'whatif-scored');
  const id = `${key}\u0000${detectorConfigHash(config)}`;
  const hit = cache.get(id);
  if (hit && hit.raw === raw && hit.startAt <= startAt && startAt - hit.startAt <= REUSE_SLACK_MS) {
    cache.delete(id);
    cache.set(id, hit); // most recently used last
    run(hit);
    return { scored: hit, reused: true };
  }
  const s: ScoredSeries = {
    raw,
    startAt,
    first: raw.series.lowerBound(startAt),
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
