import { route } from '@/lib/auth/route';
import { getAnalysis } from '@/lib/aiops/rca/list-analyses';

export const GET = route({ role: 'viewer' }, async ({ db, params }) => ({ analysis: await getAnalysis(db, params.analysisId) }));
