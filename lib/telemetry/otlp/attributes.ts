// OTLP key-value lists as plain records (resource attributes name the plugin), and a stable
// key of a point's attributes (series identity for cumulative state).
import { int64ToNumber, type OtlpAnyValue, type OtlpKeyValue } from './otlp-proto';

export type AttributeValue = string | number | boolean | null | AttributeValue[] | { [key: string]: AttributeValue };

export function anyValue(v: OtlpAnyValue | null | undefined): AttributeValue {
  if (!v) return null;
  // Decoded messages keep unset fields' defaults on the prototype: only own fields were sent.
  const has = (key: keyof OtlpAnyValue) => Object.hasOwn(v, key) && v[key] !== null && v[key] !== undefined;
  if (has('stringValue')) return v.stringValue!;
  if (has('boolValue')) return v.boolValue!;
  if (has('intValue')) return int64ToNumber(v.intValue);
  if (has('doubleValue')) return v.doubleValue!;
  if (has('arrayValue')) return (v.arrayValue!.values ?? []).map(anyValue);
  if (has('kvlistValue')) return attributesOf(v.kvlistValue!.values);
  if (has('bytesValue')) return Buffer.from(v.bytesValue!).toString('base64');
  return null;
}

export function attributesOf(list: OtlpKeyValue[] | undefined | null): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const kv of list ?? []) if (kv.key) out[kv.key] = anyValue(kv.value);
  return out;
}

/** Same attributes in any order give the same key. */
export function attributesKey(list: OtlpKeyValue[] | undefined | null): string {
  if (!list || list.length === 0) return '';
  return JSON.stringify(Object.entries(attributesOf(list)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
