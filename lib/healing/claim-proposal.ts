// Hands one approved action to one executor, exactly once. The claim is a single transaction:
//  1. lock candidate rows with FOR UPDATE SKIP LOCKED, best priority first, so two claimers
//     (two console processes, or an agent and a console) never even look at the same row;
//  2. take a per-plugin advisory lock and count the plugin's running actions, so
//     maxConcurrentHealing holds across processes too;
//  3. flip approved → running with `claimed_by` and a claim deadline (the action's timeout plus
//     a grace period). The `where status = 'approved'` makes the flip itself a compare-and-set.
// A claim that outlives its deadline is never handed out again: reap-stale-claims.ts marks it
// "outcome unknown" (the executor may or may not have acted).
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { healingProposal } from '../db/schema';
import { rowsOf } from '../db/rows-of';
import { loadHealingConfigs } from './load-healing-configs';
import type { ProposalRow } from './propose-actions';
import type { ExecutorKind, ProposalReason } from './types';

/** Extra time past the action's timeout before a silent claim counts as lost. */
export const CLAIM_GRACE_MS = 30_000;
const CANDIDATES = 20;

export interface ClaimOptions {
  executors: ExecutorKind[];
  /** Who holds the claim: `process:<id>` for console executors, `agent:<token id>` for agents. */
  claimer: string;
  pluginIds?: string[];
  now?: number;
  graceMs?: number;
}

export function claimDeadline(row: Pick<ProposalRow, 'reason' | 'expiresAt' | 'createdAt'>, now: number, graceMs = CLAIM_GRACE_MS): Date {
  const timeoutS = (row.reason as ProposalReason).timeoutSeconds ?? (row.expiresAt.getTime() - row.createdAt.getTime()) / 1000;
  return new Date(now + timeoutS * 1000 + graceMs);
}

export async function claimProposal(db: Db, opts: ClaimOptions): Promise<ProposalRow | null> {
  const now = opts.now ?? Date.now();
  return db.transaction(async (tx) => {
    // A plugin's limit is read only when it has a candidate, through the transaction (the
    // embedded database has one connection, which the transaction holds): most executor ticks
    // find nothing to claim and read no settings at all.
    const limitOf = async (pluginId: string) => (await loadHealingConfigs(tx as unknown as Db, pluginId))[0]?.config.maxConcurrentHealing ?? 1;
    const onlyPlugins = opts.pluginIds?.length ? sql`and plugin_id = any(${sql.param(opts.pluginIds)}::text[])` : sql``;
    // Plugins found at their limit in this transaction: look past their actions.
    const busy: string[] = [];
    for (let i = 0; i < CANDIDATES; i++) {
      // One row at a time, so concurrent claimers lock different rows instead of all skipping a batch.
      const [c] = rowsOf(
        await tx.execute(sql`
          select id, plugin_id from healing_proposal
          where status = 'approved' and executor = any(${sql.param(opts.executors)}::text[]) ${onlyPlugins}
            and plugin_id <> all(${sql.param(busy)}::text[])
          order by priority, created_at
          limit 1
          for update skip locked`),
      );
      if (!c) return null;
      const pluginId = String(c.plugin_id);
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`healing-plugin:${pluginId}`}))`);
      const [{ n }] = rowsOf(await tx.execute(sql`select count(*)::int as n from healing_proposal where plugin_id = ${pluginId} and status = 'running'`));
      if (Number(n) >= (await limitOf(pluginId))) {
        busy.push(pluginId);
        continue;
      }
      const [current] = await tx.select().from(healingProposal).where(eq(healingProposal.id, String(c.id)));
      const [claimed] = await tx
        .update(healingProposal)
        .set({ status: 'running', claimedBy: opts.claimer, claimExpiresAt: claimDeadline(current, now, opts.graceMs), startedAt: new Date(now) })
        .where(and(eq(healingProposal.id, String(c.id)), eq(healingProposal.status, 'approved')))
        .returning();
      if (claimed) return claimed;
    }
    return null;
  });
}
