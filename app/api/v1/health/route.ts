import { HealthIngestSchema } from '@/schemas';
import { route } from '@/lib/auth/route';
import { ingestHealth } from '@/lib/aiops/ingest/ingest-health';
import { fleetHealth } from '@/lib/aiops/query/fleet-health';
import { allowedPlugins } from '@/lib/tokens/token-plugins';

export const POST = route({ role: 'operator', scope: 'health:write', body: HealthIngestSchema, maxBodyBytes: 2 * 1024 * 1024 }, async ({ db, body, actor }) =>
  ingestHealth(db, body, await allowedPlugins(db, actor)),
);

export const GET = route({ role: 'viewer' }, async ({ db }) => ({ plugins: await fleetHealth(db) }));
