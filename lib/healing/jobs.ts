// The healing engine's background jobs, for lib/jobs/start-jobs.ts:
// - `healing-engine` (one process at a time, by lease): expiry, lost claims, new proposals;
// - `healing-executor` in every process: claims are exclusive in the database, so any number of
//   console processes may run it and each approved action still runs once.
import type { Job } from '../jobs/scheduler';
import { runHealingEngine } from './run-healing-engine';
import { runExecutors } from './run-executors';

export const healingJobs: Job[] = [
  { name: 'healing-engine', everyMs: 15_000, run: async (db) => void (await runHealingEngine(db)) },
  { name: 'healing-executor', everyMs: 5_000, perProcess: true, run: async (db) => void (await runExecutors(db)) },
];
