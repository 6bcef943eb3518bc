// Signing of healing webhooks. The key is one per installation, derived (HKDF-SHA256) from the
// console's secret key, so it needs no storage and changes only with that key. Receivers get it
// from an admin (GET /api/v1/healing/webhook-key) and check each request as verifyWebhook does:
//   signature = "v1=" + hex(HMAC-SHA256(key, timestamp + "." + rawBody))
// with the timestamp (Unix seconds) from X-ObjectStack-Timestamp, rejecting stale timestamps.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { secretKey } from '../secrets/key';

export const SIGNATURE_HEADER = 'x-objectstack-signature';
export const TIMESTAMP_HEADER = 'x-objectstack-timestamp';
/** The proposal id: the same on every retry, so a receiver can drop duplicates. */
export const DELIVERY_HEADER = 'x-objectstack-delivery';
/** How old a signed timestamp may be before a receiver refuses it (replay protection). */
export const SIGNATURE_TOLERANCE_S = 300;

export function webhookKey(master: Buffer = secretKey()): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'objectstack-console/healing-webhook/v1', 32));
}

export function signWebhook(body: string, timestampS: number, key: Buffer = webhookKey()): string {
  return `v1=${createHmac('sha256', key).update(`${timestampS}.${body}`).digest('hex')}`;
}

/** What a receiver does: recompute the signature, compare in constant time, check the age. */
export function verifyWebhook(body: string, timestamp: string | null, signature: string | null, key: Buffer, nowMs = Date.now()): boolean {
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > SIGNATURE_TOLERANCE_S) return false;
  const expected = Buffer.from(signWebhook(body, Number(timestamp), key));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
