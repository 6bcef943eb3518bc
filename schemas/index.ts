// Entry point of the protocol: every schema and type, plus the registry of protocol schemas
// by name that the API lists and serves as JSON Schema.
import { z } from 'zod';
import * as aiops from './aiops';
import * as codegen from './codegen';
import * as distributedState from './distributed-state';
import * as registry from './registry';
import * as sandbox from './sandbox';
import * as telemetry from './telemetry';

export * from './aiops';
export * from './admin';
export * from './api';
export * from './codegen';
export * from './common';
export * from './dependent-fields';
export * from './distributed-state';
export * from './ingest';
export * from './registry';
export * from './sandbox';
export * from './secrets';
export * from './telemetry';

/** Every schema of docs/protocol.md, under its protocol name, and the console's own telemetry document. */
export const protocolSchemas = {
  PluginHealthStatusSchema: sandbox.PluginHealthStatusSchema,
  RuntimeConfigSchema: sandbox.RuntimeConfigSchema,
  SandboxConfigSchema: sandbox.SandboxConfigSchema,
  DistributedStateConfigSchema: distributedState.DistributedStateConfigSchema,
  HotReloadConfigSchema: distributedState.HotReloadConfigSchema,
  RegistrySyncPolicySchema: registry.RegistrySyncPolicySchema,
  RegistryUpstreamSchema: registry.RegistryUpstreamSchema,
  RegistryConfigSchema: registry.RegistryConfigSchema,
  AnomalyDetectionConfigSchema: aiops.AnomalyDetectionConfigSchema,
  SelfHealingActionSchema: aiops.SelfHealingActionSchema,
  SelfHealingConfigSchema: aiops.SelfHealingConfigSchema,
  AutoScalingPolicySchema: aiops.AutoScalingPolicySchema,
  RootCauseAnalysisRequestSchema: aiops.RootCauseAnalysisRequestSchema,
  RootCauseAnalysisResultSchema: aiops.RootCauseAnalysisResultSchema,
  PerformanceOptimizationSchema: aiops.PerformanceOptimizationSchema,
  AIOpsAgentConfigSchema: aiops.AIOpsAgentConfigSchema,
  PluginHealthReportSchema: aiops.PluginHealthReportSchema,
  CodeGenerationRequestSchema: codegen.CodeGenerationRequestSchema,
  GeneratedCodeSchema: codegen.GeneratedCodeSchema,
  TelemetryConfigSchema: telemetry.TelemetryConfigSchema,
} as const;
export type ProtocolSchemaName = keyof typeof protocolSchemas;
export const protocolSchemaNames = Object.keys(protocolSchemas) as ProtocolSchemaName[];

export function isProtocolSchemaName(name: string): name is ProtocolSchemaName {
  return Object.hasOwn(protocolSchemas, name);
}

/**
 * JSON Schema of a protocol schema, describing what a client may send (`io: 'input'`:
 * defaulted fields are optional). Transforms and refinements have no JSON Schema form, so
 * they are left out (`unrepresentable: 'any'`); secret fields carry `secret: true`.
 */
export function toJsonSchema(name: ProtocolSchemaName) {
  return z.toJSONSchema(protocolSchemas[name], { io: 'input', unrepresentable: 'any' });
}
