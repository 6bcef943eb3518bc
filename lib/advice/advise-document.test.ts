// Each rule of each table has a document where it fires (at the expected path) and one where
// it stays quiet; a rule added to a table without cases here fails the coverage test.
import { describe, expect, it } from 'vitest';
import {
  AIOpsAgentConfigSchema,
  HotReloadConfigSchema,
  RegistryConfigSchema,
  SandboxConfigSchema,
  TelemetryConfigSchema,
  type DocumentKind,
} from '@/schemas';
import { aiopsRules } from './aiops-rules';
import { adviseDocument } from './advise-document';
import { hotReloadRules } from './hot-reload-rules';
import { registryRules } from './registry-rules';
import { sandboxRules } from './sandbox-rules';
import type { AdviceRule } from './types';

interface Case {
  fires: unknown;
  quiet: unknown;
  path: string;
}

// ── sandbox ──────────────────────────────────────────────────────────────────────────────
const limited = { memory: { maxHeap: 1 << 28 }, cpu: { maxCpuPercent: 50 } };
const sb = (extra: object) => ({ ...limited, ...extra });
const container = (networkMode: string) => ({ runtime: { engine: 'container', engineConfig: { container: { networkMode } } } });
const sandboxCases: Record<string, Case> = {
  'sandbox-disabled': { fires: sb({ enabled: false }), quiet: sb({}), path: 'enabled' },
  'level-none': { fires: sb({ level: 'none' }), quiet: sb({ level: 'strict' }), path: 'level' },
  'level-minimal': { fires: sb({ level: 'minimal' }), quiet: sb({}), path: 'level' },
  'process-engine': { fires: sb({ runtime: { engine: 'process' } }), quiet: sb({ runtime: { engine: 'wasm' } }), path: 'runtime.engine' },
  'container-host-network': { fires: sb(container('host')), quiet: sb(container('bridge')), path: 'runtime.engineConfig.container.networkMode' },
  'network-full': { fires: sb({ network: { mode: 'full' } }), quiet: sb({ network: { mode: 'restricted' } }), path: 'network.mode' },
  'network-full-with-allowlist': {
    fires: sb({ network: { mode: 'full', allowedHosts: ['api.example.com'] } }),
    quiet: sb({ network: { mode: 'restricted', allowedHosts: ['api.example.com'] } }),
    path: 'network.allowedHosts',
  },
  'filesystem-full': { fires: sb({ filesystem: { mode: 'full' } }), quiet: sb({ filesystem: { mode: 'readonly' } }), path: 'filesystem.mode' },
  'environment-full': { fires: sb({ environment: { mode: 'full' } }), quiet: sb({}), path: 'environment.mode' },
  'spawn-without-allowlist': {
    fires: sb({ process: { allowSpawn: true } }),
    quiet: sb({ process: { allowSpawn: true, allowedCommands: ['convert'] } }),
    path: 'process.allowSpawn',
  },
  'spawn-shell-allowed': {
    fires: sb({ process: { allowSpawn: true, allowedCommands: ['convert', '/bin/bash'] } }),
    quiet: sb({ process: { allowSpawn: true, allowedCommands: ['convert'] } }),
    path: 'process.allowedCommands',
  },
  'no-memory-limit': {
    fires: { cpu: { maxCpuPercent: 50 } },
    quiet: { cpu: { maxCpuPercent: 50 }, runtime: { engine: 'container', engineConfig: { container: { resources: { memoryLimit: '512m' } } } } },
    path: 'memory.maxHeap',
  },
  'no-cpu-limit': {
    fires: { memory: { maxHeap: 1 } },
    quiet: { memory: { maxHeap: 1 }, runtime: { resourceLimits: { maxCpu: 25 } } },
    path: 'cpu.maxCpuPercent',
  },
};

