// POST /v1/logs: OTLP log records stored as the plugins' log events (lib/aiops/ingest), which
// healing triggers and RCA read. Records of unregistered plugins or that cannot be stored are
// counted in the partial success.
import type { Db } from '../../db/client';
import { ApiError } from '../../errors';
import { knownPluginIds, unknownPluginIssue, type WritablePlugins } from '../../aiops/ingest/check-plugins';
import { ingestEvents } from '../../aiops/ingest/ingest-events';
import { readTelemetryConfig } from '../read-telemetry-config';
import { convertLogs } from './convert-logs';
import { exportResponse } from './otlp-response';
import { otlpTypes, type OtlpLogsRequest } from './otlp-proto';
import { readOtlpRequest } from './read-otlp-request';

export const MAX_OTLP_LOG_RECORDS = 20_000;

export async function receiveLogs(db: Db, req: Request, writable: WritablePlugins = null): Promise<Response> {
  const { encoding, message } = await readOtlpRequest(req, otlpTypes.logsRequest);
  const request = message as unknown as OtlpLogsRequest;
  const count = (request.resourceLogs ?? []).reduce((n, rl) => n + (rl.scopeLogs ?? []).reduce((k, s) => k + (s.logRecords?.length ?? 0), 0), 0);
  if (count > MAX_OTLP_LOG_RECORDS) {
    throw new ApiError(413, 'payload_too_large', `The export holds ${count} log records, more than ${MAX_OTLP_LOG_RECORDS}: send smaller batches`);
  }
  const { events, rejections } = convertLogs(request, await readTelemetryConfig(db));
  const known = await knownPluginIds(
    db,
    events.map((e) => e.pluginId),
    writable,
  );
  const stored = events.filter((e) => known.has(e.pluginId));
  events.forEach((e, i) => known.has(e.pluginId) || rejections.reject(unknownPluginIssue('logRecords', i, e.pluginId, writable).message));
  if (stored.length > 0) await ingestEvents(db, stored, 'otlp', writable);
  return exportResponse('logs', encoding, rejections);
}
