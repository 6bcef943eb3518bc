// The scheduled job that feeds Prometheus-sourced watched metrics to the detectors: every
// series is polled from its saved position (a few requests in flight at once, scoring one
// series at a time). A store that cannot be reached stops the run and holds the whole job back
// with a growing delay; positions stay where they were, so polling resumes from them.
import type { Db } from '../db/client';
import { cacheFor } from '../db/per-db-cache';
import { detectionConfigFor, isWatched } from '../aiops/detect/detection-config';
import type { Job } from '../jobs/scheduler';
import { listPromSourcedMetrics, type PromSourcedMetric } from './metrics-source';
import { prometheusConfig, type PrometheusConfig } from './prometheus-config';
import { isPrometheusUnreachable } from './prometheus-error';
import { pollSeries, pollEnd } from './poll-series';
import { getPollPosition, recordPollFailure, retryDelayMs } from './poll-position';

export const PROMETHEUS_POLL_JOB = 'prometheus-poll';
const IN_FLIGHT = 8;

export interface PollRun {
  series: number;
  points: number;
  anomaliesOpened: number;
  failed: number;
  /** Set when the store could not be reached: the run stopped there. */
  unreachable?: string;
}

interface StoreBackoff {
  failures: number;
  retryAt: number;
}

export async function pollPrometheus(db: Db, now = Date.now(), config: PrometheusConfig | null = prometheusConfig()): Promise<PollRun> {
  const run: PollRun = { series: 0, points: 0, anomaliesOpened: 0, failed: 0 };
  if (!config) return run;
  const backoff = cacheFor<StoreBackoff>(db, 'prometheus-store').get('store');
  if (backoff && backoff.retryAt > now) return run;
  const targets: { src: PromSourcedMetric; detection: Awaited<ReturnType<typeof detectionConfigFor>> }[] = [];
  for (const src of await listPromSourcedMetrics(db)) {
    const detection = await detectionConfigFor(db, src.pluginId);
    if (isWatched(detection, src.metric)) targets.push({ src, detection });
  }
  let next = 0;
  const worker = async () => {
    while (next < targets.length && !run.unreachable) {
      const { src, detection } = targets[next++];
      try {
        const outcome = await pollSeries(db, config, src, detection, now);
        if (outcome.waiting) continue;
        run.series++;
        run.points += outcome.points;
        run.anomaliesOpened += outcome.anomaliesOpened;
      } catch (err) {
        run.failed++;
        const message = err instanceof Error ? err.message : String(err);
        const saved = await getPollPosition(db, src.pluginId, src.metric);
        await recordPollFailure(db, src.pluginId, src.metric, saved?.lastTs.getTime() ?? pollEnd(now, src.stepSec * 1000) - src.stepSec * 1000, message, src.stepSec * 1000, now);
        if (isPrometheusUnreachable(err)) run.unreachable = message;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, targets.length) }, worker));
  const cache = cacheFor<StoreBackoff>(db, 'prometheus-store');
  if (run.unreachable) {
    const failures = (backoff?.failures ?? 0) + 1;
    cache.set('store', { failures, retryAt: now + retryDelayMs(failures, 15_000) });
  } else cache.delete('store');
  return run;
}

/** Every 15 s (a common scrape interval), under a lease: one console process polls. */
export const prometheusJobs: Job[] = [{ name: PROMETHEUS_POLL_JOB, everyMs: 15_000, run: (db) => pollPrometheus(db).then(() => undefined) }];
