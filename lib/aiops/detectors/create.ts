// Builds a detector for a config, resumes one from stored state, or scores a whole series.
import type { BaseDetector } from './base';
import { minEffectFor, type MinEffect } from './effect-size';
import { StatisticalDetector } from './statistical';
import { HybridDetector } from './hybrid';
import { HeuristicDetector } from './heuristic';
import { MachineLearningDetector } from './machine-learning';
import { resolveConfig, type AnomalyDetectionConfig, type DetectorAlgorithm, type DetectorState, type MetricPoint, type ResolvedConfig } from './types';


type AnyDetector = BaseDetector<object>;
const FACTORIES: Record<DetectorAlgorithm, (c: ResolvedConfig, e: MinEffect | null) => AnyDetector> = {
  statistical: (c, e) => new StatisticalDetector(c, e),
  heuristic: (c, e) => new HeuristicDetector(c, e),
  'machine-learning': (c, e) => new MachineLearningDetector(c, e),
  hybrid: (c, e) => new HybridDetector(c, e),
};

/** Per-detector options beyond the protocol's config. */
export interface DetectorOptions {
  /** The metric scored: picks its kind's minimum effect (effect-size.ts). Without it, no minimum. */
  metric?: string;
  /** Per-metric override of the minimum effect (either part). */
  minEffect?: Partial<MinEffect>;
}

export function createDetector(config: Partial<AnomalyDetectionConfig>, options: DetectorOptions = {}): AnyDetector {
  const resolved = resolveConfig(config);
  return FACTORIES[resolved.algorithm](resolved, minEffectFor(options.metric, options.minEffect));
}

/** Resumes a saved detector; its minimum effect comes from the state unless options give one. */
export function fromState(state: DetectorState, options?: DetectorOptions): AnyDetector {
  const effect = options ? minEffectFor(options.metric, options.minEffect) : (state.minEffect ?? null);
  return FACTORIES[state.algorithm](resolveConfig(state.config), effect).restore(state);
}

/** Scores a whole series causally; each score in [0, 1]. */
export function scoreSeries(points: ReadonlyArray<MetricPoint>, config: Partial<AnomalyDetectionConfig>, options: DetectorOptions = {}): number[] {
  const d = createDetector(config, options);
  const out = new Array<number>(points.length);
  for (let i = 0; i < points.length; i++) out[i] = d.push(points[i].timestamp, points[i].value);
  return out;
}
