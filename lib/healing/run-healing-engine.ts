// One pass of the healing engine over every plugin with self-healing settings: expire what
// nobody decided, mark lost claims "outcome unknown", then evaluate triggers and propose.
import type { Db } from '../db/client';
import { demoEnabled } from '../env';
import { expireProposals } from './expire-proposals';
import { loadHealingConfigs } from './load-healing-configs';
import { proposeActions, type ProposalRow } from './propose-actions';
import { reapStaleClaims } from './reap-stale-claims';

export interface EngineOptions {
  now?: number;
  demoMode?: boolean;
  pluginId?: string;
}

export async function runHealingEngine(db: Db, opts: EngineOptions = {}): Promise<{ created: ProposalRow[]; expired: number; unknown: string[] }> {
  const now = opts.now ?? Date.now();
  const expired = await expireProposals(db, now);
  const unknown = await reapStaleClaims(db, now);
  const created: ProposalRow[] = [];
  for (const pc of await loadHealingConfigs(db, opts.pluginId)) {
    try {
      created.push(...(await proposeActions(db, pc, now, opts.demoMode ?? demoEnabled())).created);
    } catch (err) {
      // One plugin's bad data must not stop the others from healing.
      console.error(`[healing] evaluating ${pc.pluginId} failed:`, err);
    }
  }
  return { created, expired, unknown };
}
