import { EventIngestSchema, EventsQuerySchema } from '@/schemas';
import { route } from '@/lib/auth/route';
import { ingestEvents } from '@/lib/aiops/ingest/ingest-events';
import { listEvents } from '@/lib/aiops/query/list-events';
import { allowedPlugins } from '@/lib/tokens/token-plugins';

export const POST = route({ role: 'operator', scope: 'events:write', body: EventIngestSchema, maxBodyBytes: 5 * 1024 * 1024 }, async ({ db, body, actor }) =>
  ingestEvents(db, body.events, 'api', await allowedPlugins(db, actor)),
);

export const GET = route({ role: 'viewer', query: EventsQuerySchema }, async ({ db, query }) => ({ events: await listEvents(db, query) }));
