// Calls to the Prometheus HTTP API (query_range, format_query) through the egress policy, with
// the installation's auth and a timeout. Failures become PrometheusUnreachable (network, auth,
// server errors: a degraded state) or PromQLError (the expression was refused: its field named).
import { egressFetch, isEgressBlocked } from '../egress';
import { PromQLError, PrometheusUnreachable } from './prometheus-error';
import type { PrometheusConfig } from './prometheus-config';

export interface PromSeries {
  labels: Record<string, string>;
  /** [epoch ms, value] in time order. */
  points: [number, number][];
}

interface PromAnswer {
  status?: 'success' | 'error';
  errorType?: string;
  error?: string;
  data?: unknown;
}

/** The innermost cause of a failed fetch ("connect ECONNREFUSED 127.0.0.1:9090"), never a stack. */
function causeOf(err: unknown): string {
  let e = err as { cause?: unknown; message?: string; name?: string } | undefined;
  while (e?.cause && typeof e.cause === 'object') e = e.cause as typeof e;
  if (e?.name === 'TimeoutError') return 'no answer in time';
  return e?.message || String(err);
}

async function call(config: PrometheusConfig, path: string, params: Record<string, string>, field: string): Promise<unknown> {
  let res: Response;
  let text: string;
  try {
    res = await egressFetch(`${config.url}${path}`, {
      method: 'POST',
      headers: { ...config.headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params).toString(),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    text = await res.text();
  } catch (err) {
    if (isEgressBlocked(err) || isEgressBlocked((err as { cause?: unknown }).cause)) throw new PrometheusUnreachable(causeOf(err));
    const cause = causeOf(err);
    throw new PrometheusUnreachable(cause === 'no answer in time' ? `no answer within ${config.timeoutMs} ms` : cause);
  }
  let body: PromAnswer = {};
  try {
    body = JSON.parse(text) as PromAnswer;
  } catch {
    // A proxy's HTML error page: the status says enough.
  }
  if (res.ok && body.status === 'success') return body.data;
  // bad_data (400) is a parse error, execution (422) a query that cannot run: both the expression's fault.
  if ((res.status === 400 && body.errorType === 'bad_data') || res.status === 422) throw new PromQLError(field, body.error ?? `HTTP ${res.status}`);
  if (res.status === 401 || res.status === 403) throw new PrometheusUnreachable(`HTTP ${res.status}: the store refused the console's credentials (CONSOLE_PROMETHEUS_BEARER_TOKEN or CONSOLE_PROMETHEUS_USERNAME/PASSWORD)`);
  throw new PrometheusUnreachable(`HTTP ${res.status}${body.error ? `: ${body.error}` : ''}`);
}

/** Prometheus refuses a query_range of more than 11 000 points per series. */
export const MAX_RANGE_POINTS = 11_000;

/**
 * Evaluates `expr` at every `stepSec` from `startMs` to `endMs` (both inclusive, epoch ms).
 * `field` names the expression's document field in errors.
 */
export async function queryRange(config: PrometheusConfig, expr: string, startMs: number, endMs: number, stepSec: number, field: string): Promise<PromSeries[]> {
  const data = (await call(config, '/api/v1/query_range', { query: expr, start: String(startMs / 1000), end: String(endMs / 1000), step: String(stepSec) }, field)) as {
    resultType?: string;
    result?: { metric: Record<string, string>; values: [number, string][] }[];
  };
  if (data?.resultType !== 'matrix' || !Array.isArray(data.result)) throw new PrometheusUnreachable('query_range answered without a matrix: is this a Prometheus-compatible API?');
  return data.result.map((r) => ({
    labels: r.metric,
    points: r.values.map(([t, v]) => [Math.round(t * 1000), Number(v)] as [number, number]).filter(([, v]) => Number.isFinite(v)),
  }));
}

/** Asks the store to parse `expr` (format_query): throws PromQLError naming `field` when it does not parse. */
export async function checkPromQL(config: PrometheusConfig, expr: string, field: string): Promise<void> {
  await call(config, '/api/v1/format_query', { query: expr }, field);
}
