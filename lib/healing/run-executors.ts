// The console's executor loop: claim approved demo and webhook actions one by one
// (claim-proposal.ts makes each claim exclusive across processes), run each, record the result.
// Agent actions are not run here: agents claim them through the API.
import type { Db } from '../db/client';
import { systemActor } from '../auth/actor';
import { PROCESS_ID } from '../jobs/lease';
import { claimProposal } from './claim-proposal';
import { runDemoAction } from './executors/demo-executor';
import { runWebhook, type WebhookOptions } from './executors/webhook-executor';
import { finishProposal } from './finish-proposal';
import type { ProposalRow } from './propose-actions';
import type { ExecutionOutcome, ExecutorKind } from './types';

export const EXECUTOR_ACTOR = systemActor('healing-executor');

export interface RunExecutorsOptions {
  claimer?: string;
  executors?: ExecutorKind[];
  /** At most this many actions per call, so one tick stays bounded. */
  max?: number;
  webhook?: WebhookOptions;
  graceMs?: number;
}

async function execute(db: Db, p: ProposalRow, opts: RunExecutorsOptions): Promise<ExecutionOutcome> {
  try {
    if (p.executor === 'demo') return await runDemoAction(db, p);
    if (p.executor === 'webhook') return await runWebhook(p, opts.webhook);
    return { success: false, executor: p.executor as ExecutorKind, message: `No console executor for ${p.executor}` };
  } catch (err) {
    return { success: false, executor: p.executor as ExecutorKind, message: `The executor failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** Returns the proposals this call ran. */
export async function runExecutors(db: Db, opts: RunExecutorsOptions = {}): Promise<ProposalRow[]> {
  const claimer = opts.claimer ?? `process:${PROCESS_ID}`;
  const ran: ProposalRow[] = [];
  for (let i = 0; i < (opts.max ?? 10); i++) {
    const p = await claimProposal(db, { executors: opts.executors ?? ['demo', 'webhook'], claimer, graceMs: opts.graceMs });
    if (!p) break;
    const outcome = await execute(db, p, opts);
    const done = await finishProposal(db, EXECUTOR_ACTOR, p.id, claimer, outcome);
    ran.push(done ?? p);
  }
  return ran;
}
