// The agent pull API's operations: an agent running beside plugins behind a firewall claims
// approved `agent` actions (the same exclusive claim as the console's own executors) and
// reports each result. Only the agent (token) that claimed an action may report it, and a token
// restricted to plugins (its pluginIds) claims and reports only their actions.
import type { Db } from '../db/client';
import type { Actor } from '../auth/actor';
import { conflict, forbidden, notFound } from '../errors';
import { allowedPlugins } from '../tokens/token-plugins';
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
  const allowed = await allowedPlugins(db, actor);
  const outside = allowed && opts.pluginIds?.filter((id) => !allowed.includes(id));
  if (outside?.length) throw forbidden(`This token may not act for ${outside.join(', ')}: it is restricted to ${allowed!.join(', ')}`);
  const pluginIds = opts.pluginIds?.length ? opts.pluginIds : (allowed ?? undefined);
  const actions = [];
  for (let i = 0; i < opts.max; i++) {
    const p = await claimProposal(db, { executors: ['agent'], claimer: agentClaimer(actor), pluginIds });
    if (!p) break;
    actions.push({ ...webhookBody(p), claimExpiresAt: p.claimExpiresAt?.toISOString() ?? null });
  }
  return { actions };
}

export async function reportAgentResult(db: Db, actor: Actor, id: string, result: AgentResult) {
  const allowed = await allowedPlugins(db, actor);
  if (allowed) {
    const [target] = await db.select({ pluginId: healingProposal.pluginId }).from(healingProposal).where(eq(healingProposal.id, id));
    if (target && !allowed.includes(target.pluginId)) throw forbidden(`This token may not act for ${target.pluginId}`);
  }
  const row = await finishProposal(db, actor, id, agentClaimer(actor), { success: result.success, message: result.message, executor: 'agent', details: result.details });
  if (row) return { id: row.id, status: row.status, late: Boolean((row.outcome as { late?: boolean } | null)?.late) };
  const [current] = await db.select().from(healingProposal).where(eq(healingProposal.id, id));
  if (!current || current.executor !== 'agent') throw notFound(`Agent action ${id}`);
  throw conflict(current.claimedBy === agentClaimer(actor) ? `This action has already finished (${current.status})` : 'This action is not claimed by this agent', { status: current.status });
}
