// Shared types for the streaming anomaly detectors. The config is the protocol's
// AnomalyDetectionConfig (docs/protocol.md §4, schemas/aiops.ts); only the fields that change
// detection are read here.
import type { AIOpsMetric, AnomalyDetectionConfig as ProtocolConfig, AnomalyDetectionConfigInput } from '@/schemas';

export type DetectorAlgorithm = ProtocolConfig['algorithm'];
export type Sensitivity = ProtocolConfig['sensitivity'];
export type MetricName = AIOpsMetric;

/** The protocol's config as written (defaults not yet applied). */
export type AnomalyDetectionConfig = AnomalyDetectionConfigInput;

export interface ResolvedConfig {
  algorithm: DetectorAlgorithm;
  sensitivity: Sensitivity;
  timeWindow: number;
  confidenceThreshold: number;
}

export const DEFAULT_CONFIG: ResolvedConfig = {
  algorithm: 'hybrid',
  sensitivity: 'medium',
  timeWindow: 300,
  confidenceThreshold: 80,
};

export function resolveConfig(config?: Partial<AnomalyDetectionConfig>): ResolvedConfig {
  const timeWindow = config?.timeWindow ?? DEFAULT_CONFIG.timeWindow;
  const confidenceThreshold = config?.confidenceThreshold ?? DEFAULT_CONFIG.confidenceThreshold;
  if (!(timeWindow >= 60)) throw new RangeError('timeWindow must be at least 60 seconds');
  if (!(confidenceThreshold >= 0 && confidenceThreshold <= 100)) throw new RangeError('confidenceThreshold must be within 0..100');
  return {
    algorithm: config?.algorithm ?? DEFAULT_CONFIG.algorithm,
    sensitivity: config?.sensitivity ?? DEFAULT_CONFIG.sensitivity,
    timeWindow,
    confidenceThreshold,
  };
}

export interface MetricPoint {
  /** Epoch milliseconds. */
  timestamp: number;
  value: number;
}

export interface DetectorOutput {
  /** Anomaly score in [0, 1]. */
  score: number;
  /** Expected value at this point and the normal band around it. */
  expected: number;
  lower: number;
  upper: number;
}

/** JSON-serialisable snapshot of a detector. */
export interface DetectorState {
  algorithm: DetectorAlgorithm;
  version: 1;
  config: ResolvedConfig;
  /** The detector's minimum effect (effect-size.ts); absent in states saved before it existed. */
  minEffect?: { absolute: number; relative: number } | null;
  data: unknown;
}

export interface StreamingDetector {
  readonly algorithm: DetectorAlgorithm;
  update(point: MetricPoint): DetectorOutput;
  getState(): DetectorState;
}

/** Band half-width in standard deviations per sensitivity. */
export const BAND_SIGMAS: Record<Sensitivity, number> = { low: 4, medium: 3, high: 2.5 };
