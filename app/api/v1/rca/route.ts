import { z } from 'zod';
import { PluginIdSchema, RootCauseAnalysisRequestSchema } from '@/schemas';
import { route } from '@/lib/auth/route';
import { runManualAnalysis } from '@/lib/aiops/rca/run-manual-analysis';
import { listAnalyses } from '@/lib/aiops/rca/list-analyses';

const ListQuery = z.object({
  plugin: PluginIdSchema.optional(),
  incident: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const GET = route({ role: 'viewer', query: ListQuery }, async ({ db, query }) => ({
  analyses: await listAnalyses(db, { pluginId: query.plugin, incidentId: query.incident, limit: query.limit }),
}));

export const POST = route({ role: 'operator', body: RootCauseAnalysisRequestSchema, status: 201 }, async ({ db, actor, body }) => ({
  analysis: await runManualAnalysis(db, actor, body),
}));
