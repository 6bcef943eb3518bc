// What the demo fleet's AIOps documents add for optimizations and what-if previews: scans on
// (hourly, never applied by themselves), and for the two plugins with daily peaks an auto-scaling
// policy on CPU, so the Optimizations page and the auto-scaling preview have something real to
// show. The demo seeding merges this into each demo plugin's AIOps document before saving it.
import type { AIOpsAgentConfigInput, AutoScalingPolicyInput } from '@/schemas';

const DEMO_POLICIES: Record<string, AutoScalingPolicyInput[]> = {
  'checkout-api': [
    {
      enabled: true,
      metric: 'cpu-usage',
      targetValue: 35,
      bounds: { minInstances: 3, maxInstances: 8 },
      scaleUp: { threshold: 45, stabilizationWindow: 120, cooldown: 300, stepSize: 1 },
      scaleDown: { threshold: 20, stabilizationWindow: 600, cooldown: 600, stepSize: 1 },
    },
  ],
  'search-indexer': [
    {
      enabled: true,
      metric: 'request-rate',
      targetValue: 60,
      bounds: { minInstances: 2, maxInstances: 6 },
      scaleUp: { threshold: 90, stabilizationWindow: 60, cooldown: 300, stepSize: 2 },
      scaleDown: { threshold: 30, stabilizationWindow: 900, cooldown: 600, stepSize: 1 },
    },
  ],
};

/** The demo plugin's AIOps document with optimization scans (and its demo policies) merged in. */
export function withDemoOptimization(pluginId: string, body: AIOpsAgentConfigInput): AIOpsAgentConfigInput {
  const policies = DEMO_POLICIES[pluginId];
  return {
    ...body,
    optimization: { enabled: true, scanInterval: 3600, autoApply: false, ...body.optimization },
    ...(policies && !body.autoScaling?.length && { autoScaling: policies }),
  };
}
