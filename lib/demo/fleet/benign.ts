// Harmless background changes (deploys, restarts, config tweaks) at random times, so the
// timeline has changes that did NOT cause anything. Never near a plugin's incidents.
import { deploy, applyChange, changeConfig } from './actions';
import { pluginBusy } from './incidents';
import { chance, between, pick, type Rng } from './random';
import { HOUR, MINUTE, isWeekend, type LocalTime } from './seasonality';
import type { DemoPluginId, FleetEvent, FleetState, ScriptEntry } from './types';

export function insertScript(state: FleetState, entry: ScriptEntry): void {
  let i = state.script.length;
  while (i > 0 && state.script[i - 1].at > entry.at) i--;
  state.script.splice(i, 0, entry);
}

export function maybeBenignChange(state: FleetState, id: DemoPluginId, t: number, lt: LocalTime, r: Rng): FleetEvent[] {
  const s = state.plugins[id];
  if (t < s.nextBenignAt) return [];
  if (pluginBusy(state, id, t)) {
    s.nextBenignAt = t + 30 * MINUTE;
    return [];
  }
  s.nextBenignAt = t + between(r, 8 * HOUR, 30 * HOUR);
  const office = !isWeekend(lt) && lt.hour >= 9 && lt.hour < 17;
  if (office && chance(r, 0.55)) return deploy(state, id, t, 'deploy-bot');
  if (chance(r, 0.45)) return applyChange(state, id, { type: 'restart' }, t, 'platform-bot', pick(r, ['Node maintenance (kernel patch)', 'Rebalancing instances across nodes', 'Certificate rotation'])).events;
  const c = s.config;
  const tweak = pick(r, [
    { 'cache.ttlSeconds': c.cache.ttlSeconds === 300 ? 600 : 300 },
    { 'retry.maxAttempts': c.retry.maxAttempts === 3 ? 4 : 3 },
    { 'pool.acquireTimeoutMs': c.pool.acquireTimeoutMs === 3000 ? 5000 : 3000 },
    { 'featureFlags.batchWrites': !c.featureFlags.batchWrites },
    { logLevel: 'debug' },
  ] as Record<string, unknown>[]);
  if (tweak.logLevel === 'debug') insertScript(state, { at: t + Math.round(between(r, 20, 60)) * MINUTE, pluginId: id, step: { op: 'config-change', changes: { logLevel: 'info' }, actor: 'dev:lena.w', comment: 'Back to info logging' } });
  return changeConfig(state, id, tweak, t, pick(r, ['dev:lena.w', 'dev:tomas.r', 'ops:sam.o']), 'Routine tuning');
}
