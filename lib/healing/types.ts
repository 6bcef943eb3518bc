// Shapes shared by the healing engine, its executors and the API: what a proposal records about
// why it was made (its `reason`), and what an execution reports back (its `outcome`).
import type { CompareOp } from '@/schemas/condition-language';

export type ProposalStatus = 'pending' | 'approved' | 'rejected' | 'expired' | 'running' | 'succeeded' | 'failed' | 'unknown';
export type ExecutorKind = 'demo' | 'webhook' | 'agent';
export const LIVE_STATUSES: ProposalStatus[] = ['pending', 'approved', 'running'];

/** One comparison of a customCondition, as evaluated. `value` is null when there was no data. */
export interface ComparisonResult {
  name: string;
  metric: string | null;
  op: CompareOp;
  threshold: number;
  value: number | null;
  forMs: number | null;
  /** How long the comparison has held without a break (ms), up to the look-back window. */
  heldForMs: number;
  holds: boolean;
  /** Why the value is missing, when it is. */
  note?: string;
}

export type ConditionMatch =
  | { kind: 'healthStatus'; status: string; reportedAt: string; text: string }
  | { kind: 'anomalyTypes'; anomalies: { id: number; type: string; metric: string; score: number; startedAt: string }[]; metric: string; text: string }
  | { kind: 'errorPatterns'; pattern: string; count: number; example: string; at: string; text: string }
  | { kind: 'customCondition'; expression: string; comparisons: ComparisonResult[]; metric: string | null; text: string };

export interface ProposalReason {
  /** The trigger conditions that held (any one is enough). */
  matches: ConditionMatch[];
  /** Which conditions held, as one stable key: outcomes are recorded per action and key. */
  triggerKey: string;
  /** The metric to chart next to the proposal, when a condition names one. */
  metric: string | null;
  strategy: string;
  /** Why it needs an approver, or why the engine approved it itself. */
  approval: string;
  learning: { enabled: boolean; feedbackLoop: boolean };
  /** The feedback loop's change to the priority, when learning lowered it. */
  feedback: { basePriority: number; penalty: number; recentFailures: number; recentTotal: number } | null;
  /** The action's timeout (s): the decision window, and the longest one run may take. */
  timeoutSeconds: number;
}

export interface ExecutionOutcome {
  success: boolean | null;
  message: string;
  executor: ExecutorKind;
  details?: Record<string, unknown>;
  /** Set when the result arrived after the claim had expired and the run was marked unknown. */
  late?: boolean;
}
