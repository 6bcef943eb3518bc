// Runs an action by POSTing it to `parameters.webhookUrl`, signed (webhook-signature.ts). The
// whole delivery, retries included, must finish within the action's timeout. Network errors,
// 408, 429 and 5xx are retried with exponential backoff (1 s, 2 s, 4 s, ...); other answers
// are final. A 2xx answer may carry `{ "success": false, "message": "..." }` to report that the
// receiver tried and failed. Retries carry the same X-ObjectStack-Delivery id.
import { egressFetch, isEgressBlocked } from '../../egress';
import type { ProposalRow } from '../propose-actions';
import type { ExecutionOutcome, ProposalReason } from '../types';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER, webhookKey } from '../webhook-signature';

export const MAX_WEBHOOK_ATTEMPTS = 5;
const BASE_BACKOFF_MS = 1000;

export interface WebhookOptions {
  /** Defaults to fetch through the egress policy. */
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  key?: Buffer;
  baseBackoffMs?: number;
}

export function webhookBody(p: ProposalRow): Record<string, unknown> {
  const { webhookUrl: _url, ...parameters } = p.parameters as Record<string, unknown>;
  const reason = p.reason as ProposalReason;
  return {
    id: p.id,
    pluginId: p.pluginId,
    actionId: p.actionId,
    type: p.actionType,
    parameters,
    incidentId: p.incidentId,
    attempt: p.attempt,
    trigger: reason.triggerKey,
    reasons: reason.matches.map((m) => m.text),
    approvedBy: p.decidedBy,
    timeoutSeconds: reason.timeoutSeconds,
  };
}

const retryable = (status: number) => status === 408 || status === 429 || status >= 500;

export async function runWebhook(p: ProposalRow, opts: WebhookOptions = {}): Promise<ExecutionOutcome> {
  const doFetch = opts.fetchImpl ?? egressFetch;
  const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const key = opts.key ?? webhookKey();
  const url = String((p.parameters as Record<string, unknown>).webhookUrl ?? '');
  if (!/^https?:\/\//i.test(url)) return { success: false, executor: 'webhook', message: `webhookUrl is not an http(s) URL: ${url}` };
  const deadline = Date.now() + (p.reason as ProposalReason).timeoutSeconds * 1000;
  const body = JSON.stringify(webhookBody(p));
  let last = '';
  for (let attempt = 1; attempt <= MAX_WEBHOOK_ATTEMPTS; attempt++) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) break;
    const ts = Math.floor(Date.now() / 1000);
    try {
      const res = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signWebhook(body, ts, key), [TIMESTAMP_HEADER]: String(ts), [DELIVERY_HEADER]: p.id },
        body,
        signal: AbortSignal.timeout(remaining),
        redirect: 'error',
      });
      const text = await res.text().catch(() => '');
      if (res.ok) {
        const answer = parseAnswer(text);
        return { success: answer.success ?? true, executor: 'webhook', message: answer.message ?? `Receiver answered ${res.status}`, details: { status: res.status, attempts: attempt } };
      }
      last = `Receiver answered ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`;
      if (!retryable(res.status)) return { success: false, executor: 'webhook', message: last, details: { status: res.status, attempts: attempt } };
    } catch (err) {
      const cause = (err as { cause?: unknown } | null)?.cause;
      // A refused address stays refused: retrying cannot help.
      if (isEgressBlocked(cause)) return { success: false, executor: 'webhook', message: `Delivery failed: ${cause.message}`, details: { attempts: attempt } };
      last = err instanceof Error && err.name === 'TimeoutError' ? 'The receiver did not answer within the action timeout' : `Delivery failed: ${err instanceof Error ? err.message : String(err)}`;
    }
    const wait = (opts.baseBackoffMs ?? BASE_BACKOFF_MS) * 2 ** (attempt - 1);
    if (attempt < MAX_WEBHOOK_ATTEMPTS && Date.now() + wait < deadline) await sleep(wait);
    else if (attempt < MAX_WEBHOOK_ATTEMPTS) break;
  }
  return { success: false, executor: 'webhook', message: last || 'The action timed out before it could be delivered' };
}

function parseAnswer(text: string): { success?: boolean; message?: string } {
  try {
    const v = JSON.parse(text) as { success?: unknown; message?: unknown };
    return { success: typeof v.success === 'boolean' ? v.success : undefined, message: typeof v.message === 'string' ? v.message.slice(0, 500) : undefined };
  } catch {
    return {};
  }
}
