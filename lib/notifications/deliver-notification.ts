// Sends one notification: POST the JSON body, signed when there is a secret, with a 10 s
// timeout, through the egress policy. A 2xx answer is success; anything else (or no answer) is
// an error to retry.
import { egressFetch, isEgressBlocked } from '../egress';
import { SIGNATURE_HEADER, signPayload } from './sign-payload';

export const DELIVERY_TIMEOUT_MS = 10_000;

export interface DeliveryOutcome {
  ok: boolean;
  error?: string;
  /** No retry can succeed (the egress policy refuses the target). */
  final?: boolean;
}

export async function deliverNotification(url: string, body: unknown, secret: string | null, timeoutMs = DELIVERY_TIMEOUT_MS): Promise<DeliveryOutcome> {
  const text = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'objectstack-console-notifications' };
  if (secret) headers[SIGNATURE_HEADER] = signPayload(text, secret);
  try {
    const res = await egressFetch(url, { method: 'POST', headers, body: text, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    await res.body?.cancel().catch(() => undefined);
    return res.ok ? { ok: true } : { ok: false, error: `The receiver answered ${res.status} ${res.statusText}`.trim() };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError') return { ok: false, error: `No answer within ${timeoutMs / 1000} s` };
    if (isEgressBlocked(e.cause)) return { ok: false, error: e.cause.message, final: true };
    return { ok: false, error: `Could not connect: ${e.cause?.code ?? e.cause?.message ?? e.message}` };
  }
}
