// Healing proposals for the approval queue, the history, the incident page and the API, newest
// first, with the plugin's name, the incident's title and, where learning is on, the success
// rate of the same action for the same trigger.
import { and, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { healingOutcome, healingProposal, incident, plugin } from '../db/schema';
import { outcomeStats, type OutcomeStats } from './summarize-history';
import type { ExecutionOutcome, ProposalReason, ProposalStatus } from './types';

export interface ProposalFilter {
  status?: ProposalStatus[];
  pluginId?: string;
  actionType?: string;
  incidentId?: number;
  from?: number;
  to?: number;
  limit?: number;
}

export interface ProposalView {
  id: string;
  pluginId: string;
  pluginName: string;
  actionId: string;
  actionType: string;
  parameters: Record<string, unknown>;
  priority: number;
  status: ProposalStatus;
  reason: ProposalReason;
  incidentId: number | null;
  incidentTitle: string | null;
  attempt: number;
  requiresApproval: boolean;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionComment: string | null;
  expiresAt: Date;
  executor: string;
  claimedBy: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  outcome: ExecutionOutcome | null;
  createdAt: Date;
  /** Past outcomes of this action for the same trigger (learning on), else null. */
  successRate: { successes: number; total: number } | null;
}

/** Webhook URLs may carry credentials (user:pass@, ?token=): the console shows only where they go. */
function safeParameters(parameters: Record<string, unknown>): Record<string, unknown> {
  const url = parameters.webhookUrl;
  if (typeof url !== 'string') return parameters;
  try {
    const u = new URL(url);
    const hidden = u.username || u.password || u.search;
    return { ...parameters, webhookUrl: `${u.protocol}//${u.host}${u.pathname}${hidden ? ' (credentials hidden)' : ''}` };
  } catch {
    return { ...parameters, webhookUrl: '(invalid URL)' };
  }
}

export async function listProposals(db: Db, f: ProposalFilter = {}): Promise<ProposalView[]> {
  const where: SQL[] = [];
  if (f.status?.length) where.push(inArray(healingProposal.status, f.status));
  if (f.pluginId) where.push(eq(healingProposal.pluginId, f.pluginId));
  if (f.actionType) where.push(eq(healingProposal.actionType, f.actionType));
  if (f.incidentId !== undefined) where.push(eq(healingProposal.incidentId, f.incidentId));
  if (f.from !== undefined) where.push(gte(healingProposal.createdAt, new Date(f.from)));
  if (f.to !== undefined) where.push(lte(healingProposal.createdAt, new Date(f.to)));
  const rows = await db
    .select({ p: healingProposal, pluginName: plugin.name, incidentTitle: incident.title })
    .from(healingProposal)
    .leftJoin(plugin, eq(plugin.id, healingProposal.pluginId))
    .leftJoin(incident, eq(incident.id, healingProposal.incidentId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(healingProposal.createdAt))
    .limit(Math.min(f.limit ?? 200, 1000));
  const stats = await loadStats(db, rows.map((r) => r.p));
  return rows.map(({ p, pluginName, incidentTitle }) => {
    const reason = p.reason as ProposalReason;
    const s = reason.learning?.enabled ? stats.get(statsKey(p.pluginId, p.actionId, reason.triggerKey)) : undefined;
    return {
      ...p,
      parameters: safeParameters(p.parameters as Record<string, unknown>),
      status: p.status as ProposalStatus,
      reason,
      outcome: p.outcome as ExecutionOutcome | null,
      pluginName: pluginName ?? p.pluginId,
      incidentTitle,
      successRate: s && s.total > 0 ? { successes: s.successes, total: s.total } : null,
    };
  });
}

const statsKey = (pluginId: string, actionId: string, triggerKey: string) => `${pluginId}\u0000${actionId}\u0000${triggerKey}`;

async function loadStats(db: Db, rows: (typeof healingProposal.$inferSelect)[]): Promise<Map<string, OutcomeStats>> {
  const plugins = [...new Set(rows.map((r) => r.pluginId))];
  if (plugins.length === 0) return new Map();
  const outcomes = await db.select().from(healingOutcome).where(inArray(healingOutcome.pluginId, plugins)).orderBy(desc(healingOutcome.at)).limit(5000);
  const groups = new Map<string, { success: boolean; at: number; actionId: string; triggerKey: string }[]>();
  for (const o of outcomes) {
    const k = statsKey(o.pluginId, o.actionId, o.triggerKey);
    let group = groups.get(k);
    if (!group) groups.set(k, (group = []));
    group.push({ success: o.success, at: o.at.getTime(), actionId: o.actionId, triggerKey: o.triggerKey });
  }
  return new Map([...groups].map(([k, v]) => [k, outcomeStats(v)]));
}
