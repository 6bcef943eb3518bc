// What the dry run replays: a plugin's history over the previewed range, read from the database
// once (load-history.ts) and held in memory, ascending by time.
import type { ConditionHistory } from '../condition-windows';

export interface HistoryAnomaly {
  id: number;
  type: string;
  metric: string;
  score: number;
  startedAt: number;
  endedAt: number;
}

export interface HistoryIncident {
  id: number;
  startedAt: number;
  /** When the console opened it (the grouping job may open it after its first anomaly). */
  createdAt: number;
  resolvedAt: number | null;
}

/** Warning, error and fatal log lines (the levels errorPatterns read). */
export interface HistoryLogs {
  at: Float64Array;
  level: string[];
  message: string[];
  /** More lines than the dry run reads were stored: the oldest were left out. */
  truncated: boolean;
}

export interface DryRunHistory {
  health: { at: Float64Array; status: string[] };
  anomalies: HistoryAnomaly[];
  logs: HistoryLogs;
  incidents: HistoryIncident[];
  /** By condition name, as written in the triggers. */
  conditions: Map<string, ConditionHistory>;
}

export const emptyLogs = (): HistoryLogs => ({ at: new Float64Array(0), level: [], message: [], truncated: false });
