import { route } from '@/lib/auth/route';
import { AutoScalingPreviewRequestSchema } from '@/schemas/whatif-api';
import { previewAutoScaling } from '@/lib/aiops/whatif/preview-autoscaling';

// A POST because the draft travels in the body; it changes nothing, so viewers may ask too.
export const POST = route({ role: 'viewer', body: AutoScalingPreviewRequestSchema }, async ({ req, db, params, body }) => previewAutoScaling(db, params.pluginId, body, Date.now(), req.signal));
