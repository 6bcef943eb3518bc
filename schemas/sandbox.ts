// Sandbox runtime of one plugin: where its code runs (RuntimeConfig) and how it is
// isolated (SandboxConfig). docs/protocol.md section 1, rule R1.
import { z } from 'zod';
import type { DependentField } from './common';

export const PluginHealthStatusSchema = z
  .enum(['healthy', 'degraded', 'unhealthy', 'failed', 'recovering', 'unknown'])
  .describe('Health of a plugin');
export type PluginHealthStatus = z.infer<typeof PluginHealthStatusSchema>;

export const RuntimeEngineSchema = z.enum(['v8-isolate', 'wasm', 'container', 'process']);
export type RuntimeEngine = z.infer<typeof RuntimeEngineSchema>;

export const ContainerRuntimeSchema = z.enum(['docker', 'podman', 'containerd']);
export const ContainerNetworkModeSchema = z.enum(['none', 'bridge', 'host']);

/** R1: the engineConfig block each engine may carry (`process` takes none). */
export const ENGINE_CONFIG_KEY = {
  'v8-isolate': 'v8Isolate',
  wasm: 'wasm',
  container: 'container',
  process: undefined,
} as const satisfies Record<RuntimeEngine, string | undefined>;

/** R1 as dependent fields: the engineConfig section, and each engine's own block in it. */
export const RUNTIME_DEPENDENT_FIELDS: readonly DependentField[] = [
  { rule: 'R1', field: 'engineConfig', when: 'engine', is: RuntimeEngineSchema.options.filter((e) => ENGINE_CONFIG_KEY[e] !== undefined) },
  ...RuntimeEngineSchema.options.flatMap((engine) => {
    const key = ENGINE_CONFIG_KEY[engine];
    return key ? [{ rule: 'R1', field: `engineConfig.${key}`, when: 'engine', is: [engine] }] : [];
  }),
];

const WasmConfigSchema = z.object({
  maxMemoryPages: z
    .int()
    .min(1)
    .max(65536)
    .optional()
    .describe('Maximum linear memory, counted in 64 KiB WebAssembly pages (pages)'),
  instructionLimit: z.int().min(1).optional().describe('Instructions a call may execute before it is stopped'),
  enableSimd: z.boolean().default(false).describe('Allow SIMD instructions'),
  enableThreads: z.boolean().default(false).describe('Allow WebAssembly threads'),
  enableBulkMemory: z.boolean().default(true).describe('Allow bulk memory operations'),
});

const ContainerConfigSchema = z.object({
  image: z.string().optional().describe('Container image to run the plugin in'),
  runtime: ContainerRuntimeSchema.default('docker').describe('Container runtime that starts the container'),
  resources: z
    .object({
      cpuLimit: z.string().optional().describe('CPU limit in cores, e.g. "0.5"'),
      memoryLimit: z.string().optional().describe('Memory limit with a size suffix, e.g. "512m"'),
    })
    .optional()
    .describe('Resource limits passed to the container runtime'),
  networkMode: ContainerNetworkModeSchema.default('bridge').describe('Network the container is attached to'),
});

const V8IsolateConfigSchema = z.object({
  heapSizeMb: z.int().min(1).optional().describe('Heap size of the isolate (MB)'),
  enableSnapshot: z.boolean().default(true).describe('Start isolates from a snapshot for faster boot'),
});

export const RuntimeConfigSchema = z
  .object({
    engine: RuntimeEngineSchema.default('v8-isolate').describe('Engine that executes the plugin code'),
    engineConfig: z
      .object({
        wasm: WasmConfigSchema.optional().describe('Settings used when the engine is wasm'),
        container: ContainerConfigSchema.optional().describe('Settings used when the engine is container'),
        v8Isolate: V8IsolateConfigSchema.optional().describe('Settings used when the engine is v8-isolate'),
      })
      .optional()
      .describe('Settings for the selected engine; only its own block is allowed'),
    resourceLimits: z
      .object({
        maxMemory: z.int().optional().describe('Memory the plugin may use (bytes)'),
        maxCpu: z.number().min(0).max(100).optional().describe('CPU share the plugin may use (%)'),
        timeout: z.int().min(0).optional().describe('Longest time a single execution may take (ms)'),
      })
      .optional()
      .describe('Limits applied whatever the engine'),
  })
  .superRefine((config, ctx) => {
    const allowed = ENGINE_CONFIG_KEY[config.engine];
    for (const [key, block] of Object.entries(config.engineConfig ?? {})) {
      if (block === undefined || key === allowed) continue;
      const engine = RuntimeEngineSchema.options.find((e) => ENGINE_CONFIG_KEY[e] === key);
      ctx.addIssue({
        code: 'custom',
        path: ['engineConfig', key],
        message: `engineConfig.${key} is only allowed when engine is ${engine}`,
      });
    }
  })
  .describe('Where a plugin’s code executes');
