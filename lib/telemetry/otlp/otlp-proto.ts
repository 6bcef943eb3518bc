// The OTLP messages the receiver reads and answers, as protobufjs types built from the
// opentelemetry-proto v1 definitions (metrics, logs, their collector services, google.rpc.Status).
// Only the fields the console reads are declared: protobuf skips the others, so newer senders
// decode unchanged. Field numbers are those of opentelemetry-proto; do not renumber.
import protobuf from 'protobufjs';

const PROTO = `
syntax = "proto3";
package otlp;

message AnyValue {
  oneof value {
    string string_value = 1;
    bool bool_value = 2;
    int64 int_value = 3;
    double double_value = 4;
    ArrayValue array_value = 5;
    KeyValueList kvlist_value = 6;
    bytes bytes_value = 7;
  }
}
message ArrayValue { repeated AnyValue values = 1; }
message KeyValueList { repeated KeyValue values = 1; }
message KeyValue { string key = 1; AnyValue value = 2; }
message InstrumentationScope { string name = 1; string version = 2; }
message Resource { repeated KeyValue attributes = 1; }

enum AggregationTemporality {
  AGGREGATION_TEMPORALITY_UNSPECIFIED = 0;
  AGGREGATION_TEMPORALITY_DELTA = 1;
  AGGREGATION_TEMPORALITY_CUMULATIVE = 2;
}
message ResourceMetrics { Resource resource = 1; repeated ScopeMetrics scope_metrics = 2; }
message ScopeMetrics { InstrumentationScope scope = 1; repeated Metric metrics = 2; }
message Metric {
  string name = 1;
  string description = 2;
  string unit = 3;
  oneof data {
    Gauge gauge = 5;
    Sum sum = 7;
    Histogram histogram = 9;
    ExponentialHistogram exponential_histogram = 10;
    Summary summary = 11;
  }
}
message Gauge { repeated NumberDataPoint data_points = 1; }
message Sum { repeated NumberDataPoint data_points = 1; AggregationTemporality aggregation_temporality = 2; bool is_monotonic = 3; }
message Histogram { repeated HistogramDataPoint data_points = 1; AggregationTemporality aggregation_temporality = 2; }
message ExponentialHistogram { repeated OtherDataPoint data_points = 1; }
message Summary { repeated OtherDataPoint data_points = 1; }
message Exemplar { fixed64 time_unix_nano = 2; }
message NumberDataPoint {
  repeated KeyValue attributes = 7;
  fixed64 start_time_unix_nano = 2;
  fixed64 time_unix_nano = 3;
  oneof value { double as_double = 4; sfixed64 as_int = 6; }
  repeated Exemplar exemplars = 5;
  uint32 flags = 8;
}
message HistogramDataPoint {
  repeated KeyValue attributes = 9;
  fixed64 start_time_unix_nano = 2;
  fixed64 time_unix_nano = 3;
  fixed64 count = 4;
  optional double sum = 5;
  repeated fixed64 bucket_counts = 6;
  repeated double explicit_bounds = 7;
  repeated Exemplar exemplars = 8;
  uint32 flags = 10;
  optional double min = 11;
  optional double max = 12;
}
message OtherDataPoint { fixed64 time_unix_nano = 3; }

message ResourceLogs { Resource resource = 1; repeated ScopeLogs scope_logs = 2; }
message ScopeLogs { InstrumentationScope scope = 1; repeated LogRecord log_records = 2; }
message LogRecord {
  fixed64 time_unix_nano = 1;
  fixed64 observed_time_unix_nano = 11;
  int32 severity_number = 2;
  string severity_text = 3;
  AnyValue body = 5;
  repeated KeyValue attributes = 6;
  string event_name = 12;
}

message ExportMetricsServiceRequest { repeated ResourceMetrics resource_metrics = 1; }
message ExportMetricsPartialSuccess { int64 rejected_data_points = 1; string error_message = 2; }
message ExportMetricsServiceResponse { ExportMetricsPartialSuccess partial_success = 1; }
message ExportLogsServiceRequest { repeated ResourceLogs resource_logs = 1; }
message ExportLogsPartialSuccess { int64 rejected_log_records = 1; string error_message = 2; }
message ExportLogsServiceResponse { ExportLogsPartialSuccess partial_success = 1; }

message Status { int32 code = 1; string message = 2; }
`;

