// POST /v1/metrics: an OTLP metrics export mapped, converted and stored through the same
// ingest as POST /api/v1/metrics (plugin and time checks, detection, idempotent duplicates).
// Points the console cannot use are counted in the partial success, never a 500.
import type { Db } from '../../db/client';
import { ApiError } from '../../errors';
import { screenPoints } from '../../aiops/ingest/check-points';
import type { WritablePlugins } from '../../aiops/ingest/check-plugins';
import { ingestPoints } from '../../aiops/ingest/ingest-metrics';
import { readTelemetryConfig } from '../read-telemetry-config';
import { convertMetrics } from './convert-metrics';
import { exportResponse } from './otlp-response';
import { otlpTypes, type OtlpMetricsRequest } from './otlp-proto';
import { readOtlpRequest } from './read-otlp-request';
import { seriesState, type SeriesState } from './series-state';

/** Most data points one export may carry (the collector's batch processor sends 8192 by default). */
export const MAX_OTLP_POINTS = 50_000;

function countPoints(request: OtlpMetricsRequest): number {
  let n = 0;
  for (const rm of request.resourceMetrics ?? [])
    for (const sm of rm.scopeMetrics ?? [])
      for (const m of sm.metrics ?? []) {
        const data: { dataPoints?: unknown[] } | null | undefined = m.gauge ?? m.sum ?? m.histogram ?? m.exponentialHistogram ?? m.summary;
        n += data?.dataPoints?.length ?? 0;
      }
  return n;
}

export async function receiveMetrics(db: Db, req: Request, writable: WritablePlugins = null, state: SeriesState = seriesState, now = Date.now()): Promise<Response> {
  const { encoding, message } = await readOtlpRequest(req, otlpTypes.metricsRequest);
  const request = message as unknown as OtlpMetricsRequest;
  const count = countPoints(request);
  if (count > MAX_OTLP_POINTS) {
    throw new ApiError(
      413,
      'payload_too_large',
      `The export holds ${count} data points, more than ${MAX_OTLP_POINTS}: send smaller batches (send_batch_max_size in the collector's batch processor)`,
    );
  }
  const { points, rejections } = convertMetrics(request, await readTelemetryConfig(db), state);
  const { accepted, issues } = await screenPoints(
    db,
    points.map((p) => ({ pluginId: p.pluginId, metric: p.metric, timestamp: p.ts, value: p.value })),
    now,
    'points',
    writable,
  );
  for (const issue of issues) rejections.reject(issue.message);
  if (accepted.length > 0) await ingestPoints(db, accepted);
  return exportResponse('metrics', encoding, rejections);
}
