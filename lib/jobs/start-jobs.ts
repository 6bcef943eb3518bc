// The background jobs of a console server process, started once from instrumentation.ts.
import { getDb } from '../db/client';
import { demoEnabled } from '../env';
import { applyRetention } from '../aiops/retention/apply-retention';
import { persistDetectors } from '../aiops/detect/detector-cache';
import { DEMO_JOB, runDemoFleet } from '../demo/live-demo';
import { incidentJobs } from '../aiops/incidents/jobs';
import { notificationJobs } from '../notifications/jobs';
import { optimizationJobs } from '../optimization/jobs';
import { healingJobs } from '../healing/jobs';
import { prometheusJobs } from '../prometheus/poll-prometheus';
import { scheduleJob } from './scheduler';

export async function startJobs(): Promise<void> {
  const db = await getDb();
  if (demoEnabled()) scheduleJob(db, { name: DEMO_JOB, everyMs: 10_000, run: (d) => runDemoFleet(d) });
  scheduleJob(db, { name: 'retention', everyMs: 3_600_000, run: (d) => applyRetention(d) });
  // Detector state is written every ten minutes during ingest; this catches quiet series.
  scheduleJob(db, { name: 'detector-flush', everyMs: 60_000, perProcess: true, run: (d) => persistDetectors(d).then(() => undefined) });
  for (const job of [...incidentJobs, ...notificationJobs, ...optimizationJobs, ...healingJobs, ...prometheusJobs]) scheduleJob(db, job);
  const flush = () => void persistDetectors(db, true).finally(() => process.exit(0));
  process.once('SIGTERM', flush);
  process.once('SIGINT', flush);
}

/** A server that cannot open its database or start its jobs stops with the reason. */
export async function startJobsOrExit(): Promise<void> {
  try {
    await startJobs();
  } catch (err) {
    console.error('[jobs] could not start:', err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
