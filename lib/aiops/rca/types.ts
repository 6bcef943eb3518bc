// Shapes shared by the root-cause analysis steps: the evidence loaded once from the database,
// the findings each step produces, and the console's extras stored beside the protocol result.
import type { RootCauseAnalysisResult } from '@/schemas';

export type Category = RootCauseAnalysisResult['rootCauses'][number]['category'];
export type EvidenceItem = RootCauseAnalysisResult['rootCauses'][number]['evidence'][number];
export type Impact = RootCauseAnalysisResult['rootCauses'][number]['impact'];

/** One metric as per-minute means (roll-ups), times in epoch ms, sorted. */
export interface MinuteSeries {
  t: number[];
  v: number[];
}

export interface LoadedEvent {
  ts: number;
  kind: string;
  level: string;
  message: string;
  data: Record<string, unknown>;
}

export interface DependencyHealth {
  pluginId: string;
  status: string;
  message?: string;
}

export interface LoadedHealth {
  ts: number;
  status: string;
  dependencies: DependencyHealth[];
  /** Host names of dependencies, from `dependency:<id>` checks (`data.host`), to match log lines. */
  hosts: Record<string, string>;
  /** The plugin's own checks (a disk, local ports, a queue), without the `dependency:<id>` ones. */
  checks?: OwnCheck[];
}

export interface OwnCheck {
  name: string;
  status: string;
  message?: string;
}

export interface Limits {
  /** sandbox memory.maxHeap (bytes): what memory-usage (JS heap) is measured against. */
  maxHeap?: number;
  /** sandbox runtime.resourceLimits.maxMemory (bytes): the whole process. */
  maxMemory?: number;
}

/** The plugin's auto-scaling policies (AIOps document), for a scaling suggestion. */
export interface Scaling {
  enabled: boolean;
  metric: string;
  maxInstances: number;
}

/** A configuration change with the diff that goes with it, when the console can find one. */
export interface ChangeDiff {
  path: string;
  from: unknown;
  to: unknown;
}

/** Everything an analysis reads, loaded once so the steps stay pure and testable. */
export interface EvidenceData {
  pluginId: string;
  /** The analysed period (the request's timeRange). */
  start: number;
  end: number;
  metrics: Map<string, MinuteSeries>;
  events: LoadedEvent[];
  health: LoadedHealth[];
  limits: Limits;
  /** Diffs of configuration changes, keyed by event timestamp + message. */
  diffs: Map<string, ChangeDiff[]>;
  /** Auto-scaling policies of the plugin (none when it has none). */
  scaling?: Scaling[];
  /** Metrics read from Prometheus that it could not answer for, each with why ("cpu-usage: Prometheus unreachable: …"). */
  unavailableMetrics?: string[];
}

/** Rich evidence the UI can draw (a chart excerpt, a diff, a log pattern, a dependency's health). */
export type EvidenceDetail =
  | { kind: 'metric'; metric: string; points: [number, number][]; band?: [number, number]; marker?: number; limit?: number }
  | { kind: 'diff'; title: string; changes: ChangeDiff[] }
  | { kind: 'log'; template: string; count: number; baselineCount: number; level: string; samples: string[]; firstSeen: number }
  | { kind: 'dependency'; dependency: string; statuses: { ts: number; status: string; message?: string }[] };

export interface DetailedEvidence extends EvidenceItem {
  detail?: EvidenceDetail;
}

/** A candidate cause from one step, before ranking. */
export interface Finding {
  key: string;
  category: Category;
  description: string;
  /** 0..1: how strongly the evidence supports it (see each step for the rule). */
  strength: number;
  evidence: DetailedEvidence[];
  recommendations: string[];
  /** When the cause began, if known. */
  at?: number;
  /**
   * What operators call the cause, where the protocol's fixed category is coarser: a deploy is
   * filed as `code-defect` (it ships code) but shown as a deploy; a load surge, an exhausted
   * connection pool as `resource-exhaustion`; an expired certificate as `configuration`; a crash
   * loop as `code-defect` (or `resource-exhaustion` when it runs out of memory); a wrong clock as
   * `configuration`; an attack (a leaked key in use) as `security-breach`.
   */
  cause?: CauseKind;
}

export type CauseKind =
  | 'deploy'
  | 'configuration-change'
  | 'load-surge'
  | 'connection-pool'
  | 'certificate'
  | 'credentials'
  | 'clock'
  | 'security'
  | 'failing-check'
  | 'crash-loop';

export interface TimelineEntry {
  timestamp: number;
  event: string;
  significance: 'low' | 'medium' | 'high';
}

/** Where a metric left its normal band, for marking change points on charts. */
export interface ChangePoint {
  metric: string;
  t: number;
  direction: 'up' | 'down';
  shape: 'spike' | 'level-shift' | 'trend';
}

/** What the console stores beside the protocol result (stripped by the schema on parse). */
export interface AnalysisExtras {
  details: Record<string, EvidenceDetail>;
  changePoints: ChangePoint[];
  changes: { t: number; kind: string; message: string }[];
  steps: { metrics: boolean; logs: boolean; dependencies: boolean };
  durationMs: number;
  /** The operator-facing cause kind of each root cause (by id) that has one (Finding.cause). */
  causeKinds?: Record<string, CauseKind>;
  /** Metrics the analysis could not read (a Prometheus store down or refusing the expression), with why. */
  unavailableMetrics?: string[];
}

export type StoredResult = RootCauseAnalysisResult & { extras?: AnalysisExtras };
