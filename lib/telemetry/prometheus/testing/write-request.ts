// Test helper: a remote-write 1.0 body (snappy-compressed prometheus.WriteRequest) as Prometheus
// sends it, and the headers it sends with it.
import snappy from 'snappyjs';
import { WriteRequestType } from '../decode-write-request';

export interface TestSeries {
  labels: Record<string, string>;
  samples: [timestampMs: number, value: number][];
}

export const REMOTE_WRITE_HEADERS = {
  'content-type': 'application/x-protobuf',
  'content-encoding': 'snappy',
  'x-prometheus-remote-write-version': '0.1.0',
};

export function writeRequestBytes(series: TestSeries[], metadata: { type: number; metric_family_name: string }[] = []): Uint8Array {
  const message = WriteRequestType.fromObject({
    timeseries: series.map((s) => ({
      labels: Object.entries(s.labels).map(([name, value]) => ({ name, value })),
      samples: s.samples.map(([timestamp, value]) => ({ timestamp, value })),
    })),
    metadata,
  });
  return WriteRequestType.encode(message).finish();
}

export function writeRequestBody(series: TestSeries[], metadata?: { type: number; metric_family_name: string }[]): Uint8Array {
  return snappy.compress(writeRequestBytes(series, metadata));
}

/** Prometheus's stale marker, the NaN it writes when a series ends. */
export const STALE_NAN = (() => {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, 0x7ff0000000000002n);
  return view.getFloat64(0);
})();
