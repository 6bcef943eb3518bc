// JSON encoding of detector state: plain objects of numbers, booleans and typed arrays.
// Typed arrays are tagged so they come back as the same kind; doubles round-trip exactly.
// Float64Arrays (most of a state: rolling windows of thousands of values) are written as the
// base64 of their bytes: half the size of decimal text, and far cheaper to write, store and
// parse. States saved earlier as number lists ($f64) still load.

type Encoded = number | boolean | string | null | Encoded[] | { [k: string]: Encoded };

export function encodeState(value: unknown): Encoded {
  if (value instanceof Float64Array) {
    for (let i = 0; i < value.length; i++) finite(value[i]);
    return { $f64b: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  }
  if (value instanceof Int32Array) return { $i32: Array.from(value) };
  if (value instanceof Uint8Array) return { $u8: Array.from(value) };
  if (typeof value === 'number') return finite(value);
  if (typeof value === 'boolean' || typeof value === 'string' || value === null) return value;
  if (Array.isArray(value)) return value.map(encodeState);
  if (typeof value === 'object' && value) {
    const out: Record<string, Encoded> = {};
    for (const [k, v] of Object.entries(value)) out[k] = encodeState(v);
    return out;
  }
  throw new TypeError(`cannot encode ${typeof value}`);
}

export function decodeState<T>(value: unknown): T {
  return decode(value) as T;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('$f64b' in o) {
      const bytes = Buffer.from(o.$f64b as string, 'base64');
      // Copied into a fresh, aligned buffer (a Buffer may be a slice of a shared pool).
      return new Float64Array(new Uint8Array(bytes).buffer);
    }
    if ('$f64' in o) return Float64Array.from(o.$f64 as number[]);
    if ('$i32' in o) return Int32Array.from(o.$i32 as number[]);
    if ('$u8' in o) return Uint8Array.from(o.$u8 as number[]);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = decode(v);
    return out;
  }
  return value;
}

function finite(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError('detector state holds a non-finite number');
  return x;
}
