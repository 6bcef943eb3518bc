// Public shapes of the demo fleet simulator. Everything is plain data (JSON-serialisable) so
// batches go straight to the ingest API / database and FleetState can be stored and resumed.
import type { AIOpsMetric, PluginHealthReport, SelfHealingActionType } from '@/schemas/aiops';
import type { PluginHealthStatus } from '@/schemas/sandbox';
import type { demoPlugins } from '../demo-plugins';

export type DemoPluginId = (typeof demoPlugins)[number]['id'];
export type FleetMetric = AIOpsMetric;
export type RcaCategory =
  | 'code-defect'
  | 'configuration'
  | 'resource-exhaustion'
  | 'dependency-failure'
  | 'network-issue'
  | 'data-corruption'
  | 'security-breach'
  | 'other';

/**
 * One metric sample. Units: cpu-usage % of one instance (0..100), memory-usage bytes of JS heap
 * in use per instance (limit: sandbox memory.maxHeap = 256 MiB), response-time mean ms,
 * latency p95 ms (includes queue wait), error-rate fraction 0..1, throughput requests/s served
 * by all instances, connection-count open connections, queue-depth waiting requests/jobs.
 */
export interface FleetMetricPoint {
  pluginId: DemoPluginId;
  metric: FleetMetric;
  /** Epoch ms, on the step grid (a multiple of stepMs). */
  timestamp: number;
  value: number;
}

export type FleetEventKind = 'log' | 'deploy' | 'restart' | 'config-change' | 'scale';
export type FleetEventLevel = 'debug' | 'info' | 'warn' | 'error';

/** A log line or a change event (deploy, restart, config change, scale). */
export interface FleetEvent {
  pluginId: DemoPluginId;
  timestamp: number;
  kind: FleetEventKind;
  level: FleetEventLevel;
  message: string;
  data?: Record<string, unknown>;
}

/** A health report as the plugin would push it (same shape as the health ingest item). */
export interface FleetHealthSample {
  pluginId: DemoPluginId;
  /** Epoch ms (report.timestamp is the same instant as ISO-8601). */
  timestamp: number;
  report: PluginHealthReport;
}

/** What one yield of the history/until generators carries. The last batch also carries `state`. */
export interface FleetBatch {
  points: FleetMetricPoint[];
  events: FleetEvent[];
  health: FleetHealthSample[];
  /** Present on the final batch only: the state to resume from with simulateTick. */
  state?: FleetState;
}

export type IncidentKind = 'memory-leak' | 'dependency-outage' | 'bad-config-rollout' | 'traffic-surge';
export type IncidentCause = 'resource-exhaustion' | 'dependency-failure' | 'configuration' | 'traffic-surge';

/** Ground truth of an injected incident: what really happened, for RCA evaluation and demos. */
export interface IncidentTruth {
  id: string;
  pluginId: DemoPluginId;
  kind: IncidentKind;
  cause: IncidentCause;
  /** Epoch ms when the cause began (leak starts, dependency degrades, bad config lands, surge starts). */
  start: number;
  /** Epoch ms when it was fixed (restart, dependency back, rollback, scale); null while open (live). */
  end: number | null;
  description: string;
  /** The RCA category a good analysis should rank first. */
  expectedTopCause: RcaCategory;
  /** Other categories an analysis may reasonably name second. */
  acceptableCauses: RcaCategory[];
  /** Other plugins that feel it (e.g. checkout-api calls inventory-sync). */
  alsoAffected: DemoPluginId[];
  /** The external dependency involved, if any. */
  dependency: string | null;
  /** What to look for in the data. */
  signals: string[];
  /** The action that fixes it (or fixed it). */
  remedy: SelfHealingActionType | 'none';
  /** 'history' for the scripted 7 days, 'live' for incidents started by simulateTick. */
  phase: 'history' | 'live';
  resolvedBy: string | null;
}

/** A self-healing action the demo fleet can execute (the protocol's types it understands). */
export interface FleetAction {
  type: SelfHealingActionType;
  parameters?: Record<string, unknown>;
}

