// Reads a notification channel's settings (`incidentResponse.notifications[].config`) into
// where to send and how to sign, or why the channel cannot send. Webhooks need `url` and a
// `secret` to sign with, and may ask for Alertmanager's payload (`format: alertmanager`); Slack
// needs its incoming-webhook URL (`webhookUrl`, `url` or `webhook`) and signs when a `secret` is
// given; email and SMS have no transport in this console.
/** The body a channel gets: the console's own incident JSON, or Alertmanager's webhook payload. */
export const PAYLOAD_FORMATS = ['console', 'alertmanager'] as const;
export type PayloadFormat = (typeof PAYLOAD_FORMATS)[number];

export interface SendTarget {
  ok: true;
  url: string;
  secret: string | null;
  format: PayloadFormat;
  /** Shown in the UI: scheme and host only, never the path, credentials or tokens of the URL. */
  display: string;
}

export interface NoTarget {
  ok: false;
  display: string;
  reason: string;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

export function displayUrl(raw: string): string {
  try {
    const u = new URL(raw);
    // The whole channel config is secret (R10): a webhook's path often is its token, so none of it is shown.
    return `${u.protocol}//${u.host}${u.pathname.length > 1 ? '/…' : ''}`;
  } catch {
    return 'invalid URL';
  }
}

export function channelTarget(channel: string, config: Record<string, unknown>): SendTarget | NoTarget {
  if (channel === 'email') return { ok: false, display: str(config.to) ?? 'email', reason: 'Email is not configured: this console has no SMTP transport' };
  if (channel === 'sms') return { ok: false, display: str(config.to) ?? 'sms', reason: 'SMS is not configured: this console has no SMS transport' };
  const url = channel === 'slack' ? (str(config.webhookUrl) ?? str(config.url) ?? str(config.webhook)) : str(config.url);
  if (!url) return { ok: false, display: channel, reason: `The ${channel} channel has no URL (config.${channel === 'slack' ? 'webhookUrl' : 'url'})` };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, display: 'invalid URL', reason: `The ${channel} URL is not a valid URL` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ok: false, display: displayUrl(url), reason: 'Only http and https URLs can receive notifications' };
  const secret = str(config.secret);
  if (channel === 'webhook' && !secret) return { ok: false, display: displayUrl(url), reason: 'The webhook has no config.secret to sign its notifications with' };
  const format = channel === 'webhook' ? (config.format ?? 'console') : 'console';
  if (!PAYLOAD_FORMATS.includes(format as PayloadFormat)) {
    return { ok: false, display: displayUrl(url), reason: `The webhook's config.format must be one of ${PAYLOAD_FORMATS.join(', ')}` };
  }
  return { ok: true, url, secret, format: format as PayloadFormat, display: displayUrl(url) };
}
