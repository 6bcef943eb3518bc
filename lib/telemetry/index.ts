// Telemetry intake shared by the OpenTelemetry and Prometheus receivers.
export { matchName } from './match-name';
export { readTelemetryConfig } from './read-telemetry-config';
export { findRule, isSkipped, mapMetric, pluginIdOf, type IncomingMetric, type MappedMetric, type SkippedMetric, type TelemetrySource } from './map-metric';
