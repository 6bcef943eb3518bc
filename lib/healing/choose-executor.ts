// Which executor runs an approved action, decided when it is proposed and stored with it:
// 1. `parameters.webhookUrl` set      → webhook (a signed POST to that URL; see README.md);
// 2. a demo plugin, demo mode on      → demo (applies the action to the simulated fleet);
// 3. otherwise                        → agent (waits for an agent to claim it through
//                                       POST /api/v1/agent/actions/claim).
// An explicit webhook wins over the demo so a demo plugin can still exercise a real receiver.
import type { ExecutorKind } from './types';

export function chooseExecutor(plugin: { demo: boolean }, parameters: Record<string, unknown> | undefined, demoMode: boolean): ExecutorKind {
  if (typeof parameters?.webhookUrl === 'string' && parameters.webhookUrl.trim()) return 'webhook';
  if (plugin.demo && demoMode) return 'demo';
  return 'agent';
}
