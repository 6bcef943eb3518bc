// Decodes a Prometheus remote-write 1.0 body: snappy block compression around a protobuf
// `prometheus.WriteRequest`. The message definition is the part of Prometheus's remote.proto and
// types.proto a receiver reads; exemplars and native histograms are kept as raw bytes only to be
// counted (this console stores float samples). Any damage is a 400: retrying cannot fix it.
import protobuf from 'protobufjs';
import snappy from 'snappyjs';
import { ApiError, badRequest } from '../../errors';

const PROTO = `
syntax = "proto3";
package prometheus;
message WriteRequest {
  repeated TimeSeries timeseries = 1;
  repeated MetricMetadata metadata = 3;
}
message TimeSeries {
  repeated Label labels = 1;
  repeated Sample samples = 2;
  repeated bytes exemplars = 3;
  repeated bytes histograms = 4;
}
message Label { string name = 1; string value = 2; }
message Sample { double value = 1; int64 timestamp = 2; }
message MetricMetadata {
  enum MetricType { UNKNOWN = 0; COUNTER = 1; GAUGE = 2; HISTOGRAM = 3; GAUGEHISTOGRAM = 4; SUMMARY = 5; INFO = 6; STATESET = 7; }
  MetricType type = 1;
  string metric_family_name = 2;
  string help = 4;
  string unit = 5;
}`;

export const WriteRequestType = protobuf.parse(PROTO, { keepCase: true }).root.lookupType('prometheus.WriteRequest');

type Int64 = number | { toNumber(): number };

export interface RemoteSample {
  value: number;
  /** Epoch milliseconds. */
  timestamp: number;
}

export interface RemoteSeries {
  labels: Record<string, string>;
  samples: RemoteSample[];
  /** Exemplars and native-histogram samples the series carried (not stored). */
  ignored: number;
}

export interface WriteRequest {
  series: RemoteSeries[];
  /** Metric family name → type (`COUNTER`, `GAUGE`, …) when the sender sent metadata. */
  types: Map<string, string>;
}

const METRIC_TYPES = ['UNKNOWN', 'COUNTER', 'GAUGE', 'HISTOGRAM', 'GAUGEHISTOGRAM', 'SUMMARY', 'INFO', 'STATESET'];

interface RawMessage {
  timeseries?: { labels?: { name?: string; value?: string }[]; samples?: { value?: number; timestamp?: Int64 }[]; exemplars?: unknown[]; histograms?: unknown[] }[];
  metadata?: { type?: number; metric_family_name?: string }[];
}

/** The snappy-decompressed protobuf; `maxBytes` bounds what the decompressed body may claim. */
export function uncompressBody(body: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return snappy.uncompress(body, maxBytes);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // snappyjs refuses a header claiming more than maxLength before allocating anything.
    if (/too big|exceed/i.test(message)) {
      throw new ApiError(413, 'payload_too_large', `The decompressed body is larger than the limit of ${Math.round(maxBytes / 1024)} KiB`);
    }
    throw badRequest('The body is not valid snappy block-compressed data (remote write 1.0 uses the block format, not the framed one)', [{ path: 'body', message }]);
  }
}

const toMs = (t: Int64 | undefined): number => (t === undefined ? 0 : typeof t === 'number' ? t : t.toNumber());

export function decodeWriteRequest(bytes: Uint8Array): WriteRequest {
  let raw: RawMessage;
  try {
    raw = WriteRequestType.decode(bytes) as unknown as RawMessage;
  } catch (err) {
    throw badRequest('The body is not a valid prometheus.WriteRequest protobuf message', [{ path: 'body', message: err instanceof Error ? err.message : String(err) }]);
  }
  const series = (raw.timeseries ?? []).map((ts) => {
    const labels: Record<string, string> = {};
    for (const l of ts.labels ?? []) labels[l.name ?? ''] = l.value ?? '';
    return {
      labels,
      samples: (ts.samples ?? []).map((s) => ({ value: s.value ?? 0, timestamp: toMs(s.timestamp) })),
      ignored: (ts.exemplars?.length ?? 0) + (ts.histograms?.length ?? 0),
    };
  });
  const types = new Map<string, string>();
  for (const m of raw.metadata ?? []) if (m.metric_family_name) types.set(m.metric_family_name, METRIC_TYPES[m.type ?? 0] ?? 'UNKNOWN');
  return { series, types };
}
