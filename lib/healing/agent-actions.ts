// The agent pull API's operations: an agent running beside plugins behind a firewall claims
// approved `agent` actions (the same exclusive claim as the console's own executors) and
// reports each result. Only the agent (token) that claimed an action may report it.
import type { Db } from '../db/client';
import type { Actor } from '../auth/actor';
import { conflict, notFound } from '../errors';
import { eq } from 'drizzle-orm';
import { healingProposal } from '../db/schema';
import { claimProposal } from './claim-proposal';
import { webhookBody } from './executors/webhook-executor';
import { finishProposal } from './finish-proposal';
import type { AgentResult } from '@/schemas/healing-api';

export function agentClaimer(actor: Actor): string {
  return actor.kind === 'token' ? `agent:${actor.id}` : `agent:user:${actor.id ?? actor.name}`;
}

export async function claimAgentActions(db: Db, actor: Actor, opts: { pluginIds?: string[]; max: number }) {
  const actions = [];
  for (let i = 0; i < opts.max; i++) {
    const p = await claimProposal(db, { executors: ['agent'], claimer: agentClaimer(actor), pluginIds: opts.pluginIds });
    if (!p) break;
    actions.push({ ...webhookBody(p), claimExpiresAt: p.claimExpiresAt?.toISOString() ?? null });
  }
  return { actions };
}

export async function reportAgentResult(db: Db, actor: Actor, id: string, result: AgentResult) {
  const row = await finishProposal(db, actor, id, agentClaimer(actor), { success: result.success, message: result.message, executor: 'agent', details: result.details });
  if (row) return { id: row.id, status: row.status, late: Boolean((row.outcome as { late?: boolean } | null)?.late) };
  const [current] = await db.select().from(healingProposal).where(eq(healingProposal.id, id));
  if (!current || current.executor !== 'agent') throw notFound(`Agent action ${id}`);
  throw conflict(current.claimedBy === agentClaimer(actor) ? `This action is already ${current.status}` : 'This action is not claimed by this agent', { status: current.status });
}
