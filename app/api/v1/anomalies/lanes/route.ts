import { AnomalyLanesQuerySchema } from '@/schemas';
import { route } from '@/lib/auth/route';
import { getScoreLanes } from '@/lib/aiops/query/score-lanes';

export const GET = route({ role: 'viewer', query: AnomalyLanesQuerySchema }, async ({ db, query }) => getScoreLanes(db, query));
