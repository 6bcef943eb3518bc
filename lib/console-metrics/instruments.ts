// The console's own metrics, exported at GET /metrics: one prom-client registry per process (a
// globalThis singleton, so dev-mode reloads keep counting and never register twice), never the
// library's global default registry. Every label here has a small, fixed set of values.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

function createInstruments() {
  const registry = new Registry();
  // Process CPU, memory, handles, GC and event-loop lag (nodejs_eventloop_lag_seconds).
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Counter({
      name: 'console_http_requests_total',
      help: 'API requests answered, by method, route template and status',
      labelNames: ['method', 'route', 'status'] as const,
      registers,
    }),
    httpDuration: new Histogram({
      name: 'console_http_request_duration_seconds',
      help: 'Time to answer an API request, by method and route template',
      labelNames: ['method', 'route'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    ingestPoints: new Counter({
      name: 'console_ingest_points_total',
      help: 'Metric points ingested, stored or ignored as already stored',
      labelNames: ['outcome'] as const,
      registers,
    }),
    ingestBatches: new Counter({ name: 'console_ingest_batches_total', help: 'Metric batches stored', registers }),
    anomaliesOpened: new Counter({ name: 'console_anomalies_opened_total', help: 'Anomalies recorded by the detectors at ingest', registers }),
    incidentsOpen: new Gauge({
      name: 'console_incidents_open',
      help: 'Incidents not yet resolved, by status (read from the database at scrape time)',
      labelNames: ['status'] as const,
      registers,
    }),
    jobRuns: new Counter({ name: 'console_job_runs_total', help: 'Background job runs in this process', labelNames: ['job'] as const, registers }),
    jobFailures: new Counter({ name: 'console_job_failures_total', help: 'Background job runs that failed', labelNames: ['job'] as const, registers }),
    jobDuration: new Histogram({
      name: 'console_job_duration_seconds',
      help: 'Time a background job run took',
      labelNames: ['job'] as const,
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
      registers,
    }),
    jobLag: new Gauge({
      name: 'console_job_lag_seconds',
      help: 'How late a background job is: time since its last run beyond its interval (0 when on time)',
      labelNames: ['job'] as const,
      registers,
    }),
    notificationDeliveries: new Counter({
      name: 'console_notification_deliveries_total',
      help: 'Incident notification delivery attempts, by channel and outcome (sent, retried, failed)',
      labelNames: ['channel', 'outcome'] as const,
      registers,
    }),
    remoteWriteSamples: new Counter({
      name: 'console_remote_write_samples_total',
      help: 'Prometheus remote-write samples: received, and skipped by reason (requests are counted in console_http_requests_total)',
      labelNames: ['outcome'] as const,
      registers,
    }),
  };
}

export type ConsoleInstruments = ReturnType<typeof createInstruments>;

const g = globalThis as unknown as { __consoleInstruments?: ConsoleInstruments };

/** This process's registry and instruments, created on first use. */
export function consoleMetrics(): ConsoleInstruments {
  g.__consoleInstruments ??= createInstruments();
  return g.__consoleInstruments;
}
