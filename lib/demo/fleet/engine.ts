// One step of the whole fleet: scheduled happenings first (live incidents, the script, benign
// changes), then each plugin's physics, status, logs, and on each new minute a health report.
import { applyChange, changeConfig, deploy } from './actions';
import { maybeBenignChange } from './benign';
import { assessStatus, buildHealthSample } from './health';
import { resolveIncidents } from './incidents';
import { maybeStartLiveIncident } from './live';
import { debugLog, errorLog, infoLog, minuteWarnings } from './logs';
import { M, stepPlugin, type StepContext } from './physics';
import { FLEET_METRICS, PLUGIN_IDS, PROFILES } from './profiles';
import { countWithMean, type Rng } from './random';
import { localTime, MINUTE } from './seasonality';
import type { FleetBatch, FleetEvent, FleetState, ScriptEntry } from './types';

export type Sink = Pick<FleetBatch, 'points' | 'events' | 'health'>;

function runScript(state: FleetState, e: ScriptEntry): FleetEvent[] {
  const s = state.plugins[e.pluginId];
  const st = e.step;
  switch (st.op) {
    case 'start-leak':
      s.leak = { bytesPerStep: st.bytesPerStep, incidentId: st.incidentId };
      return [];
    case 'dependency':
      state.dependencies[st.dependency] = { status: st.status, since: e.at, message: st.message };
      return [];
    case 'config-change':
      return changeConfig(state, e.pluginId, st.changes, e.at, st.actor, st.comment);
    case 'surge':
      s.surge = { extraRps: st.extraRps, since: e.at, rampMs: st.rampMs, endsAt: st.endsAt, incidentId: st.incidentId };
      return [];
    case 'action':
      return applyChange(state, e.pluginId, st.action, e.at, st.actor, st.reason).events;
    case 'deploy':
      return deploy(state, e.pluginId, e.at, st.actor);
    case 'resolve': {
      const inc = state.incidents.find((i) => i.id === st.incidentId);
      if (inc) resolveIncidents(state, inc.pluginId, inc.kind, e.at, st.by, inc.id);
      return [];
    }
  }
}

/** Advances the fleet by one step; writes what it produced into `out` unless out is null. */
export function stepFleet(state: FleetState, out: Sink | null): void {
  const t = state.time + state.stepMs;
  const lt = localTime(t, state.utcOffsetMinutes);
  const fr: Rng = { s: state.rng };
  const events: FleetEvent[] = [];

  maybeStartLiveIncident(state, t, fr);
  while (state.script.length && state.script[0].at <= t) events.push(...runScript(state, state.script.shift()!));
  for (const id of PLUGIN_IDS) events.push(...maybeBenignChange(state, id, t, lt, fr));
  state.rng = fr.s;

  const ctx: StepContext = { t, lt, stepMs: state.stepMs, dependencies: state.dependencies, plugins: state.plugins };
  for (const id of PLUGIN_IDS) stepPlugin(PROFILES[id], state.plugins[id], ctx);
  // Status after all plugins stepped, from the previous statuses of plugin dependencies.
  const statuses = PLUGIN_IDS.map((id) => assessStatus(PROFILES[id], state.plugins[id], state.dependencies, state.plugins));
  PLUGIN_IDS.forEach((id, i) => {
    const s = state.plugins[id];
    if (s.status !== statuses[i]) {
      s.status = statuses[i];
      s.statusSince = t;
    }
  });

  const newMinute = Math.floor(t / MINUTE) !== Math.floor(state.time / MINUTE);
  for (const id of PLUGIN_IDS) {
    const p = PROFILES[id];
    const s = state.plugins[id];
    const r: Rng = { s: s.rng };
    const load = s.last[M.throughput] / p.peakRps;
    const failedPerStep = s.last[M.errorRate] * s.last[M.throughput] * (state.stepMs / 1000);
    const infos = countWithMean(r, p.infoLogsPerStep * Math.min(1.5, 0.25 + load));
    const debugs = s.config.logLevel === 'debug' ? countWithMean(r, 1.5) : 0;
    // Roughly one logged line per 50 failed requests, at most 3 per step.
    const errors = countWithMean(r, Math.min(3, failedPerStep / 50));
    // Log lines are drawn even when nobody collects them, so a silent run stays identical.
    for (let k = 0; k < infos; k++) events.push(infoLog(p, s, t, r));
    for (let k = 0; k < debugs; k++) events.push(debugLog(p, s, t, r));
    for (let k = 0; k < errors; k++) events.push(errorLog(p, s, t, r, state.dependencies, state.plugins));
    if (newMinute) events.push(...minuteWarnings(p, s, t, r, state.dependencies));
    if (out) {
      if (newMinute) out.health.push(buildHealthSample(p, s, t, state.dependencies, state.plugins));
      for (let m = 0; m < FLEET_METRICS.length; m++) out.points.push({ pluginId: id, metric: FLEET_METRICS[m], timestamp: t, value: s.last[m] });
    }
    s.rng = r.s;
  }
  if (out) out.events.push(...events);
  state.time = t;
}
