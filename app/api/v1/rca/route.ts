import { AnalysesQuerySchema, RcaRequestBodySchema } from '@/schemas/incidents-api';
import { route } from '@/lib/auth/route';
import { runManualAnalysis } from '@/lib/aiops/rca/run-manual-analysis';
import { listAnalyses } from '@/lib/aiops/rca/list-analyses';

export const GET = route({ role: 'viewer', query: AnalysesQuerySchema }, async ({ db, query }) => ({
  analyses: await listAnalyses(db, { pluginId: query.plugin, incidentId: query.incident, limit: query.limit }),
}));

export const POST = route({ role: 'operator', body: RcaRequestBodySchema, status: 201 }, async ({ db, actor, body }) => ({
  analysis: await runManualAnalysis(db, actor, body),
}));
