import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { parseTimeRange } from '@/lib/aiops/query/time-range';
import { scoreLanes } from '@/lib/aiops/query/score-lanes';

const LanesQuery = z.object({
  from: z.string().max(40).default('now-24h'),
  to: z.string().max(40).default('now'),
  width: z.coerce.number().int().min(10).max(4000).default(600),
});

export const GET = route({ role: 'viewer', query: LanesQuery }, async ({ db, query }) => {
  const { from, to } = parseTimeRange(query.from, query.to);
  return { from, to, ...(await scoreLanes(db, from, to, query.width)) };
});
