import { route } from '@/lib/auth/route';
import { ApiError } from '@/lib/errors';
import { zipGeneratedCode } from '@/lib/generator/zip-generated-code';
import { getGenerationResult } from '@/lib/generator/history/get-generation';
import { zipFileName } from '@/lib/generator/history/zip-file-name';

export const GET = route({ role: 'viewer' }, async ({ db, params }) => {
  const { result } = await getGenerationResult(db, params.generationId);
  if (!result) throw new ApiError(409, 'no_result', `Generation ${params.generationId} has no result to download`);
  const bytes = await zipGeneratedCode(result);
  return new Response(bytes as BodyInit, {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${zipFileName(result, params.generationId)}"`,
      'cache-control': 'no-store',
    },
  });
});
