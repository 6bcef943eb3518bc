// Metric points in PostgreSQL's binary COPY format (the file layout of COPY … WITH (FORMAT
// binary)), both ways, for the embedded database. PGlite turns numbers to and from text slowly
// (about 1.3 µs per float: most of an ingest batch, most of a 7-day read); raw bytes cost
// nothing. Written by hand because the npm codecs (pg-copy-streams-binary) are stream
// pipelines for node-postgres sockets, while these are single buffers of fixed row shapes.
import type { DetectorOutput } from '../detectors';
import type { CheckedPoint } from './check-points';

const SIGNATURE = [0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00]; // "PGCOPY\n\377\r\n\0"
/** PostgreSQL counts time from 2000-01-01T00:00:00Z, in microseconds. */
const PG_EPOCH_MS = 946_684_800_000;
const COLUMNS = 7;
/** Field count, then length + bytes: int4 series, int8 time, float8 value, four float4s. */
const MAX_ROW_BYTES = 2 + (4 + 4) + (4 + 8) + (4 + 8) + 4 * (4 + 4);

/** Rows of (series_id int, ts timestamptz, value float8, score, expected, lower, upper real). */
export function encodePointRows(points: CheckedPoint[], outputs: (DetectorOutput | null)[]): Uint8Array {
  const buf = new ArrayBuffer(SIGNATURE.length + 8 + points.length * MAX_ROW_BYTES + 2);
  const view = new DataView(buf);
  const bytes = new Uint8Array(buf);
  bytes.set(SIGNATURE, 0);
  let o = SIGNATURE.length + 8; // flags and header-extension length: both zero
  const float4 = (v: number | undefined) => {
    if (v === undefined || !Number.isFinite(v)) {
      view.setInt32(o, -1);
      o += 4;
    } else {
      view.setInt32(o, 4);
      view.setFloat32(o + 4, v);
      o += 8;
    }
  };
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    const out = outputs[i];
    view.setInt16(o, COLUMNS);
    view.setInt32(o + 2, 4);
    view.setInt32(o + 6, p.seriesId!);
    view.setInt32(o + 10, 8);
    view.setBigInt64(o + 14, BigInt(Math.round((p.ts - PG_EPOCH_MS) * 1000)));
    view.setInt32(o + 22, 8);
    view.setFloat64(o + 26, p.value);
    o += 34;
    float4(out?.score);
    float4(out?.expected);
    float4(out?.lower);
    float4(out?.upper);
  }
  view.setInt16(o, -1); // end of data
  return new Uint8Array(buf, 0, o + 2);
}

/** Reads rows of (ts timestamptz, value float8), as COPY (select ts, value …) TO … writes them. */
export function decodeTimeValueRows(bytes: Uint8Array): { t: Float64Array; v: Float64Array } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = SIGNATURE.length + 8 + view.getInt32(SIGNATURE.length + 4);
  // Each row is 2 + (4 + 8) + (4 + 8) bytes; the trailer is 2.
  const n = Math.max(0, Math.floor((bytes.byteLength - o - 2) / 26));
  const t = new Float64Array(n);
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (view.getInt16(o) !== 2 || view.getInt32(o + 2) !== 8 || view.getInt32(o + 14) !== 8) throw new Error(`Unexpected COPY row ${i}: not (timestamptz, float8)`);
    t[i] = Number(view.getBigInt64(o + 6)) / 1000 + PG_EPOCH_MS;
    v[i] = view.getFloat64(o + 18);
    o += 26;
  }
  return { t, v };
}