// ── hot reload ───────────────────────────────────────────────────────────────────────────
const store = (extra: object) => ({
  stateStrategy: 'distributed',
  distributedConfig: {
    provider: 'redis',
    endpoints: ['rediss://a.internal:6379', 'rediss://b.internal:6379'],
    keyPrefix: 'plugin:x:',
    auth: { password: 'pw' },
    replication: { enabled: true, minReplicas: 2 },
    ...extra,
  },
});
const hotReloadCases: Record<string, Case> = {
  'preserve-state-without-strategy': { fires: { stateStrategy: 'none' }, quiet: { stateStrategy: 'none', preserveState: false }, path: 'preserveState' },
  'shutdown-timeout-zero': { fires: { shutdownTimeout: 0 }, quiet: {}, path: 'shutdownTimeout' },
  'debounce-zero': { fires: { enabled: true, debounceDelay: 0 }, quiet: { enabled: true }, path: 'debounceDelay' },
  'custom-provider': { fires: store({ provider: 'custom' }), quiet: store({}), path: 'distributedConfig.provider' },
  'no-endpoints': { fires: store({ endpoints: [] }), quiet: store({}), path: 'distributedConfig.endpoints' },
  'plaintext-remote-endpoint': {
    fires: store({ endpoints: ['rediss://a.internal:6379', 'redis://b.internal:6379'] }),
    quiet: store({ endpoints: ['rediss://a.internal:6379', 'redis://127.0.0.1:6379'] }),
    path: 'distributedConfig.endpoints.1',
  },
  'no-credentials-remote': {
    fires: store({ auth: { username: 'app' } }),
    quiet: store({ auth: undefined, endpoints: ['redis://localhost:6379', 'redis://127.0.0.1:6380'] }),
    path: 'distributedConfig.auth',
  },
  'replication-off': { fires: store({ replication: { enabled: false } }), quiet: store({}), path: 'distributedConfig.replication.enabled' },
  'single-copy': {
    fires: store({ endpoints: ['rediss://a.internal:6379'], replication: { enabled: true, minReplicas: 1 } }),
    quiet: store({ replication: { enabled: true, minReplicas: 1 } }),
    path: 'distributedConfig.replication.minReplicas',
  },
  'replicas-exceed-endpoints': { fires: store({ replication: { minReplicas: 3 } }), quiet: store({}), path: 'distributedConfig.replication.minReplicas' },
  'ttl-zero': { fires: store({ ttl: 0 }), quiet: store({ ttl: 3600 }), path: 'distributedConfig.ttl' },
  'no-key-prefix': { fires: store({ keyPrefix: ' ' }), quiet: store({}), path: 'distributedConfig.keyPrefix' },
};

