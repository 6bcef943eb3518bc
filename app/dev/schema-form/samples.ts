// Sample documents for the schema-form preview, as the API would send them (secrets redacted).
import { AIOpsAgentConfigSchema } from '@/schemas/aiops';
import { HotReloadConfigSchema } from '@/schemas/distributed-state';
import { RegistryConfigSchema } from '@/schemas/registry';
import { SandboxConfigSchema } from '@/schemas/sandbox';
import { REDACTED_MARKER } from '@/components/schema-form/secret-marker';

export const PREVIEW_NAMES = ['sandbox', 'hot-reload', 'registry', 'aiops'] as const;
export type PreviewName = (typeof PREVIEW_NAMES)[number];

export function isPreviewName(name: string): name is PreviewName {
  return (PREVIEW_NAMES as readonly string[]).includes(name);
}

const ACTION_TYPES = ['restart', 'scale', 'rollback', 'clear-cache', 'adjust-config', 'execute-script', 'notify'] as const;

/** A large AIOps document: the performance target is 50 self-healing actions. */
function manyActions(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: `action-${String(i + 1).padStart(2, '0')}`,
    type: ACTION_TYPES[i % ACTION_TYPES.length],
    trigger:
      i % 3 === 0
        ? { healthStatus: ['unhealthy' as const, 'failed' as const] }
        : i % 3 === 1
          ? { errorPatterns: ['ECONNRESET', 'timeout'] }
          : { customCondition: `errorRate > 0.${(i % 9) + 1}` },
    parameters: i % 2 === 0 ? { replicas: 2, reason: 'auto' } : undefined,
    maxAttempts: 3,
    cooldown: 60 + i,
    timeout: 300,
    requireApproval: i % 4 === 0,
    priority: (i % 9) + 1,
  }));
}

export const PREVIEWS = {
  sandbox: {
    title: 'Sandbox',
    schema: SandboxConfigSchema,
    doc: {
      enabled: true,
      level: 'strict',
      runtime: {
        engine: 'wasm',
        engineConfig: { wasm: { maxMemoryPages: 256, enableSimd: true } },
        resourceLimits: { maxMemory: 536870912, maxCpu: 50, timeout: 30000 },
      },
      network: { mode: 'restricted', allowedHosts: ['api.example.com'], allowedPorts: [443, 8080] },
      filesystem: { mode: 'readonly', allowedPaths: ['/data'] },
    },
  },
  'hot-reload': {
    title: 'Hot reload',
    schema: HotReloadConfigSchema,
    doc: {
      enabled: true,
      watchPatterns: ['src/**/*.ts'],
      stateStrategy: 'distributed',
      distributedConfig: {
        provider: 'redis',
        endpoints: ['redis://cache-1:6379'],
        keyPrefix: 'plugin:billing:',
        ttl: 3600,
        auth: { username: 'billing', password: REDACTED_MARKER },
        customConfig: { db: 2, tls: false },
      },
    },
  },
  registry: {
    title: 'Registry',
    schema: RegistryConfigSchema,
    doc: {
      type: 'hybrid',
      upstream: [
        { url: 'https://registry.objectstack.dev', syncPolicy: 'auto', syncInterval: 3600, auth: { type: 'bearer', token: REDACTED_MARKER } },
        { url: 'https://mirror.internal.example', syncPolicy: 'proxy', auth: { type: 'basic', username: 'ci', password: REDACTED_MARKER }, timeout: 10000 },
      ],
      scope: ['@my-corp'],
      storage: { backend: 's3', path: 'registry-bucket/packages', credentials: { accessKeyId: REDACTED_MARKER, secretAccessKey: REDACTED_MARKER } },
      cache: { enabled: true, ttl: 3600 },
      mirrors: [{ url: 'https://eu.mirror.example', priority: 1 }],
    },
  },
  aiops: {
    title: 'AIOps agent (50 actions)',
    schema: AIOpsAgentConfigSchema,
    doc: {
      agentId: 'agent-billing',
      pluginId: 'billing',
      selfHealing: {
        enabled: true,
        strategy: 'moderate',
        actions: manyActions(50),
        anomalyDetection: { metrics: ['cpu-usage', 'error-rate'], timeWindow: 300 },
      },
      autoScaling: [
        { metric: 'cpu-usage', targetValue: 70, bounds: { minInstances: 1, maxInstances: 8 }, scaleUp: { threshold: 80 }, scaleDown: { threshold: 30 } },
      ],
      monitoring: { enabled: true, interval: 60000 },
      incidentResponse: { notifications: [{ channel: 'slack', config: { webhook: 'https://hooks.example/x', mention: '@oncall' } }] },
    },
  },
} as const;
