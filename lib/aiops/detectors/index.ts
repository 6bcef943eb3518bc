// Public surface of the anomaly detectors (see README.md in this folder).
export * from './types';
export { createDetector, fromState, scoreSeries, type DetectorOptions } from './create';
export { MIN_EFFECT, BELOW_EFFECT_CONFIDENCE, minEffectFor, meetsMinEffect, capByEffect, type MinEffect } from './effect-size';
export { classifyAnomaly, type AnomalyType, type ClassifyOptions } from './classify';
export { toAnomalyRecords, detectAnomalies, isFlagged, joinsAnomaly, toConfidence, ANOMALY_GAP_MS, TYPE_LOOKAHEAD, type AnomalyRecord } from './records';
export { StatisticalDetector } from './statistical';
export { HeuristicDetector } from './heuristic';
export { MachineLearningDetector } from './machine-learning';
export { HybridDetector, DEFAULT_HYBRID_TUNING, type HybridTuning } from './hybrid';