// ── registry ─────────────────────────────────────────────────────────────────────────────
const safeRegistry = { type: 'private', accessControl: { requireAuthForRead: true } };
const reg = (extra: object) => ({ ...safeRegistry, ...extra });
const up = (extra: object) => ({ url: 'https://registry.npmjs.org', ...extra });
const registryCases: Record<string, Case> = {
  'upstream-tls-unverified': {
    fires: reg({ upstream: [up({}), up({ tls: { verifyCertificate: false } })] }),
    quiet: reg({ upstream: [up({ tls: { verifyCertificate: true } })] }),
    path: 'upstream.1.tls.verifyCertificate',
  },
  'upstream-tls-disabled': { fires: reg({ upstream: [up({ tls: { enabled: false } })] }), quiet: reg({ upstream: [up({})] }), path: 'upstream.0.tls.enabled' },
  'upstream-plain-http': {
    fires: reg({ upstream: [up({ url: 'http://npm.corp.example' })] }),
    quiet: reg({ upstream: [up({ url: 'http://localhost:4873' })] }),
    path: 'upstream.0.url',
  },
  'upstream-credentials-in-clear': {
    fires: reg({ upstream: [up({ url: 'http://npm.corp.example', auth: { type: 'basic', username: 'u', password: 'p' } })] }),
    quiet: reg({ upstream: [up({ auth: { type: 'basic', username: 'u', password: 'p' } })] }),
    path: 'upstream.0.auth.type',
  },
  'upstream-no-retries': { fires: reg({ upstream: [up({ retry: { maxAttempts: 0 } })] }), quiet: reg({ upstream: [up({ retry: {} })] }), path: 'upstream.0.retry.maxAttempts' },
  'anonymous-publish': {
    fires: reg({ accessControl: { requireAuthForRead: true, requireAuthForWrite: false } }),
    quiet: reg({}),
    path: 'accessControl.requireAuthForWrite',
  },
  'private-readable-anonymously': { fires: { type: 'private' }, quiet: { type: 'public', visibility: 'public' }, path: 'accessControl.requireAuthForRead' },
  'private-type-public-visibility': { fires: reg({ visibility: 'public' }), quiet: reg({ visibility: 'internal' }), path: 'visibility' },
  'cache-disabled': {
    fires: reg({ upstream: [up({})], cache: { enabled: false } }),
    quiet: reg({ cache: { enabled: false } }),
    path: 'cache.enabled',
  },
  'cache-ttl-zero': { fires: reg({ cache: { ttl: 0 } }), quiet: reg({ cache: { enabled: false, ttl: 0 } }), path: 'cache.ttl' },
  'mirror-plain-http': {
    fires: reg({ mirrors: [{ url: 'https://m1.example' }, { url: 'http://m2.example' }] }),
    quiet: reg({ mirrors: [{ url: 'https://m1.example' }] }),
    path: 'mirrors.1.url',
  },
};

// ── aiops ────────────────────────────────────────────────────────────────────────────────
const agent = (extra: object) => ({ agentId: 'a', pluginId: 'p', ...extra });
const action = (extra: object) => ({ id: 'x', type: 'restart', trigger: { healthStatus: ['unhealthy'] }, ...extra });
const healing = (strategy: string, ...actions: object[]) => agent({ selfHealing: { strategy, actions } });
const policy = (extra: object) => ({ metric: 'cpu-usage', targetValue: 60, bounds: {}, scaleUp: { threshold: 80 }, scaleDown: { threshold: 30 }, ...extra });
const detection = (extra: object) => agent({ selfHealing: { actions: [action({})], anomalyDetection: { metrics: ['cpu-usage'], ...extra } } });
const aiopsCases: Record<string, Case> = {
  'script-without-approval': {
    fires: healing('moderate', action({}), action({ type: 'execute-script' })),
    quiet: healing('moderate', action({ type: 'execute-script', requireApproval: true })),
    path: 'selfHealing.actions.1.requireApproval',
  },
  'aggressive-without-approval': {
    fires: healing('aggressive', action({ type: 'rollback' })),
    quiet: healing('aggressive', action({ type: 'notify' }), action({ type: 'rollback', requireApproval: true })),
    path: 'selfHealing.actions.0.requireApproval',
  },
  'retry-storm': {
    fires: healing('moderate', action({ maxAttempts: 10, cooldown: 0 })),
    quiet: healing('moderate', action({ maxAttempts: 10, cooldown: 30 })),
    path: 'selfHealing.actions.0.cooldown',
  },
  'healing-without-actions': { fires: healing('moderate'), quiet: healing('moderate', action({})), path: 'selfHealing.actions' },
  'anomaly-detection-off': { fires: detection({ enabled: false }), quiet: detection({}), path: 'selfHealing.anomalyDetection.enabled' },
  'anomaly-silent': { fires: detection({ alertOnDetection: false }), quiet: detection({ enabled: false, alertOnDetection: false }), path: 'selfHealing.anomalyDetection.alertOnDetection' },
  'scaling-flapping': {
    fires: agent({ autoScaling: [policy({ scaleDown: { threshold: 80 } })] }),
    quiet: agent({ autoScaling: [policy({})] }),
    path: 'autoScaling.0.scaleDown.threshold',
  },
  'scaling-target-outside-band': {
    fires: agent({ autoScaling: [policy({ targetValue: 90 })] }),
    quiet: agent({ autoScaling: [policy({ targetValue: 90, scaleDown: { threshold: 95 } })] }),
    path: 'autoScaling.0.targetValue',
  },
  'scaling-no-room': {
    fires: agent({ autoScaling: [policy({ enabled: true, bounds: { minInstances: 3, maxInstances: 3 } })] }),
    quiet: agent({ autoScaling: [policy({ enabled: false, bounds: { minInstances: 3, maxInstances: 3 } })] }),
    path: 'autoScaling.0.bounds.maxInstances',
  },
  'optimization-auto-apply': { fires: agent({ optimization: { autoApply: true } }), quiet: agent({ optimization: {} }), path: 'optimization.autoApply' },
  'incidents-without-notifications': {
    fires: agent({ incidentResponse: { notifications: [] } }),
    quiet: agent({ incidentResponse: { notifications: [{ channel: 'slack', config: { channel: '#ops' } }] } }),
    path: 'incidentResponse.notifications',
  },
  'automation-without-monitoring': {
    fires: agent({ monitoring: { enabled: false }, selfHealing: { actions: [action({})] } }),
    quiet: agent({ monitoring: { enabled: false } }),
    path: 'monitoring.enabled',
  },
};

