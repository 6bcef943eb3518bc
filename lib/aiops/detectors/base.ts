// Common streaming shell: buffers the first few points to learn the sampling interval, turns
// timeWindow (seconds) into a history length in points, then feeds points to the algorithm.
// The algorithm keeps all of its state in one plain object so getState()/fromState() are exact.
import { capByEffect, type MinEffect } from './effect-size';
import { encodeState, decodeState } from './state';
import { BAND_SIGMAS, type DetectorAlgorithm, type DetectorOutput, type DetectorState, type MetricPoint, type ResolvedConfig, type StreamingDetector } from './types';

export const WARMUP_POINTS = 6;

/**
 * The longest a detector may hold off after an alert, in minutes, whatever timeWindow is: a
 * hold-off keeps one incident from raising a string of alerts, but a longer one mutes the metric
 * and a second fault goes unseen (issue 17: 0.75 × a 2-day window held off for 36 hours).
 */
export const MAX_HOLD_OFF_MINUTES = 10;

/** A hold-off of `wanted` points, cut to MAX_HOLD_OFF_MINUTES at the sampling interval (at least 0). */
export function holdOffPoints(wanted: number, intervalSec: number): number {
  return Math.max(0, Math.min(wanted, Math.floor((MAX_HOLD_OFF_MINUTES * 60) / intervalSec)));
}

export interface Timing {
  /** Median sampling interval of the first points, seconds. */
  intervalSec: number;
  /** timeWindow expressed in points at that interval (before per-detector clamping). */
  windowPoints: number;
}

export function timingFrom(timestamps: ArrayLike<number>, timeWindowSec: number): Timing {
  const deltas: number[] = [];
  for (let i = 1; i < timestamps.length; i++) {
    const d = (timestamps[i] - timestamps[i - 1]) / 1000;
    if (d > 0) deltas.push(d);
  }
  deltas.sort((a, b) => a - b);
  const intervalSec = deltas.length ? deltas[deltas.length >> 1] : 60;
  return { intervalSec, windowPoints: Math.max(1, Math.round(timeWindowSec / intervalSec)) };
}

export abstract class BaseDetector<S extends object> implements StreamingDetector {
  abstract readonly algorithm: DetectorAlgorithm;
  protected core: S | null = null;
  private warmT: number[] = [];
  private warmV: number[] = [];
  /** Reused output of the last step. */
  readonly out: DetectorOutput = { score: 0, expected: 0, lower: 0, upper: 0 };
  /** Band half-width in standard deviations, from the sensitivity. */
  protected readonly k: number;

  /**
   * @param minEffect the smallest deviation from the expected value that may be flagged
   *   (effect-size.ts; null: none). Algorithms cap with it before starting a hold-off, and
   *   every output is capped again here.
   */
  constructor(
    readonly config: ResolvedConfig,
    readonly minEffect: MinEffect | null = null,
  ) {
    this.k = BAND_SIGMAS[config.sensitivity];
  }

  /** The score a point may keep given the minimum effect (capped under the threshold below it). */
  protected capped(score: number, value: number, expected: number): number {
    return capByEffect(score, value, expected, this.minEffect, this.config.confidenceThreshold);
  }

  protected abstract init(timing: Timing): S;
  /** Consumes one finite value and fills `this.out`. */
  protected abstract step(core: S, value: number, timestamp: number): void;

  /** Fast path: updates and returns only the score (fills `this.out`). */
  push(timestamp: number, value: number): number {
    const out = this.out;
    if (!Number.isFinite(value)) {
      out.score = 0;
      return 0;
    }
    if (this.core === null) {
      this.warmT.push(timestamp);
      this.warmV.push(value);
      if (this.warmT.length < WARMUP_POINTS) {
        out.score = 0;
        out.expected = out.lower = out.upper = value;
        return 0;
      }
      const core = this.init(timingFrom(this.warmT, this.config.timeWindow));
      for (let i = 0; i < this.warmT.length; i++) this.step(core, this.warmV[i], this.warmT[i]);
      this.core = core;
      this.warmT = [];
      this.warmV = [];
      out.score = 0;
      return 0;
    }
    this.step(this.core, value, timestamp);
    out.score = this.capped(out.score, value, out.expected);
    return out.score;
  }

  update(point: MetricPoint): DetectorOutput {
    this.push(point.timestamp, point.value);
    return { ...this.out };
  }

  getState(): DetectorState {
    return {
      algorithm: this.algorithm,
      version: 1,
      config: { ...this.config },
      minEffect: this.minEffect === null ? null : { ...this.minEffect },
      data: encodeState({ core: this.core, warmT: this.warmT, warmV: this.warmV, out: this.out }),
    };
  }

  /** Restores a snapshot produced by getState() of the same algorithm. */
  restore(state: DetectorState): this {
    if (state.algorithm !== this.algorithm) throw new Error(`state is for ${state.algorithm}, not ${this.algorithm}`);
    const d = decodeState<{ core: S | null; warmT: number[]; warmV: number[]; out: DetectorOutput }>(state.data);
    this.core = d.core;
    this.warmT = d.warmT;
    this.warmV = d.warmV;
    Object.assign(this.out, d.out);
    return this;
  }
}
