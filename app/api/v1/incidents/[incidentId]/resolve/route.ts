import { route } from '@/lib/auth/route';
import { IncidentResolveSchema } from '@/schemas/incidents-api';
import { resolveIncident } from '@/lib/aiops/incidents/resolve-incident';

export const POST = route({ role: 'operator', body: IncidentResolveSchema.optional() }, async ({ db, actor, params, body }) => ({
  incident: await resolveIncident(db, actor, params.incidentId, body?.comment || undefined),
}));
