import { AnomalyLanesQuerySchema } from '@/schemas';
import { route } from '@/lib/auth/route';
import { parseTimeRange } from '@/lib/aiops/query/time-range';
import { scoreLanes } from '@/lib/aiops/query/score-lanes';

export const GET = route({ role: 'viewer', query: AnomalyLanesQuerySchema }, async ({ db, query }) => {
  const { from, to } = parseTimeRange(query.from, query.to);
  return { from, to, ...(await scoreLanes(db, from, to, query.width)) };
});
