// AIOps documents for the demo plugins, with self-healing actions that fit the incidents the
// demo fleet produces (lib/demo/fleet/README.md): restart for the memory leak, scale for the
// traffic surge, rollback for the bad config rollout, notify for dependency outages. Meant to be
// saved once by lib/demo/seed-demo.ts as each demo plugin's first AIOps version. No
// anomalyDetection block: the detector keeps its defaults over every metric, as in the history.
import type { AIOpsAgentConfigInput, SelfHealingActionInput } from '@/schemas';
import type { DemoPluginId } from '../demo/fleet';

const learning = { enabled: true, feedbackLoop: true };

const notifyOnOutage: SelfHealingActionInput = {
  id: 'notify-on-unhealthy',
  type: 'notify',
  trigger: { healthStatus: ['unhealthy', 'failed'] },
  parameters: { channel: 'on-call' },
  cooldown: 900,
  priority: 8,
};

const restartOnLeak = (id: string): SelfHealingActionInput => ({
  id,
  type: 'restart',
  // 85 % of the 256 MiB heap (sandbox memory.maxHeap) for five minutes: a leak, not a spike.
  trigger: { customCondition: 'heapUsedPercent > 85 FOR 5m' },
  requireApproval: true,
  maxAttempts: 2,
  cooldown: 600,
  timeout: 1800,
  priority: 1,
});

const actionsByPlugin: Record<DemoPluginId, SelfHealingActionInput[]> = {
  'checkout-api': [
    restartOnLeak('restart-on-memory-leak'),
    // Runs without approval under the moderate strategy: frees the cache before the heap is full.
    { id: 'clear-cache-on-heap-pressure', type: 'clear-cache', trigger: { customCondition: 'heapUsedPercent > 78 FOR 2m' }, cooldown: 1800, priority: 3 },
    notifyOnOutage,
  ],
  'inventory-sync': [notifyOnOutage],
  'notification-hub': [
    {
      id: 'rollback-bad-config',
      type: 'rollback',
      trigger: { errorPatterns: ['pool (acquire )?timeout', 'Connection pool saturated'], customCondition: 'errorRate > 0.05 FOR 3m' },
      requireApproval: true,
      maxAttempts: 1,
      cooldown: 900,
      timeout: 1800,
      priority: 2,
    },
    notifyOnOutage,
  ],
  'report-builder': [restartOnLeak('restart-on-memory-leak'), notifyOnOutage],
  'search-indexer': [
    {
      id: 'scale-out-on-backlog',
      type: 'scale',
      trigger: { customCondition: 'queue-depth > 2000 FOR 3m AND cpuUsage > 85' },
      parameters: { by: 4 },
      requireApproval: true,
      maxAttempts: 2,
      cooldown: 900,
      timeout: 1800,
      priority: 2,
    },
    notifyOnOutage,
  ],
};

/** The AIOps document body of a demo plugin (AIOpsAgentConfig, before parsing). */
export function demoHealingConfig(pluginId: DemoPluginId): AIOpsAgentConfigInput {
  return {
    agentId: `${pluginId}-agent`,
    pluginId,
    selfHealing: { enabled: true, strategy: 'moderate', maxConcurrentHealing: 1, actions: actionsByPlugin[pluginId], learning },
    monitoring: { enabled: true, interval: 10_000 },
    incidentResponse: { enabled: true, autoRCA: true },
  };
}
