import { route } from '@/lib/auth/route';
import { RerunAnalysisSchema } from '@/schemas/incidents-api';
import { rerunAnalysis } from '@/lib/aiops/incidents/rerun-analysis';

export const POST = route({ role: 'operator', body: RerunAnalysisSchema.optional(), status: 201 }, async ({ db, actor, params, body }) => ({
  analysis: await rerunAnalysis(db, actor, params.incidentId, body ?? {}),
}));
