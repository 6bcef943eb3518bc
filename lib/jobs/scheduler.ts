// Runs the console's background jobs inside the server process: each on its own interval,
// never overlapping itself, and only while this process holds the job's lease.
import type { Db } from '../db/client';
import { acquireLease } from './lease';
import { consoleMetrics } from '../console-metrics/instruments';

export interface Job {
  name: string;
  everyMs: number;
  run: (db: Db) => Promise<void>;
  /** Per-process housekeeping runs in every process, without a lease. */
  perProcess?: boolean;
}

export interface JobStatus {
  name: string;
  everyMs: number;
  scheduledAt: number;
  lastRunAt: number | null;
  lastError: string | null;
  running: boolean;
}

const g = globalThis as unknown as { __jobs?: Map<string, JobStatus & { timer?: NodeJS.Timeout }> };
const jobs = (g.__jobs ??= new Map());

export function jobStatuses(): JobStatus[] {
  return [...jobs.values()].map(({ timer: _timer, ...status }) => status);
}

export function scheduleJob(db: Db, job: Job): void {
  if (jobs.has(job.name)) return; // dev-mode module reloads must not start a second loop
  const status: JobStatus & { timer?: NodeJS.Timeout } = { name: job.name, everyMs: job.everyMs, scheduledAt: Date.now(), lastRunAt: null, lastError: null, running: false };
  jobs.set(job.name, status);
  const metrics = consoleMetrics();
  const tick = async () => {
    if (status.running) return;
    status.running = true;
    try {
      // The lease outlives one interval so a slow run is not taken over mid-way.
      if (job.perProcess || (await acquireLease(db, job.name, Math.max(job.everyMs * 3, 60_000)))) {
        const end = metrics.jobDuration.startTimer({ job: job.name });
        metrics.jobRuns.inc({ job: job.name });
        await job.run(db).finally(end);
        status.lastError = null;
      }
    } catch (err) {
      metrics.jobFailures.inc({ job: job.name });
      status.lastError = err instanceof Error ? err.message : String(err);
      console.error(`[jobs] ${job.name} failed:`, err);
    } finally {
      status.running = false;
      status.lastRunAt = Date.now();
    }
  };
  status.timer = setInterval(() => void tick(), job.everyMs);
  status.timer.unref();
  void tick();
}

export function stopJobs(): void {
  for (const s of jobs.values()) clearInterval(s.timer);
  jobs.clear();
}