const root = protobuf.parse(PROTO, { keepCase: false }).root;
const type = (name: string) => root.lookupType(`otlp.${name}`);

export const otlpTypes = {
  metricsRequest: type('ExportMetricsServiceRequest'),
  metricsResponse: type('ExportMetricsServiceResponse'),
  logsRequest: type('ExportLogsServiceRequest'),
  logsResponse: type('ExportLogsServiceResponse'),
  status: type('Status'),
};

/** A fixed64/int64 as protobufjs gives it: a Long (or its bare bits), a number, or (from JSON) a decimal string. */
export type Int64 = number | string | { low: number; high: number; unsigned?: boolean } | null | undefined;

/** As a double: nanosecond times lose a few hundred ns, which milliseconds do not see. */
export function int64ToNumber(v: Int64): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return Number(v);
  const high = v.unsigned ? v.high >>> 0 : v.high;
  return high * 4294967296 + (v.low >>> 0);
}

// The decoded shapes (camelCase, as protobufjs names them), only what the receiver reads.
export interface OtlpAnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: Int64;
  doubleValue?: number;
  arrayValue?: { values?: OtlpAnyValue[] };
  kvlistValue?: { values?: OtlpKeyValue[] };
  bytesValue?: Uint8Array;
}
export interface OtlpKeyValue {
  key?: string;
  value?: OtlpAnyValue | null;
}
export interface OtlpResource {
  attributes?: OtlpKeyValue[];
}
export interface OtlpNumberPoint {
  attributes?: OtlpKeyValue[];
  startTimeUnixNano?: Int64;
  timeUnixNano?: Int64;
  asDouble?: number;
  asInt?: Int64;
  exemplars?: unknown[];
  flags?: number;
}
export interface OtlpHistogramPoint {
  attributes?: OtlpKeyValue[];
  startTimeUnixNano?: Int64;
  timeUnixNano?: Int64;
  count?: Int64;
  sum?: number | null;
  bucketCounts?: Int64[];
  explicitBounds?: number[];
  exemplars?: unknown[];
  flags?: number;
  min?: number | null;
  max?: number | null;
}
export interface OtlpMetric {
  name?: string;
  unit?: string;
  gauge?: { dataPoints?: OtlpNumberPoint[] } | null;
  sum?: { dataPoints?: OtlpNumberPoint[]; aggregationTemporality?: number; isMonotonic?: boolean } | null;
  histogram?: { dataPoints?: OtlpHistogramPoint[]; aggregationTemporality?: number } | null;
  exponentialHistogram?: { dataPoints?: unknown[] } | null;
  summary?: { dataPoints?: unknown[] } | null;
}
export interface OtlpMetricsRequest {
  resourceMetrics?: { resource?: OtlpResource | null; scopeMetrics?: { metrics?: OtlpMetric[] }[] }[];
}
export interface OtlpLogRecord {
  timeUnixNano?: Int64;
  observedTimeUnixNano?: Int64;
  severityNumber?: number;
  severityText?: string;
  body?: OtlpAnyValue | null;
  attributes?: OtlpKeyValue[];
  eventName?: string;
}
export interface OtlpLogsRequest {
  resourceLogs?: { resource?: OtlpResource | null; scopeLogs?: { logRecords?: OtlpLogRecord[] }[] }[];
}

export const AGGREGATION_DELTA = 1;
export const AGGREGATION_CUMULATIVE = 2;
/** The flag of a point that carries no value (a series that went stale). */
export const FLAG_NO_RECORDED_VALUE = 1;
