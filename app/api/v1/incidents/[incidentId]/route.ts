import { route } from '@/lib/auth/route';
import { getIncident } from '@/lib/aiops/incidents/get-incident';

export const GET = route({ role: 'viewer' }, async ({ db, params }) => getIncident(db, params.incidentId));
