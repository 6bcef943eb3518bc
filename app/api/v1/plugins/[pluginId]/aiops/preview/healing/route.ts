import { route } from '@/lib/auth/route';
import { HealingPreviewRequestSchema } from '@/schemas/whatif-api';
import { previewHealing } from '@/lib/aiops/whatif/preview-healing';

// A POST because the draft travels in the body; it changes nothing, so viewers may ask too.
export const POST = route({ role: 'viewer', body: HealingPreviewRequestSchema }, async ({ req, db, params, body }) => previewHealing(db, params.pluginId, body, Date.now(), req.signal));
