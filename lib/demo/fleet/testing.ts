// Test helper: runs the history once and keeps it compact (one Float64Array per series) so
// several tests can look at 2.4M points without holding 2.4M objects.
import { simulateHistory } from './simulate';
import { FLEET_METRICS, PLUGIN_IDS } from './profiles';
import type { DemoPluginId, FleetEvent, FleetHealthSample, FleetMetric, FleetState, SimulateOptions } from './types';

export interface CollectedHistory {
  times: Float64Array;
  series: Record<DemoPluginId, Record<FleetMetric, Float64Array>>;
  events: FleetEvent[];
  health: FleetHealthSample[];
  state: FleetState;
  batches: number;
}

export function collectHistory(o: SimulateOptions): CollectedHistory {
  const stepMs = o.stepMs ?? 10_000;
  const steps = Math.round(((o.days ?? 7) * 86_400_000) / stepMs);
  const times = new Float64Array(steps);
  const series = Object.fromEntries(PLUGIN_IDS.map((id) => [id, Object.fromEntries(FLEET_METRICS.map((m) => [m, new Float64Array(steps)]))])) as CollectedHistory['series'];
  const events: FleetEvent[] = [];
  const health: FleetHealthSample[] = [];
  let state: FleetState | undefined;
  let batches = 0;
  let first = NaN;
  for (const b of simulateHistory(o)) {
    batches++;
    for (const p of b.points) {
      if (Number.isNaN(first)) first = p.timestamp;
      const i = (p.timestamp - first) / stepMs;
      times[i] = p.timestamp;
      series[p.pluginId][p.metric][i] = p.value;
    }
    events.push(...b.events);
    health.push(...b.health);
    if (b.state) state = b.state;
  }
  return { times, series, events, health, state: state!, batches };
}

/** Index range [from, to) of the samples with from ≤ timestamp < to. */
export function indexRange(h: CollectedHistory, from: number, to: number): [number, number] {
  const step = h.times[1] - h.times[0];
  const lo = Math.max(0, Math.ceil((from - h.times[0]) / step));
  const hi = Math.min(h.times.length, Math.ceil((to - h.times[0]) / step));
  return [lo, hi];
}

export function mean(a: Float64Array, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i];
  return s / Math.max(1, to - from);
}
