// One dry run of a self-healing configuration over a plugin's history: load what its triggers
// read (once), then replay the engine step by step (simulate.ts).
import type { SelfHealingConfig } from '@/schemas';
import type { Db } from '../../db/client';
import type { DryRunHistory } from './history';
import { loadDryRunHistory } from './load-history';
import { triggerNeeds } from '../trigger-needs';
import { simulateHealing, type DryRunResult } from './simulate';

export async function runDryRun(db: Db, pluginId: string, config: SelfHealingConfig, range: { from: number; to: number; stepMs?: number }): Promise<{ history: DryRunHistory; result: DryRunResult }> {
  const needs = triggerNeeds(config.enabled ? config.actions : []);
  const history = await loadDryRunHistory(db, pluginId, needs, range.from, range.to);
  return { history, result: simulateHealing(config, history, range) };
}
