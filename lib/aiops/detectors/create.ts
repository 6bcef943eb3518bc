// Builds a detector for a config, resumes one from stored state, or scores a whole series.
import type { BaseDetector } from './base';
import { StatisticalDetector } from './statistical';
import { HybridDetector } from './hybrid';
import { HeuristicDetector } from './heuristic';
import { MachineLearningDetector } from './machine-learning';
import { resolveConfig, type AnomalyDetectionConfig, type DetectorAlgorithm, type DetectorState, type MetricPoint, type ResolvedConfig } from './types';


type AnyDetector = BaseDetector<object>;
const FACTORIES: Record<DetectorAlgorithm, (c: ResolvedConfig) => AnyDetector> = {
  statistical: (c) => new StatisticalDetector(c),
  heuristic: (c) => new HeuristicDetector(c),
  'machine-learning': (c) => new MachineLearningDetector(c),
  hybrid: (c) => new HybridDetector(c),
};

export function createDetector(config: Partial<AnomalyDetectionConfig>): AnyDetector {
  const resolved = resolveConfig(config);
  return FACTORIES[resolved.algorithm](resolved);
}

export function fromState(state: DetectorState): AnyDetector {
  return FACTORIES[state.algorithm](resolveConfig(state.config)).restore(state);
}

/** Scores a whole series causally; each score in [0, 1]. */
export function scoreSeries(points: ReadonlyArray<MetricPoint>, config: Partial<AnomalyDetectionConfig>): number[] {
  const d = createDetector(config);
  const out = new Array<number>(points.length);
  for (let i = 0; i < points.length; i++) out[i] = d.push(points[i].timestamp, points[i].value);
  return out;
}
