// Signs a notification body so the receiver can check it came from this console and was not
// replayed: HMAC-SHA256 over "<unix seconds>.<body>" with the channel's secret, sent as
// `X-Console-Signature: t=<unix seconds>,v1=<hex>` (the scheme Stripe and Slack use).
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-console-signature';
/** Receivers should refuse signatures older than this. */
export const SIGNATURE_TOLERANCE_S = 300;

export function signPayload(body: string, secret: string, nowMs = Date.now()): string {
  const t = Math.floor(nowMs / 1000);
  const mac = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${mac}`;
}

/** What a receiver does: true when the header matches the body and is recent. */
export function verifySignature(body: string, header: string | null | undefined, secret: string, nowMs = Date.now()): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.split('=') as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(nowMs / 1000 - t) > SIGNATURE_TOLERANCE_S) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  const given = Buffer.from(parts.v1);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
