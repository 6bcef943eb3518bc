// What changes do to a running plugin: operator/healing actions (restart, scale, rollback,
// clear-cache, adjust-config) and the scenario's own changes (deploys, config rollouts).
// Each mutates the state in place and returns the events it produced; applyAction in
// simulate.ts wraps this in a copy for callers.
import { applyConfigChanges, configHealthy, diffConfigs } from './config';
import { resolveIncidents } from './incidents';
import { MIB, PROFILES } from './profiles';
import type { ActionOutcome, DemoPluginId, FleetAction, FleetEvent, FleetState, PluginRuntimeConfig } from './types';

export interface ChangeResult {
  events: FleetEvent[];
  outcome: ActionOutcome;
}

const META_KEYS = new Set(['actor', 'reason', 'comment']);
const MAX_INSTANCES = 20;

function restartProcess(state: FleetState, id: DemoPluginId, at: number): void {
  const s = state.plugins[id];
  s.leak = null;
  s.leaked = 0;
  s.young = 0;
  s.cache = 0;
  s.warmupSteps = 6;
  s.startedAt = at;
}

function saveConfig(state: FleetState, id: DemoPluginId, config: PluginRuntimeConfig): { from: number; to: number } {
  const s = state.plugins[id];
  s.configHistory.push({ version: s.configVersion, config: s.config });
  if (s.configHistory.length > 5) s.configHistory.shift();
  const from = s.configVersion;
  s.config = config;
  s.configVersion += 1;
  return { from, to: s.configVersion };
}

/** Resolves an open bad-config incident once the config no longer hurts. */
function resolveIfConfigHealthy(state: FleetState, id: DemoPluginId, at: number, by: string): string[] {
  return configHealthy(PROFILES[id], state.plugins[id].config) ? resolveIncidents(state, id, 'bad-config-rollout', at, by) : [];
}

export function changeConfig(state: FleetState, id: DemoPluginId, changes: Record<string, unknown>, at: number, actor: string, comment: string): FleetEvent[] {
  const s = state.plugins[id];
  const { config, diff } = applyConfigChanges(s.config, changes);
  if (!diff.length) return [];
  const v = saveConfig(state, id, config);
  const what = diff.map((d) => `${d.path} ${JSON.stringify(d.from)} → ${JSON.stringify(d.to)}`).join(', ');
  return [{ pluginId: id, timestamp: at, kind: 'config-change', level: 'info', message: `Config v${v.to} applied by ${actor}: ${what}`, data: { document: 'runtime-config', fromVersion: v.from, toVersion: v.to, changes: diff, actor, comment } }];
}

export function deploy(state: FleetState, id: DemoPluginId, at: number, actor: string): FleetEvent[] {
  const s = state.plugins[id];
  const [major, minor, patch] = s.version.split('.').map(Number);
  const from = s.version;
  s.version = `${major}.${minor}.${patch + 1}`;
  restartProcess(state, id, at);
  return [{ pluginId: id, timestamp: at, kind: 'deploy', level: 'info', message: `Deployed ${id} ${s.version} (rolling, ${s.instances} instances) by ${actor}`, data: { fromVersion: from, toVersion: s.version, strategy: 'rolling', instances: s.instances, actor } }];
}

function actorOf(action: FleetAction, fallback: string): string {
  const a = action.parameters?.actor;
  return typeof a === 'string' && a ? a : fallback;
}

