// What the optimization rules read (the facts about one plugin) and what they produce (a
// suggestion: a PerformanceOptimization without its id, the evidence behind it, a key that
// identifies that evidence, and the document change when it is a configuration change).
import type { AIOpsAgentConfig, PerformanceOptimization, SandboxConfig } from '@/schemas';

/** Per-minute aggregates of one metric (from the 1-minute roll-ups), in time order. */
export interface MinuteSeries {
  t: number[];
  mean: number[];
  max: number[];
}

export interface ConfigChangeFact {
  eventId: number;
  ts: number;
  /** `console` for saves of console documents, `runtime` for changes a plugin reports. */
  source: 'console' | 'runtime';
  documentKind?: string;
  version?: number;
  previousVersion?: number;
  paths: string[];
  /** Reported changes with before/after values, when the event carries them. */
  changes: { path: string; from: unknown; to: unknown }[];
  message: string;
}

export interface HostFact {
  host: string;
  ports: number[];
  events: number;
  firstSeen: number;
  lastSeen: number;
}

export interface PluginFacts {
  pluginId: string;
  now: number;
  /** How far back the facts go. */
  windowMs: number;
  sandbox: { version: number; body: SandboxConfig };
  aiops: { version: number; body: AIOpsAgentConfig };
  metrics: Partial<Record<string, MinuteSeries>>;
  configChanges: ConfigChangeFact[];
  /** The plugin's own runtime settings as its config-change events last reported them. */
  runtimeConfig: Record<string, { value: unknown; since: number }>;
  /** Hosts the plugin's events say it contacted; null when no event carries host data. */
  hosts: HostFact[] | null;
}

export type DocumentKindChanged = 'sandbox' | 'aiops';

/** One path set to a new value (`after` undefined removes it). */
export interface PathChange {
  path: (string | number)[];
  before: unknown;
  after: unknown;
}

export interface ProposedChange {
  documentKind: DocumentKindChanged;
  /** The version the change was computed from. */
  basedOnVersion: number;
  set: PathChange[];
}

export interface Evidence {
  summary: string;
  facts: { label: string; value: string }[];
  window: { from: number; to: number };
}

export interface Suggestion {
  record: Omit<PerformanceOptimization, 'id' | 'pluginId'>;
  evidence: Evidence;
  evidenceKey: string;
  change: ProposedChange | null;
}

export type Rule = (facts: PluginFacts) => Suggestion[];