export interface ActionOutcome {
  success: boolean;
  message: string;
  /** Incident ids this action resolved. */
  resolved: string[];
}

/** The runtime settings of one plugin that the simulator reacts to (a stand-in config document). */
export interface PluginRuntimeConfig {
  pool: { maxConnections: number; acquireTimeoutMs: number };
  cache: { enabled: boolean; ttlSeconds: number };
  retry: { enabled: boolean; maxAttempts: number };
  logLevel: 'debug' | 'info' | 'warn';
  featureFlags: Record<string, boolean>;
}

export interface DependencyState {
  status: PluginHealthStatus;
  since: number;
  /** What the health check says while it is not healthy. */
  message: string | null;
}

/** Live process of one plugin. Numbers only where possible so JSON round-trips exactly. */
export interface PluginSim {
  rng: number;
  instances: number;
  version: string;
  startedAt: number;
  configVersion: number;
  config: PluginRuntimeConfig;
  /** Earlier configs, newest last, for rollback (at most 5). */
  configHistory: { version: number; config: PluginRuntimeConfig }[];
  /** AR(1) noise channels: traffic, service time, error, cpu, memory drift, connections. */
  noise: number[];
  burst: number;
  errorBlip: number;
  backlog: number;
  /** Young-generation bytes allocated since the last minor GC (the sawtooth). */
  young: number;
  /** Bytes retained by a leak on top of the normal working set. */
  leaked: number;
  /** Bytes held by the in-process cache (refills after restart / clear-cache). */
  cache: number;
  leak: { bytesPerStep: number; incidentId: string } | null;
  surge: { extraRps: number; since: number; rampMs: number; endsAt: number | null; incidentId: string | null } | null;
  warmupSteps: number;
  status: PluginHealthStatus;
  statusSince: number;
  nextBenignAt: number;
  /** Last emitted value per metric, in the order of FLEET_METRICS. */
  last: number[];
  /** Internal signals of the last step that health checks and logs read. */
  signals: { gcPauseMs: number; depFail: number; poolPressure: number; rejectedRps: number; demandRps: number };
}

/** Something scheduled in simulated time: incident phases, operator actions, decoy changes. */
export type ScriptOp =
  | { op: 'start-leak'; bytesPerStep: number; incidentId: string }
  | { op: 'dependency'; dependency: string; status: PluginHealthStatus; message: string | null }
  | { op: 'config-change'; changes: Record<string, unknown>; actor: string; comment: string }
  | { op: 'surge'; extraRps: number; rampMs: number; endsAt: number | null; incidentId: string | null }
  | { op: 'action'; action: FleetAction; actor: string; reason: string }
  | { op: 'deploy'; actor: string }
  | { op: 'resolve'; incidentId: string; by: string };

export interface ScriptEntry {
  at: number;
  pluginId: DemoPluginId;
  step: ScriptOp;
}

export interface FleetState {
  version: 1;
  seed: number;
  stepMs: number;
  utcOffsetMinutes: number;
  /** Timestamp of the last simulated step (the next one is time + stepMs). */
  time: number;
  /** End of the scripted history: live incidents only start after it. */
  liveSince: number;
  rng: number;
  dependencies: Record<string, DependencyState>;
  plugins: Record<DemoPluginId, PluginSim>;
  /** Pending scripted steps, sorted by `at`. */
  script: ScriptEntry[];
  /** Ground truth of every incident so far (scripted history ones from the start, live ones as they begin). */
  incidents: IncidentTruth[];
  nextLiveIncidentAt: number;
  liveIncidentCount: number;
}

export interface SimulateOptions {
  /** Epoch ms; history ends at the last step at or before it. */
  now: number;
  days?: number;
  stepMs?: number;
  seed: number;
  /** Local time offset for the daily/weekly cycles (business hours); 0 = UTC. */
  utcOffsetMinutes?: number;
  /** Steps per yielded batch (40 points per step; 180 → 7200 points, under the 10 000 ingest limit). */
  batchSteps?: number;
}
