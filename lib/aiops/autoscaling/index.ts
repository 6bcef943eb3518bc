// Auto-scaling: the policy's decision logic (AutoScaler), its replay over history and the
// forecast predictive scaling acts on. Pure; no I/O.
export { AutoScaler, type AutoScalerOptions, type Forecast, type ScalingEvent, type ScalingDirection, type ScalingPolicyInput } from './auto-scaler';
export { replayAutoScaling, type ReplayPolicy, type ReplayResult, type ReplaySummary } from './replay';
export { forecastSeries, type ForecastSeries } from './forecast';
export { policyMetric, type PolicyMetric } from './policy-metric';
