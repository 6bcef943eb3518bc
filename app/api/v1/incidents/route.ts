import { route } from '@/lib/auth/route';
import { IncidentsQuerySchema } from '@/schemas/incidents-api';
import { listIncidents } from '@/lib/aiops/incidents/list-incidents';

export const GET = route({ role: 'viewer', query: IncidentsQuerySchema }, async ({ db, query }) => listIncidents(db, query));
