// Prometheus remote write 1.0 (snappy-compressed protobuf); see lib/telemetry/prometheus.
import { route } from '@/lib/auth/route';
import { receiveRemoteWrite } from '@/lib/telemetry/prometheus/receive-remote-write';
import { allowedPlugins } from '@/lib/tokens/token-plugins';

export const POST = route({ role: 'operator', scope: 'metrics:write' }, async ({ db, req, actor }) => {
  await receiveRemoteWrite(db, req, await allowedPlugins(db, actor));
  return new Response(null, { status: 204 });
});
