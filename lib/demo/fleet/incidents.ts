// Bookkeeping of incident ground truth inside FleetState: which are open, and closing them
// when an action (or the scenario) fixes them.
import { HOUR } from './seasonality';
import { between, type Rng } from './random';
import type { DemoPluginId, FleetState, IncidentKind, IncidentTruth } from './types';

export function openIncidents(state: FleetState, pluginId?: DemoPluginId): IncidentTruth[] {
  return state.incidents.filter((i) => i.end === null && (!pluginId || i.pluginId === pluginId));
}

/** True while the plugin is inside (or within an hour of) any incident window: benign changes wait. */
export function pluginBusy(state: FleetState, pluginId: DemoPluginId, t: number): boolean {
  return state.incidents.some((i) => (i.pluginId === pluginId || i.alsoAffected.includes(pluginId)) && t >= i.start - HOUR && (i.end === null || t <= i.end + HOUR));
}

/** Closes open incidents of a kind on a plugin; schedules the next live incident a few hours later. */
export function resolveIncidents(state: FleetState, pluginId: DemoPluginId, kind: IncidentKind, at: number, by: string, only?: string): string[] {
  const done: string[] = [];
  for (const i of state.incidents) {
    if (i.end !== null || i.pluginId !== pluginId || i.kind !== kind || (only && i.id !== only)) continue;
    i.end = at;
    i.resolvedBy = by;
    done.push(i.id);
  }
  if (done.length) {
    const r: Rng = { s: state.rng };
    state.nextLiveIncidentAt = Math.max(state.nextLiveIncidentAt, at + between(r, 2 * HOUR, 5 * HOUR));
    state.rng = r.s;
  }
  return done;
}
