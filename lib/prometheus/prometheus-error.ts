// The two ways a read from Prometheus fails: the store cannot be reached or answers with a
// server error (a degraded state the page names, retried later), or it refuses the PromQL
// expression (the operator's to fix, named by its field).
export class PrometheusUnreachable extends Error {
  constructor(cause: string) {
    super(`Prometheus unreachable: ${cause}`);
    this.name = 'PrometheusUnreachable';
  }
}

export class PromQLError extends Error {
  constructor(
    /** The document field holding the expression, e.g. `expressions.cpu-usage`. */
    readonly field: string,
    readonly reason: string,
  ) {
    super(`PromQL error in ${field}: ${reason}`);
    this.name = 'PromQLError';
  }
}

export function isPrometheusUnreachable(err: unknown): err is PrometheusUnreachable {
  return err instanceof PrometheusUnreachable;
}

/** Either way a read failed: what a reader names instead of failing (a chart's degraded state, an analysis' missing metric). */
export function isPrometheusReadFailure(err: unknown): err is PrometheusUnreachable | PromQLError {
  return err instanceof PrometheusUnreachable || err instanceof PromQLError;
}
