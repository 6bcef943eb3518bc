// Public surface of the anomaly detectors (see README.md in this folder).
export * from './types';
export { createDetector, fromState, scoreSeries } from './create';
export { classifyAnomaly, type AnomalyType, type ClassifyOptions } from './classify';
export { toAnomalyRecords, detectAnomalies, isFlagged, toConfidence, TYPE_LOOKAHEAD, type AnomalyRecord } from './records';
export { StatisticalDetector } from './statistical';
export { HeuristicDetector } from './heuristic';
export { MachineLearningDetector } from './machine-learning';
export { HybridDetector } from './hybrid';
