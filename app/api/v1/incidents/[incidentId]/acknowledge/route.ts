import { route } from '@/lib/auth/route';
import { acknowledgeIncident } from '@/lib/aiops/incidents/acknowledge-incident';

export const POST = route({ role: 'operator' }, async ({ db, actor, params }) => ({ incident: await acknowledgeIncident(db, actor, params.incidentId) }));
