import { route } from '@/lib/auth/route';
import { AnomalyPreviewRequestSchema } from '@/schemas/whatif-api';
import { previewAnomalies } from '@/lib/aiops/whatif/preview-anomalies';

// A POST because the draft travels in the body; it changes nothing, so viewers may ask too.
export const POST = route({ role: 'viewer', body: AnomalyPreviewRequestSchema }, async ({ req, db, params, body }) => previewAnomalies(db, params.pluginId, body, Date.now(), req.signal));
