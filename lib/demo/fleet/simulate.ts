// The public entry points: the 7-day history as a stream of batches, live ticks that continue
// the same process, the ground truth, and self-healing actions on the live simulation.
import { applyChange } from './actions';
import { stepFleet, type Sink } from './engine';
import { buildScenario, type ScenarioOptions } from './scenario';
import { DAY } from './seasonality';
import { cloneState, createFleetState } from './state';
import type { ActionOutcome, DemoPluginId, FleetAction, FleetBatch, FleetEvent, FleetHealthSample, FleetMetricPoint, FleetState, IncidentTruth, SimulateOptions } from './types';

const DEFAULT_STEP_MS = 10_000;
const DEFAULT_BATCH_STEPS = 180;

type WindowOptions = Pick<SimulateOptions, 'now' | 'days' | 'stepMs' | 'seed' | 'utcOffsetMinutes'>;

/** The simulated window and settings the options describe: the history, its state and its ground truth all start from these. */
function scenarioOptions(o: WindowOptions): ScenarioOptions {
  const stepMs = o.stepMs ?? DEFAULT_STEP_MS;
  const days = o.days ?? 7;
  if (!(stepMs > 0) || !Number.isInteger(stepMs)) throw new RangeError('stepMs must be a positive whole number of milliseconds');
  if (!(days >= 0)) throw new RangeError('days must be zero or more');
  const end = Math.floor(o.now / stepMs) * stepMs;
  const start = end - Math.round((days * DAY) / stepMs) * stepMs;
  return { start, end, seed: o.seed, stepMs, utcOffsetMinutes: o.utcOffsetMinutes ?? 0 };
}

const emptySink = (): Sink => ({ points: [], events: [], health: [] });

/**
 * Steps `state` (in place) up to `until`, yielding batches of `batchSteps` steps; the last batch
 * carries the state. Use for the history and for back-filling a long gap in the live series.
 */
export function* advance(state: FleetState, until: number, batchSteps = DEFAULT_BATCH_STEPS): Generator<FleetBatch, void, undefined> {
  let sink = emptySink();
  let n = 0;
  while (state.time + state.stepMs <= until) {
    stepFleet(state, sink);
    if (++n % batchSteps === 0 && state.time + state.stepMs <= until) {
      yield sink;
      sink = emptySink();
    }
  }
  yield { ...sink, state };
}

/**
 * The fleet's history: `days` of `stepMs` samples ending at the last step ≤ now, as batches of
 * points, events and health reports (one per plugin per minute). The final batch carries the
 * FleetState to hand to simulateTick. Deterministic for a given (now, days, stepMs, seed).
 */
export function* simulateHistory(o: SimulateOptions): Generator<FleetBatch, void, undefined> {
  const so = scenarioOptions(o);
  yield* advance(createFleetState(so), so.end, o.batchSteps ?? DEFAULT_BATCH_STEPS);
}

/** The state at the end of the history without building any output (for a console that lost it). */
export function historyState(o: SimulateOptions): FleetState {
  const so = scenarioOptions(o);
  const state = createFleetState(so);
  while (state.time + state.stepMs <= so.end) stepFleet(state, null);
  return state;
}

export interface TickResult {
  state: FleetState;
  points: FleetMetricPoint[];
  events: FleetEvent[];
  health: FleetHealthSample[];
  /** Steps simulated without output because the gap exceeded maxSteps. */
  skippedSteps: number;
}

/**
 * Live points: every step after state.time up to `now`. Does not modify `state`. After a long
 * pause only the last `maxSteps` steps are returned (the process still evolves through the gap);
 * use `advance` to back-fill instead.
 */
export function simulateTick(state: FleetState, now: number, o: { maxSteps?: number } = {}): TickResult {
  const next = cloneState(state);
  const maxSteps = o.maxSteps ?? 360;
  const due = Math.max(0, Math.floor((now - next.time) / next.stepMs));
  const skipped = Math.max(0, due - maxSteps);
  for (let i = 0; i < skipped; i++) stepFleet(next, null);
  const sink = emptySink();
  while (next.time + next.stepMs <= now) stepFleet(next, sink);
  return { state: next, ...sink, skippedSteps: skipped };
}

/** The scripted incidents of the history that simulateHistory would produce for these options. */
export function groundTruth(o: WindowOptions): IncidentTruth[] {
  return buildScenario(scenarioOptions(o)).incidents;
}

/** Every incident so far (history and live), with live ones' end set once fixed. */
export function fleetIncidents(state: FleetState): IncidentTruth[] {
  return structuredClone(state.incidents);
}

export interface ApplyActionResult {
  state: FleetState;
  events: FleetEvent[];
  outcome: ActionOutcome;
}

/**
 * Executes a self-healing action on the live simulation; takes effect from the next tick.
 * Does not modify `state`. `parameters.actor` / `parameters.reason` label the event; scale takes
 * `instances` (absolute) or `by` (delta), default doubles; adjust-config takes config changes,
 * nested (`{ cache: { enabled: true } }`) or dotted (`{ 'pool.maxConnections': 40 }`).
 */
export function applyAction(state: FleetState, pluginId: DemoPluginId, action: FleetAction, now?: number): ApplyActionResult {
  const next = cloneState(state);
  if (!next.plugins[pluginId]) throw new RangeError(`Unknown demo plugin: ${pluginId}`);
  const { events, outcome } = applyChange(next, pluginId, action, now ?? next.time);
  return { state: next, events, outcome };
}
