// Approved, running and finished actions of one plugin in a time range, as annotations for the
// metric charts: each starts when it was approved (or started) and ends when it finished.
import { and, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { healingProposal } from '../db/schema';
import type { ExecutionOutcome, ProposalStatus } from './types';

export interface ActionAnnotation {
  id: string;
  actionType: string;
  status: ProposalStatus;
  /** Epoch ms: when it started running, or was approved while it waits. */
  at: number;
  end: number | null;
  decidedBy: string | null;
  message: string | null;
}

const SHOWN: ProposalStatus[] = ['approved', 'running', 'succeeded', 'failed', 'unknown'];

export async function listActionAnnotations(db: Db, q: { pluginId: string; from: number; to: number }): Promise<ActionAnnotation[]> {
  const start = sql`coalesce(${healingProposal.startedAt}, ${healingProposal.decidedAt}, ${healingProposal.createdAt})`;
  const rows = await db
    .select()
    .from(healingProposal)
    .where(
      and(
        eq(healingProposal.pluginId, q.pluginId),
        inArray(healingProposal.status, SHOWN),
        lte(start, new Date(q.to)),
        or(isNull(healingProposal.finishedAt), gte(healingProposal.finishedAt, new Date(q.from))),
      ),
    )
    .limit(500);
  return rows
    .map((r) => ({
      id: r.id,
      actionType: r.actionType,
      status: r.status as ProposalStatus,
      at: (r.startedAt ?? r.decidedAt ?? r.createdAt).getTime(),
      end: r.finishedAt?.getTime() ?? null,
      decidedBy: r.decidedBy,
      message: (r.outcome as ExecutionOutcome | null)?.message ?? null,
    }))
    .sort((a, b) => a.at - b.at);
}
