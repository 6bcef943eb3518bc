// Reads an OTLP/HTTP request body: the encoding from Content-Type (protobuf or JSON, else 415),
// gzip undone within a bound (413 past it), then decoded into the request message (400 naming
// what is wrong). Both encodings end as the same protobufjs message.
import { gunzipSync } from 'node:zlib';
import type { Message, Type } from 'protobufjs';
import { readBodyBytes } from '../../auth/read-body';
import { ApiError, badRequest } from '../../errors';

export type OtlpEncoding = 'protobuf' | 'json';

/** Largest body as sent (compressed or not). */
export const MAX_OTLP_BODY_BYTES = 8 * 1024 * 1024;
/** Largest body once gzip is undone: a small gzip body can expand a thousandfold. */
export const MAX_OTLP_DECOMPRESSED_BYTES = 32 * 1024 * 1024;

const unsupported = (message: string) => new ApiError(415, 'unsupported_media_type', message);

/** The encoding a request states; 415 for anything but OTLP's two. */
export function encodingOf(req: Request): OtlpEncoding {
  const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/x-protobuf' || type === 'application/protobuf') return 'protobuf';
  if (type === 'application/json') return 'json';
  throw unsupported(`Content-Type must be application/x-protobuf or application/json${type ? `, not ${type.slice(0, 80)}` : ''}`);
}

function gunzip(bytes: Uint8Array): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_OTLP_DECOMPRESSED_BYTES });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ApiError(413, 'payload_too_large', `The decompressed body is larger than the limit of ${MAX_OTLP_DECOMPRESSED_BYTES / 1024 / 1024} MiB`);
    }
    throw badRequest('The body is not valid gzip', [{ path: 'body', message: 'Content-Encoding is gzip but the body does not decompress' }]);
  }
}

function decode(type: Type, bytes: Uint8Array, encoding: OtlpEncoding): Message {
  if (encoding === 'protobuf') {
    try {
      return type.decode(bytes);
    } catch (err) {
      const detail = err instanceof Error ? err.message.slice(0, 200) : 'invalid';
      throw badRequest(`The protobuf body is not a valid ${type.name}`, [{ path: 'body', message: `Truncated or malformed protobuf: ${detail}` }]);
    }
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw badRequest('The request body is not valid JSON', [{ path: 'body', message: 'Invalid JSON' }]);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw badRequest(`The JSON body must be an ${type.name} object`, [{ path: 'body', message: 'Expected an object' }]);
  try {
    return type.fromObject(raw as Record<string, unknown>);
  } catch (err) {
    const detail = err instanceof Error ? err.message.slice(0, 200) : 'invalid';
    throw badRequest(`The JSON body is not a valid ${type.name}`, [{ path: 'body', message: detail }]);
  }
}

export async function readOtlpRequest(req: Request, type: Type): Promise<{ encoding: OtlpEncoding; message: Message }> {
  const encoding = encodingOf(req);
  const contentEncoding = (req.headers.get('content-encoding') ?? 'identity').trim().toLowerCase();
  if (contentEncoding !== 'gzip' && contentEncoding !== 'identity' && contentEncoding !== '')
    throw unsupported(`Content-Encoding must be gzip or none, not ${contentEncoding.slice(0, 40)}`);
  let bytes = await readBodyBytes(req, MAX_OTLP_BODY_BYTES);
  if (contentEncoding === 'gzip') bytes = gunzip(bytes);
  return { encoding, message: decode(type, bytes, encoding) };
}
