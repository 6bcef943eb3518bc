// POST /api/v1/prom/write: Prometheus remote write 1.0. Checks the headers (415 for anything
// but snappy-compressed protobuf of version 0.1.x, so a remote-write 2.0 sender falls back),
// decodes, maps by the telemetry document, screens the points as POST /api/v1/metrics checks
// them (registered plugins, time bounds) and stores them through the same ingest. Prometheus
// retries 5xx and never 4xx: what retrying cannot fix is a 400 (a damaged body) or is skipped and
// counted (NaN, stale markers, unknown plugins); only a failing database answers 5xx.
import { MAX_METRIC_BATCH } from '@/schemas';
import type { Db } from '../../db/client';
import { ApiError } from '../../errors';
import { readBodyBytes } from '../../auth/read-body';
import { screenPoints } from '../../aiops/ingest/check-points';
import type { WritablePlugins } from '../../aiops/ingest/check-plugins';
import { ingestPoints } from '../../aiops/ingest/ingest-metrics';
import { consoleMetrics } from '../../console-metrics/instruments';
import { readTelemetryConfig } from '../read-telemetry-config';
import { SeriesState } from '../otlp/series-state';
import { decodeWriteRequest, uncompressBody } from './decode-write-request';
import { convertWriteRequest, familyTypesOf, SKIPPED, skipOutcome } from './convert-write-request';

/** Compressed body limit; Prometheus sends at most a few MiB (max_samples_per_send × series size). */
export const MAX_COMPRESSED_BYTES = 16 * 1024 * 1024;
/** What a body may claim to decompress to. */
export const MAX_DECOMPRESSED_BYTES = 64 * 1024 * 1024;
const MAX_KNOWN_FAMILIES = 100_000;

/** Counter state of this process (see ../otlp/series-state.ts for why in memory); Prometheus counters carry no start time. */
const g = globalThis as unknown as { __promWriteState?: SeriesState; __promFamilyTypes?: Map<string, string> };
const state = (g.__promWriteState ??= new SeriesState());
/** Metric family types from the sender's metadata (sent in requests of their own) and from the series seen. */
const familyTypes = (g.__promFamilyTypes ??= new Map<string, string>());

export interface RemoteWriteResult {
  samples: number;
  stored: number;
  duplicates: number;
  skipped: number;
}

const unsupported = (message: string) => new ApiError(415, 'unsupported_media_type', message);

function checkHeaders(req: Request): void {
  const type = (req.headers.get('content-type') ?? '').toLowerCase();
  const [mediaType, ...params] = type.split(';').map((s) => s.trim());
  if (mediaType !== 'application/x-protobuf') throw unsupported('Remote write sends Content-Type: application/x-protobuf');
  const proto = params.find((p) => p.startsWith('proto='))?.slice(6);
  if (proto && proto !== 'prometheus.writerequest') throw unsupported(`Only remote write 1.0 (prometheus.WriteRequest) is accepted, not ${proto}`);
  if ((req.headers.get('content-encoding') ?? '').toLowerCase() !== 'snappy') throw unsupported('Remote write sends Content-Encoding: snappy');
  const version = req.headers.get('x-prometheus-remote-write-version');
  if (version && !version.startsWith('0.1.')) throw unsupported(`Remote-write version ${version} is not supported; this receiver speaks 0.1.0`);
}

function learnTypes(types: Map<string, string>): void {
  for (const [name, type] of types) {
    familyTypes.delete(name);
    familyTypes.set(name, type);
    if (familyTypes.size > MAX_KNOWN_FAMILIES) familyTypes.delete(familyTypes.keys().next().value!);
  }
}

export async function receiveRemoteWrite(db: Db, req: Request, writable: WritablePlugins = null, now = Date.now()): Promise<RemoteWriteResult> {
  checkHeaders(req);
  const request = decodeWriteRequest(uncompressBody(await readBodyBytes(req, MAX_COMPRESSED_BYTES), MAX_DECOMPRESSED_BYTES));
  learnTypes(familyTypesOf(request));
  const { points, skips, remember } = convertWriteRequest(request, await readTelemetryConfig(db), state, familyTypes);
  const { accepted, issues } = await screenPoints(db, points, now, 'points', writable);
  for (const issue of issues) skips.reject(issue.path.endsWith('.pluginId') ? SKIPPED.plugin[0] : SKIPPED.time[0]);
  let stored = 0;
  // Batches of the JSON API's size keep each transaction as short as a POST /api/v1/metrics.
  for (let i = 0; i < accepted.length; i += MAX_METRIC_BATCH) stored += (await ingestPoints(db, accepted.slice(i, i + MAX_METRIC_BATCH))).stored;
  for (const [key, sample] of remember) state.remember(key, sample);
  const samples = request.series.reduce((n, s) => n + s.samples.length, 0);
  const counter = consoleMetrics().remoteWriteSamples;
  counter.inc({ outcome: 'received' }, samples);
  for (const [reason, n] of skips.reasons) counter.inc({ outcome: `skipped_${skipOutcome(reason)}` }, n);
  return { samples, stored, duplicates: accepted.length - stored, skipped: skips.count };
}

