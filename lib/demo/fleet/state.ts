// The initial FleetState at the start of the history window: every plugin warm and healthy,
// every dependency up, the scripted week loaded.
import { defaultConfig } from './config';
import { EXTERNAL_DEPENDENCIES, FLEET_METRICS, PLUGIN_IDS, PROFILES } from './profiles';
import { between, deriveSeed, intBetween, type Rng } from './random';
import { DAY, HOUR, MINUTE } from './seasonality';
import { buildScenario, type ScenarioOptions } from './scenario';
import type { DemoPluginId, DependencyState, FleetState, PluginSim } from './types';

export function createFleetState(o: ScenarioOptions): FleetState {
  const { incidents, script } = buildScenario(o);
  const plugins = {} as Record<DemoPluginId, PluginSim>;
  for (const id of PLUGIN_IDS) {
    const p = PROFILES[id];
    const r: Rng = { s: deriveSeed(o.seed, id) };
    plugins[id] = {
      rng: 0,
      instances: p.instances,
      version: p.version,
      startedAt: Math.round(o.start - between(r, 1, 6) * DAY),
      configVersion: intBetween(r, 4, 15),
      config: defaultConfig(p),
      configHistory: [],
      noise: [0, 0, 0, 0, 0, 0],
      burst: 0,
      errorBlip: 0,
      backlog: 0,
      young: p.youngMax * between(r, 0.1, 0.6),
      leaked: 0,
      cache: p.cacheMax * 0.95,
      leak: null,
      surge: null,
      warmupSteps: 0,
      status: 'healthy',
      statusSince: o.start,
      nextBenignAt: Math.round(o.start + between(r, 2 * HOUR, 20 * HOUR)),
      last: FLEET_METRICS.map(() => 0),
      signals: { gcPauseMs: 0, depFail: 0, poolPressure: 0, rejectedRps: 0, demandRps: 0 },
    };
    plugins[id].rng = r.s;
  }
  const dependencies: Record<string, DependencyState> = {};
  for (const d of EXTERNAL_DEPENDENCIES) dependencies[d] = { status: 'healthy', since: o.start, message: null };
  return {
    version: 1,
    seed: o.seed,
    stepMs: o.stepMs,
    utcOffsetMinutes: o.utcOffsetMinutes,
    time: o.start,
    liveSince: o.end,
    rng: deriveSeed(o.seed, 'fleet'),
    dependencies,
    plugins,
    script,
    incidents,
    nextLiveIncidentAt: o.end + 15 * MINUTE,
    liveIncidentCount: 0,
  };
}

/** A deep, independent copy (the state is plain JSON data). */
export function cloneState(state: FleetState): FleetState {
  return structuredClone(state);
}
