import { DraftTestSchema, type HotReloadConfig } from '@/schemas';
import { route } from '@/lib/auth/route';
import { badRequest } from '@/lib/errors';
import { getPlugin } from '@/lib/plugins/get-plugin';
import { resolveDraft } from '@/lib/config-store/resolve-draft';
import { testDistributedState } from '@/lib/connectivity/test-distributed-state';

// Tests the distributed state of the edited (possibly unsaved) hot-reload document.
export const POST = route({ role: 'operator', body: DraftTestSchema }, async ({ db, params, body }) => {
  const plugin = await getPlugin(db, params.pluginId);
  const doc = await resolveDraft<HotReloadConfig>(db, 'hot-reload', plugin.id, body.body);
  if (!doc.distributedConfig) throw badRequest('There is no distributed state to test', [{ path: 'body.distributedConfig', message: 'Choose the distributed state strategy and configure it first' }]);
  return testDistributedState(doc.distributedConfig);
});
