// Hot reload of one plugin and the shared store that keeps its state across reloads.
// docs/protocol.md section 2, rule R7.
import { z } from 'zod';
import { anyRecord, type DependentField } from './common';
import { secret } from './secrets';
import { ENDPOINT_MESSAGE, isEndpointAddress } from './primitives';

export const DistributedStateProviderSchema = z.enum(['redis', 'etcd', 'custom']);
export type DistributedStateProvider = z.infer<typeof DistributedStateProviderSchema>;

export const DistributedStateConfigSchema = z
  .object({
    provider: DistributedStateProviderSchema.describe('Store that holds the plugin state'),
    endpoints: z
      .array(z.string().refine(isEndpointAddress, ENDPOINT_MESSAGE))
      .optional()
      .describe('Connection URLs of the store, e.g. redis://host:6379'),
    keyPrefix: z.string().optional().describe('Prefix of every key the plugin writes, e.g. plugin:my-plugin:'),
    ttl: z.int().min(0).optional().describe('How long stored state lives (s)'),
    auth: z
      .object({
        username: z.string().optional().describe('User name to connect with'),
        password: secret(z.string().optional().describe('Password to connect with')),
        token: secret(z.string().optional().describe('Access token to connect with')),
        certificate: secret(z.string().optional().describe('Client certificate to connect with')),
      })
      .optional()
      .describe('Credentials for the store'),
    replication: z
      .object({
        enabled: z.boolean().default(true).describe('Replicate state across store nodes'),
        minReplicas: z.int().min(1).default(1).describe('Copies of the state to keep at least'),
      })
      .optional()
      .describe('Replication of the stored state'),
    customConfig: anyRecord('Provider-specific settings').optional(),
  })
  .describe('Shared store that keeps plugin state across reloads');
export type DistributedStateConfig = z.infer<typeof DistributedStateConfigSchema>;
export type DistributedStateConfigInput = z.input<typeof DistributedStateConfigSchema>;

export const StateStrategySchema = z.enum(['memory', 'disk', 'distributed', 'none']);
export type StateStrategy = z.infer<typeof StateStrategySchema>;

/** R7: the store settings belong to the distributed state strategy. */
const DISTRIBUTED_CONFIG_FIELD = { rule: 'R7', field: 'distributedConfig', when: 'stateStrategy', is: ['distributed'] } as const satisfies DependentField;

export const HOT_RELOAD_DEPENDENT_FIELDS: readonly DependentField[] = [DISTRIBUTED_CONFIG_FIELD];

export const HotReloadConfigSchema = z
  .object({
    enabled: z.boolean().default(false).describe('Reload the plugin when its files change'),
    watchPatterns: z.array(z.string()).optional().describe('Glob patterns of the files to watch'),
    debounceDelay: z.int().min(0).default(1000).describe('Debounce delay before reloading (ms)'),
    preserveState: z.boolean().default(true).describe('Keep the plugin state across a reload'),
    stateStrategy: StateStrategySchema.default('memory').describe('Where the state is kept during a reload'),
    distributedConfig: DistributedStateConfigSchema.optional().describe(
      'Shared store settings, used when stateStrategy is distributed',
    ),
    shutdownTimeout: z.int().min(0).default(30000).describe('Time the old instance gets to shut down (ms)'),
    beforeReload: z.array(z.string()).optional().describe('Hooks to run before reloading'),
    afterReload: z.array(z.string()).optional().describe('Hooks to run after reloading'),
  })
  .superRefine((config, ctx) => {
    // R7: the store settings exist exactly when the state lives in the store.
    const { field, when, is } = DISTRIBUTED_CONFIG_FIELD;
    const distributed = (is as readonly string[]).includes(config.stateStrategy);
    if (distributed && config.distributedConfig === undefined) {
      ctx.addIssue({ code: 'custom', path: [field], message: `${field} is required when ${when} is ${is.join(' or ')}` });
    } else if (!distributed && config.distributedConfig !== undefined) {
      ctx.addIssue({ code: 'custom', path: [field], message: `${field} is only allowed when ${when} is ${is.join(' or ')}` });
    }
  })
  .describe('Hot reload of a plugin and how its state survives it');
export type HotReloadConfig = z.infer<typeof HotReloadConfigSchema>;
export type HotReloadConfigInput = z.input<typeof HotReloadConfigSchema>;
