// The demo fleet simulator: deterministic metrics, events, health reports and incidents for the
// five demo plugins. Pure functions over a JSON FleetState; no I/O. See README.md beside this file.
export { simulateHistory, simulateTick, historyState, advance, groundTruth, fleetIncidents, applyAction } from './simulate';
export type { TickResult, ApplyActionResult } from './simulate';
export { DEMO_LIMITS, FLEET_METRICS, PLUGIN_IDS, PROFILES, EXTERNAL_DEPENDENCIES } from './profiles';
export { configHealthy } from './config';
export type * from './types';
