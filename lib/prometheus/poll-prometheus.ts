// The scheduled job that feeds Prometheus-sourced watched metrics to the detectors. A round reads
// every due series from its saved position (a few requests in flight at once), then scores them
// all and writes anomalies and positions in one transaction (poll-series.ts). A store that cannot
// be reached stops the round's reading and holds the job back with a growing delay; positions
// stay where they were, so polling resumes from them. A refused expression backs off alone.
import type { Db } from '../db/client';
import { prometheusPoll } from '../db/schema';
import { cacheFor } from '../db/per-db-cache';
import { detectionConfigsFor, isWatched } from '../aiops/detect/detection-config';
import { seriesKey } from '../aiops/ingest/series-ids';
import type { Job } from '../jobs/scheduler';
import { listPromSourcedMetrics } from './metrics-source';
import { prometheusConfig, type PrometheusConfig } from './prometheus-config';
import { isPrometheusUnreachable } from './prometheus-error';
import { readPoints } from './prom-history';
import { pollWindow, scorePolled, type PolledSeries } from './poll-series';
import { recordPollFailure, retryDelayMs } from './poll-position';

export const PROMETHEUS_POLL_JOB = 'prometheus-poll';
const IN_FLIGHT = 8;

export interface PollRun {
  /** Series read this round. */
  series: number;
  points: number;
  anomaliesOpened: number;
  failed: number;
  /** Set when the store could not be reached: the round stopped there. */
  unreachable?: string;
}

interface StoreBackoff {
  failures: number;
  retryAt: number;
}

export async function pollPrometheus(db: Db, now = Date.now(), config: PrometheusConfig | null = prometheusConfig()): Promise<PollRun> {
  const run: PollRun = { series: 0, points: 0, anomaliesOpened: 0, failed: 0 };
  if (!config) return run;
  const store = cacheFor<StoreBackoff>(db, 'prometheus-store');
  const backoff = store.get('store');
  if (backoff && backoff.retryAt > now) return run;

  const sources = await listPromSourcedMetrics(db);
  const detection = await detectionConfigsFor(db, sources.map((s) => s.pluginId));
  const positions = new Map((await db.select().from(prometheusPoll)).map((r) => [seriesKey(r.pluginId, r.metric), r]));
  const due = sources.flatMap((src) => {
    const config = detection.get(src.pluginId)!;
    const saved = positions.get(seriesKey(src.pluginId, src.metric));
    if (!isWatched(config, src.metric) || (saved?.retryAt && saved.retryAt.getTime() > now)) return [];
    const window = pollWindow(saved?.lastTs.getTime(), now, src.stepSec * 1000);
    return window ? [{ src, detection: config, window, position: saved?.lastTs.getTime() ?? window.from - src.stepSec * 1000 }] : [];
  });

  const polled: PolledSeries[] = [];
  const failures: { d: (typeof due)[number]; message: string }[] = [];
  let next = 0;
  const reader = async () => {
    while (next < due.length && !run.unreachable) {
      const d = due[next++];
      try {
        polled.push({ src: d.src, detection: d.detection, points: await readPoints(config, d.src, d.window.from, d.window.to), to: d.window.to });
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        failures.push({ d, message });
        if (isPrometheusUnreachable(err)) run.unreachable = message;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, due.length) }, reader));
  // Scored in the order the series were listed, whatever order their answers came in.
  const order = new Map(due.map((d, i) => [d.src, i]));
  polled.sort((a, b) => order.get(a.src)! - order.get(b.src)!);
  run.anomaliesOpened = await scorePolled(db, config, polled, now);
  run.series = polled.length;
  run.points = polled.reduce((n, p) => n + p.points.length, 0);

  for (const { d, message } of failures) await recordPollFailure(db, d.src.pluginId, d.src.metric, d.position, message, d.src.stepSec * 1000, now);
  run.failed = failures.length;
  if (run.unreachable) {
    const failed = (backoff?.failures ?? 0) + 1;
    store.set('store', { failures: failed, retryAt: now + retryDelayMs(failed, 15_000) });
  } else store.delete('store');
  return run;
}

/** Every 15 s (a common scrape interval), under a lease: one console process polls. */
export const prometheusJobs: Job[] = [{ name: PROMETHEUS_POLL_JOB, everyMs: 15_000, run: (db) => pollPrometheus(db).then(() => undefined) }];