const suites: [DocumentKind, AdviceRule<never>[], Record<string, Case>][] = [
  ['sandbox', sandboxRules, sandboxCases],
  ['hot-reload', hotReloadRules, hotReloadCases],
  ['registry', registryRules, registryCases],
  ['aiops', aiopsRules, aiopsCases],
];

const schemas = { sandbox: SandboxConfigSchema, 'hot-reload': HotReloadConfigSchema, registry: RegistryConfigSchema, aiops: AIOpsAgentConfigSchema, telemetry: TelemetryConfigSchema };

describe.each(suites)('%s advice', (kind, rules, cases) => {
  it('has a firing and a quiet case for every rule, and unique titles', () => {
    expect(Object.keys(cases).sort()).toEqual(rules.map((r) => r.id).sort());
    expect(new Set(rules.map((r) => r.title)).size).toBe(rules.length);
  });

  // A quiet case that fails validation would pass for the wrong reason.
  it('uses only valid documents as cases', () => {
    for (const [id, c] of Object.entries(cases)) {
      for (const doc of [c.fires, c.quiet]) expect(schemas[kind].safeParse(doc).error?.issues, id).toBeUndefined();
    }
  });

  describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    const hit = (doc: unknown) => adviseDocument(kind, doc).filter((a) => a.title === rule.title);

    it('fires at its path', () => {
      expect(hit(cases[id].fires)).toEqual([{ path: cases[id].path, severity: rule.severity, title: rule.title, reason: rule.reason }]);
    });

    it('stays quiet otherwise', () => {
      expect(hit(cases[id].quiet)).toEqual([]);
    });
  });
});

describe('adviseDocument', () => {
  it('gives nothing for a document that does not parse', () => {
    expect(adviseDocument('sandbox', { level: 'nonsense', enabled: false })).toEqual([]);
  });

  it('applies defaults, so a safe sandbox with limits gets no advice', () => {
    expect(adviseDocument('sandbox', limited)).toEqual([]);
  });

  it('orders advice by severity, risk first', () => {
    const severities = adviseDocument('sandbox', { enabled: false, runtime: { engine: 'process' } }).map((a) => a.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['risk', 'warning', 'info'].indexOf(a) - ['risk', 'warning', 'info'].indexOf(b)));
    expect(severities[0]).toBe('risk');
    expect(severities.at(-1)).toBe('info');
  });

  it('has no advice for the initial documents of the console', () => {
    expect(adviseDocument('hot-reload', {})).toEqual([]);
    expect(adviseDocument('aiops', { agentId: 'a', pluginId: 'p' })).toEqual([]);
  });
});
