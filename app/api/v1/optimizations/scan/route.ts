import { route } from '@/lib/auth/route';
import { OptimizationScanSchema } from '@/schemas/optimization-api';
import { scanNow } from '@/lib/optimization/scan-due';
import { getPlugin } from '@/lib/plugins/get-plugin';

export const POST = route({ role: 'operator', body: OptimizationScanSchema }, async ({ db, body }) => {
  if (body.pluginId) await getPlugin(db, body.pluginId);
  return { scans: await scanNow(db, body.pluginId) };
});
