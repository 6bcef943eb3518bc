import { EventIngestSchema, EventsQuerySchema } from '@/schemas';
import { route } from '@/lib/auth/route';
import { ingestEvents } from '@/lib/aiops/ingest/ingest-events';
import { listEvents } from '@/lib/aiops/query/list-events';

export const POST = route({ role: 'operator', scope: 'events:write', body: EventIngestSchema, maxBodyBytes: 5 * 1024 * 1024 }, async ({ db, body }) =>
  ingestEvents(db, body.events),
);

export const GET = route({ role: 'viewer', query: EventsQuerySchema }, async ({ db, query }) => ({ events: await listEvents(db, query) }));