export type RuntimeConfig = z.infer<typeof RuntimeConfigSchema>;
export type RuntimeConfigInput = z.input<typeof RuntimeConfigSchema>;

export const SandboxLevelSchema = z.enum(['none', 'minimal', 'standard', 'strict', 'paranoid']);
export type SandboxLevel = z.infer<typeof SandboxLevelSchema>;

/** Shared by the filesystem and environment sections. */
export const AccessModeSchema = z.enum(['none', 'readonly', 'restricted', 'full']);
export const NetworkAccessModeSchema = z.enum(['none', 'local', 'restricted', 'full']);

export const SandboxConfigSchema = z
  .object({
    enabled: z.boolean().default(true).describe('Run the plugin inside a sandbox'),
    level: SandboxLevelSchema.default('standard').describe('Overall isolation level'),
    runtime: RuntimeConfigSchema.optional().describe('Where the plugin code executes'),
    filesystem: z
      .object({
        mode: AccessModeSchema.default('restricted').describe('How much of the filesystem the plugin may use'),
        allowedPaths: z.array(z.string()).optional().describe('Paths the plugin may access'),
        deniedPaths: z.array(z.string()).optional().describe('Paths the plugin may never access'),
        maxFileSize: z.int().optional().describe('Largest file the plugin may write (bytes)'),
      })
      .optional()
      .describe('Filesystem access'),
    network: z
      .object({
        mode: NetworkAccessModeSchema.default('restricted').describe('How much of the network the plugin may reach'),
        allowedHosts: z.array(z.string()).optional().describe('Hosts the plugin may connect to'),
        deniedHosts: z.array(z.string()).optional().describe('Hosts the plugin may never connect to'),
        allowedPorts: z.array(z.number()).optional().describe('Ports the plugin may connect to'),
        maxConnections: z.int().optional().describe('Open connections the plugin may hold at once'),
      })
      .optional()
      .describe('Network access'),
    process: z
      .object({
        allowSpawn: z.boolean().default(false).describe('Allow the plugin to start child processes'),
        allowedCommands: z.array(z.string()).optional().describe('Commands the plugin may start'),
        timeout: z.int().optional().describe('Longest time a child process may run (ms)'),
      })
      .optional()
      .describe('Child process creation'),
    memory: z
      .object({
        maxHeap: z.int().optional().describe('Largest heap the plugin may use (bytes)'),
        maxStack: z.int().optional().describe('Largest stack the plugin may use (bytes)'),
      })
      .optional()
      .describe('Memory limits'),
    cpu: z
      .object({
        maxCpuPercent: z.number().min(0).max(100).optional().describe('CPU share the plugin may use (%)'),
        maxThreads: z.int().optional().describe('Threads the plugin may run at once'),
      })
      .optional()
      .describe('CPU limits'),
    environment: z
      .object({
        mode: AccessModeSchema.default('readonly').describe('How the plugin may use environment variables'),
        allowedVars: z.array(z.string()).optional().describe('Environment variables the plugin may read'),
        deniedVars: z.array(z.string()).optional().describe('Environment variables hidden from the plugin'),
      })
      .optional()
      .describe('Environment variable access'),
  })
  .describe('How a plugin is isolated');
export type SandboxConfig = z.infer<typeof SandboxConfigSchema>;
export type SandboxConfigInput = z.input<typeof SandboxConfigSchema>;
