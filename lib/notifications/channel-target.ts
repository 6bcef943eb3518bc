// Reads a notification channel's settings (`incidentResponse.notifications[].config`) into
// where to send and how to sign, or why the channel cannot send. Webhooks need `url` and a
// `secret` to sign with; Slack needs its incoming-webhook URL (`webhookUrl`, `url` or `webhook`)
// and signs when a `secret` is given; email and SMS have no transport in this console.
export interface SendTarget {
  ok: true;
  url: string;
  secret: string | null;
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
  return { ok: true, url, secret, display: displayUrl(url) };
}
