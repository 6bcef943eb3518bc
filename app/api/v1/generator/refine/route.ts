import { route } from '@/lib/auth/route';
import { RefineBodySchema } from '@/schemas/generator-api';
import { refineJob } from '@/lib/generator/history/generation-jobs';
import { generationResponse } from '@/lib/generator/history/generation-response';

export const POST = route({ role: 'operator', body: RefineBodySchema }, async ({ req, db, actor, body }) =>
  generationResponse(req, db, actor, await refineJob(db, body)),
);
