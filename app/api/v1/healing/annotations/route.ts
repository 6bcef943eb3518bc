import { route } from '@/lib/auth/route';
import { AnnotationsQuerySchema } from '@/schemas/healing-api';
import { listActionAnnotations } from '@/lib/healing/list-action-annotations';
import { parseTimeRange } from '@/lib/aiops/query/time-range';

export const GET = route({ role: 'viewer', query: AnnotationsQuerySchema }, async ({ db, query }) => {
  const { from, to } = parseTimeRange(query.from, query.to);
  return { annotations: await listActionAnnotations(db, { pluginId: query.plugin, from, to }) };
});