/** Executes a self-healing action on the live simulation (in place). */
export function applyChange(state: FleetState, id: DemoPluginId, action: FleetAction, at: number, defaultActor = 'healing-engine', reasonText?: string): ChangeResult {
  const s = state.plugins[id];
  const actor = actorOf(action, defaultActor);
  const reason = reasonText ?? (typeof action.parameters?.reason === 'string' ? action.parameters.reason : `${action.type} requested`);
  const ev = (kind: FleetEvent['kind'], message: string, data: Record<string, unknown>): FleetEvent => ({ pluginId: id, timestamp: at, kind, level: 'info', message, data: { ...data, actor, reason, action: action.type } });

  switch (action.type) {
    case 'restart': {
      const uptime = Math.round((at - s.startedAt) / 1000);
      restartProcess(state, id, at);
      const resolved = resolveIncidents(state, id, 'memory-leak', at, `restart by ${actor}`);
      return { events: [ev('restart', `Restarted ${s.instances} instances of ${id} (${reason})`, { instances: s.instances, previousUptimeSeconds: uptime })], outcome: { success: true, message: `Restarted ${s.instances} instances; memory back to baseline`, resolved } };
    }
    case 'scale': {
      const p = action.parameters ?? {};
      const from = s.instances;
      const target = typeof p.instances === 'number' ? p.instances : typeof p.by === 'number' ? from + p.by : from * 2;
      const to = Math.max(1, Math.min(MAX_INSTANCES, Math.round(target)));
      if (to === from) return { events: [], outcome: { success: false, message: `Already at ${from} instances`, resolved: [] } };
      s.instances = to;
      // The surge is over for good only if the new capacity outruns the demand that caused it.
      const capacity = to * PROFILES[id].capacityPerInstance;
      const resolved = capacity >= s.signals.demandRps * 1.15 ? resolveIncidents(state, id, 'traffic-surge', at, `scale by ${actor}`) : [];
      return { events: [ev('scale', `Scaled ${id} from ${from} to ${to} instances`, { from, to })], outcome: { success: true, message: `Scaled from ${from} to ${to} instances`, resolved } };
    }
    case 'rollback': {
      const prev = s.configHistory.pop();
      if (!prev) return { events: [], outcome: { success: false, message: 'No earlier config version to roll back to', resolved: [] } };
      const diff = diffConfigs(s.config, prev.config);
      const from = s.configVersion;
      s.config = prev.config;
      s.configVersion += 1;
      const resolved = resolveIfConfigHealthy(state, id, at, `rollback by ${actor}`);
      const what = diff.map((d) => `${d.path} ${JSON.stringify(d.from)} → ${JSON.stringify(d.to)}`).join(', ');
      return {
        events: [{ pluginId: id, timestamp: at, kind: 'config-change', level: 'info', message: `Config rolled back to v${prev.version} as v${s.configVersion} by ${actor}: ${what}`, data: { document: 'runtime-config', fromVersion: from, toVersion: s.configVersion, rollbackTo: prev.version, changes: diff, actor, reason, action: 'rollback' } }],
        outcome: { success: true, message: `Rolled back to config v${prev.version}`, resolved },
      };
    }
    case 'clear-cache': {
      const freed = s.cache;
      s.cache = 0;
      return { events: [ev('log', `Cache cleared on ${s.instances} instances, freed ${(freed / MIB).toFixed(1)} MiB`, { freedBytes: Math.round(freed) })], outcome: { success: true, message: `Freed ${(freed / MIB).toFixed(1)} MiB of cache`, resolved: [] } };
    }
    case 'adjust-config': {
      const changes = Object.fromEntries(Object.entries(action.parameters ?? {}).filter(([k]) => !META_KEYS.has(k)));
      const events = changeConfig(state, id, changes, at, actor, reason);
      if (!events.length) return { events, outcome: { success: false, message: 'Nothing to change', resolved: [] } };
      const resolved = resolveIfConfigHealthy(state, id, at, `adjust-config by ${actor}`);
      return { events, outcome: { success: true, message: `Config v${s.configVersion} applied`, resolved } };
    }
    default:
      // notify / execute-script: recorded, no effect on the simulated process.
      return { events: [ev('log', `Action ${action.type} executed by ${actor}: ${reason}`, {})], outcome: { success: true, message: `${action.type} has no effect on the demo process`, resolved: [] } };
  }
}
