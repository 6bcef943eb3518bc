import { route } from '@/lib/auth/route';
import { GenerateBodySchema } from '@/schemas/generator-api';
import { generateJob } from '@/lib/generator/history/generation-jobs';
import { generationResponse } from '@/lib/generator/history/generation-response';

// Streams progress as NDJSON when asked to (Accept: application/x-ndjson); see generation-response.ts.
export const POST = route({ role: 'operator', body: GenerateBodySchema, maxBodyBytes: 256 * 1024 }, async ({ req, db, actor, body }) =>
  generationResponse(req, db, actor, generateJob(body)),
);
