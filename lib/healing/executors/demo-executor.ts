// Runs an action on the demo fleet: a read-modify-write of the stored simulation state under
// `select ... for update`, so the live demo tick and other executors wait for it rather than
// overwrite it. The action's events (restart, scale, config change) are stored like any other
// plugin events; its effect shows in the metrics from the next tick on.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { demoState } from '../../db/schema';
import { rowsOf } from '../../db/rows-of';
import { ingestEvents } from '../../aiops/ingest/ingest-events';
import { applyAction, PLUGIN_IDS, type DemoPluginId, type FleetAction, type FleetState } from '../../demo/fleet';
import { DEMO_STATE_ROW } from '../../demo/seed-history';
import type { ProposalRow } from '../propose-actions';
import type { ExecutionOutcome, ProposalReason } from '../types';

export async function runDemoAction(db: Db, p: ProposalRow, now = Date.now()): Promise<ExecutionOutcome> {
  if (!(PLUGIN_IDS as readonly string[]).includes(p.pluginId)) return { success: false, executor: 'demo', message: `${p.pluginId} is not part of the demo fleet` };
  const reason = p.reason as ProposalReason;
  return db.transaction(async (tx) => {
    const [row] = rowsOf(await tx.execute(sql`select state from demo_state where id = ${DEMO_STATE_ROW} for update`));
    if (!row) return { success: false, executor: 'demo', message: 'The demo fleet has not started yet' } satisfies ExecutionOutcome;
    const state = row.state as FleetState;
    // The simulation never moves backwards: an action lands at the later of its clock and ours.
    const at = Math.max(now, state.time);
    const parameters = { ...(p.parameters as Record<string, unknown>), actor: p.decidedBy ?? 'healing-engine', reason: reason.matches.map((m) => m.text).join('; ') };
    const result = applyAction(state, p.pluginId as DemoPluginId, { type: p.actionType as FleetAction['type'], parameters }, at);
    await tx.update(demoState).set({ state: result.state, updatedAt: new Date() }).where(eq(demoState.id, DEMO_STATE_ROW));
    if (result.events.length) await ingestEvents(tx as unknown as Db, result.events, 'demo');
    return {
      success: result.outcome.success,
      executor: 'demo',
      message: result.outcome.message,
      details: { resolvedIncidents: result.outcome.resolved, events: result.events.length },
    } satisfies ExecutionOutcome;
  });
}
