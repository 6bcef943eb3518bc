import { route } from '@/lib/auth/route';
import { IncidentCommentSchema } from '@/schemas/incidents-api';
import { addIncidentComment } from '@/lib/aiops/incidents/add-incident-comment';

export const POST = route({ role: 'operator', body: IncidentCommentSchema, status: 201 }, async ({ db, actor, params, body }) => ({
  comment: await addIncidentComment(db, actor, params.incidentId, body.body),
}));
