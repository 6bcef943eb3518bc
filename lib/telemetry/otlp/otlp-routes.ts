// The route handlers of the OTLP/HTTP receiver, mounted at the OpenTelemetry paths
// (/v1/metrics, /v1/logs) and under /api/v1/otlp/v1/…: API tokens with metrics:write or
// events:write as a bearer header (or an operator's session).
import { route } from '../../auth/route';
import { allowedPlugins } from '../../tokens/token-plugins';
import { asOtlpError } from './otlp-response';
import { receiveLogs } from './receive-logs';
import { receiveMetrics } from './receive-metrics';

// A token restricted to plugins writes only for those (allowedPlugins).
const metrics = route({ role: 'operator', scope: 'metrics:write' }, async ({ db, req, actor }) => receiveMetrics(db, req, await allowedPlugins(db, actor)));
const logs = route({ role: 'operator', scope: 'events:write' }, async ({ db, req, actor }) => receiveLogs(db, req, await allowedPlugins(db, actor)));

type Ctx = { params?: Promise<Record<string, string | string[] | undefined>> };

/** Errors of protobuf requests answered as google.rpc.Status, as OTLP/HTTP specifies. */
function otlp(handler: typeof metrics) {
  return Object.assign(async (req: Request, ctx?: Ctx) => asOtlpError(req, await handler(req, ctx)), { routeOptions: handler.routeOptions });
}

export const otlpRoutes = { metrics: otlp(metrics), logs: otlp(logs) };
