import { route } from '@/lib/auth/route';
import { ProposalQuerySchema } from '@/schemas/healing-api';
import { listProposals } from '@/lib/healing/list-proposals';
import { parseTimeBound } from '@/lib/aiops/query/time-range';

export const GET = route({ role: 'viewer', query: ProposalQuerySchema }, async ({ db, query }) => {
  const now = Date.now();
  const proposals = await listProposals(db, {
    status: query.status,
    pluginId: query.plugin,
    actionType: query.type,
    incidentId: query.incident,
    from: query.from ? parseTimeBound(query.from, now, 'from') : undefined,
    to: query.to ? parseTimeBound(query.to, now, 'to') : undefined,
    limit: query.limit,
  });
  return { proposals };
});
