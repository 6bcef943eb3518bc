// Which stored metric series an AutoScalingPolicy scales on. The protocol's scaling metrics
// mostly name AIOps metrics; request-rate is what the plugins report as throughput, and a
// custom metric can only be replayed when its query is the name of a stored series.
import type { AutoScalingPolicy } from '@/schemas';

const STORED: Record<Exclude<AutoScalingPolicy['metric'], 'custom'>, string> = {
  'cpu-usage': 'cpu-usage',
  'memory-usage': 'memory-usage',
  'response-time': 'response-time',
  'queue-depth': 'queue-depth',
  'request-rate': 'throughput',
};

export type PolicyMetric = { metric: string; reason?: undefined } | { metric: null; reason: string };

/** The series to replay `policy` on, given the names of the plugin's stored series. */
export function policyMetric(policy: Pick<AutoScalingPolicy, 'metric' | 'customMetric'>, storedMetrics: readonly string[]): PolicyMetric {
  if (policy.metric !== 'custom') {
    const metric = STORED[policy.metric];
    return storedMetrics.includes(metric) ? { metric } : { metric: null, reason: `No ${metric} data has been stored for this plugin yet` };
  }
  const query = policy.customMetric?.trim() ?? '';
  if (storedMetrics.includes(query)) return { metric: query };
  return {
    metric: null,
    reason: `The custom metric "${query}" cannot be replayed: it is not the name of a stored metric (${storedMetrics.join(', ') || 'none stored'})`,
  };
}
