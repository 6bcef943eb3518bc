// The Prometheus-compatible store of this installation, from the environment: its base URL and
// the Authorization header to send. Null when CONSOLE_PROMETHEUS_URL is not set.
import { env } from '../env';

export interface PrometheusConfig {
  /** Base URL without a trailing slash, e.g. https://mimir.example/prometheus */
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
}

/** What a reader of Prometheus-sourced metrics says when the installation names no store. */
export const PROMETHEUS_NOT_CONFIGURED = 'Prometheus is not configured: set CONSOLE_PROMETHEUS_URL';

export function prometheusConfig(): PrometheusConfig | null {
  const e = env();
  if (!e.CONSOLE_PROMETHEUS_URL) return null;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (e.CONSOLE_PROMETHEUS_BEARER_TOKEN) headers.authorization = `Bearer ${e.CONSOLE_PROMETHEUS_BEARER_TOKEN}`;
  else if (e.CONSOLE_PROMETHEUS_USERNAME) {
    headers.authorization = `Basic ${Buffer.from(`${e.CONSOLE_PROMETHEUS_USERNAME}:${e.CONSOLE_PROMETHEUS_PASSWORD ?? ''}`).toString('base64')}`;
  }
  return { url: e.CONSOLE_PROMETHEUS_URL.replace(/\/+$/, ''), headers, timeoutMs: e.CONSOLE_PROMETHEUS_TIMEOUT_MS };
}
