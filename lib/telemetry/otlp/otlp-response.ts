// OTLP/HTTP answers: the Export…ServiceResponse in the request's encoding, with partial_success
// set only when something was rejected or ignored; errors of protobuf requests as a
// google.rpc.Status (the JSON envelope for JSON requests, as every console error).
import { otlpTypes } from './otlp-proto';
import type { OtlpEncoding } from './read-otlp-request';
import type { Rejections } from './convert-metrics';

export type OtlpSignal = 'metrics' | 'logs';

const PROTOBUF = 'application/x-protobuf';

/** protobufjs writes into (pooled) ArrayBuffers, never shared ones. */
const asBody = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>;

export function exportResponse(signal: OtlpSignal, encoding: OtlpEncoding, rejections: Rejections): Response {
  const errorMessage = rejections.message();
  const rejectedKey = signal === 'metrics' ? 'rejectedDataPoints' : 'rejectedLogRecords';
  const body = errorMessage || rejections.count ? { partialSuccess: { [rejectedKey]: rejections.count, errorMessage } } : {};
  if (encoding === 'json')
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
  const type = signal === 'metrics' ? otlpTypes.metricsResponse : otlpTypes.logsResponse;
  return new Response(asBody(type.encode(type.fromObject(body)).finish()), { status: 200, headers: { 'content-type': PROTOBUF, 'cache-control': 'no-store' } });
}

/** gRPC codes for the HTTP statuses the receiver answers (the Status message carries one). */
const GRPC_CODE: Record<number, number> = { 400: 3, 401: 16, 403: 7, 404: 5, 409: 6, 413: 8, 415: 3, 429: 8, 500: 13, 503: 14 };

/** An error answer of a protobuf request re-encoded as google.rpc.Status; others unchanged. */
export async function asOtlpError(req: Request, res: Response): Promise<Response> {
  const isProtobuf = (req.headers.get('content-type') ?? '').toLowerCase().startsWith(PROTOBUF);
  if (res.status < 400 || !isProtobuf) return res;
  const envelope = (await res.json().catch(() => null)) as { error?: { message?: string; issues?: { path: string; message: string }[] } } | null;
  const issues = envelope?.error?.issues?.map((i) => `${i.path}: ${i.message}`).join('; ');
  const message = [envelope?.error?.message ?? res.statusText, issues].filter(Boolean).join(' — ');
  const status = otlpTypes.status;
  const headers = new Headers(res.headers);
  headers.set('content-type', PROTOBUF);
  return new Response(asBody(status.encode(status.fromObject({ code: GRPC_CODE[res.status] ?? 2, message })).finish()), { status: res.status, headers });
}
