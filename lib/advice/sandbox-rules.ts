// Advice rules for a plugin's sandbox (SandboxConfig), in one table.
import type { SandboxConfig } from '@/schemas';
import { field, isEmpty } from './rule-helpers';
import type { AdviceRule } from './types';

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'cmd', 'cmd.exe', 'powershell', 'pwsh']);

function hasMemoryLimit(doc: SandboxConfig): boolean {
  const engine = doc.runtime?.engineConfig;
  return [doc.memory?.maxHeap, doc.runtime?.resourceLimits?.maxMemory, engine?.container?.resources?.memoryLimit,
    engine?.v8Isolate?.heapSizeMb, engine?.wasm?.maxMemoryPages].some((v) => v !== undefined && v !== '');
}

function hasCpuLimit(doc: SandboxConfig): boolean {
  const engine = doc.runtime?.engineConfig;
  return [doc.cpu?.maxCpuPercent, doc.runtime?.resourceLimits?.maxCpu, engine?.container?.resources?.cpuLimit,
    engine?.wasm?.instructionLimit].some((v) => v !== undefined && v !== '');
}

export const sandboxRules: AdviceRule<SandboxConfig>[] = [
  {
    id: 'sandbox-disabled',
    severity: 'risk',
    title: 'Sandbox is turned off',
    reason: 'The plugin runs unconfined, with the host’s privileges: a bug or malicious code can reach everything.',
    at: field('enabled', (d) => !d.enabled),
  },
  {
    id: 'level-none',
    severity: 'risk',
    title: 'Isolation level is none',
    reason: 'No isolation is applied, whatever the other sections say.',
    at: field('level', (d) => d.level === 'none'),
  },
  {
    id: 'level-minimal',
    severity: 'warning',
    title: 'Isolation level is minimal',
    reason: 'Minimal isolation suits trusted first-party code only; use standard or stricter for third-party plugins.',
    at: field('level', (d) => d.level === 'minimal'),
  },
  {
    id: 'process-engine',
    severity: 'info',
    title: 'Process engine isolates least',
    reason: 'A plain OS process shares the host’s filesystem view and network; v8-isolate, wasm or container confine more.',
    at: field('runtime.engine', (d) => d.runtime?.engine === 'process'),
  },
  {
    id: 'container-host-network',
    severity: 'risk',
    title: 'Container shares the host network',
    reason: 'With networkMode host the container sees every host interface and local-only service, bypassing network rules.',
    at: field('runtime.engineConfig.container.networkMode', (d) => d.runtime?.engineConfig?.container?.networkMode === 'host'),
  },
  {
    id: 'network-full',
    severity: 'warning',
    title: 'Unrestricted network access',
    reason: 'The plugin may connect anywhere, including internal services and the cloud metadata endpoint.',
    at: field('network.mode', (d) => d.network?.mode === 'full'),
  },
  {
    id: 'network-full-with-allowlist',
    severity: 'warning',
    title: 'Allowed hosts are ignored in full mode',
    reason: 'allowedHosts only applies in restricted mode; with mode full every host is reachable anyway.',
    at: field('network.allowedHosts', (d) => d.network?.mode === 'full' && !isEmpty(d.network.allowedHosts)),
  },
  {
    id: 'filesystem-full',
    severity: 'risk',
    title: 'Full filesystem access',
    reason: 'The plugin can read and write any file the host process can, including keys and other plugins’ data.',
    at: field('filesystem.mode', (d) => d.filesystem?.mode === 'full'),
  },
  {
    id: 'environment-full',
    severity: 'risk',
    title: 'All environment variables exposed',
    reason: 'Environment variables usually hold secrets (database URLs, API keys); full mode hands all of them over.',
    at: field('environment.mode', (d) => d.environment?.mode === 'full'),
  },
  {
    id: 'spawn-without-allowlist',
    severity: 'risk',
    title: 'Any command may be started',
    reason: 'allowSpawn without allowedCommands lets the plugin run any program on the host.',
    at: field('process.allowSpawn', (d) => d.process?.allowSpawn === true && isEmpty(d.process.allowedCommands)),
  },
  {
    id: 'spawn-shell-allowed',
    severity: 'risk',
    title: 'A shell is an allowed command',
    reason: 'A shell runs any other command, so an allow-list that contains one restricts nothing.',
    at: field('process.allowedCommands', (d) =>
      d.process?.allowSpawn === true && (d.process.allowedCommands ?? []).some((c) => SHELLS.has(c.trim().split(/[\\/]/).pop() ?? '')),
    ),
  },
  {
    id: 'no-memory-limit',
    severity: 'warning',
    title: 'No memory limit anywhere',
    reason: 'Neither memory.maxHeap nor a runtime or engine limit is set: a leak can exhaust the host’s memory.',
    at: field('memory.maxHeap', (d) => !hasMemoryLimit(d)),
  },
  {
    id: 'no-cpu-limit',
    severity: 'warning',
    title: 'No CPU limit anywhere',
    reason: 'Neither cpu.maxCpuPercent nor a runtime or engine limit is set: a busy loop can starve other plugins.',
    at: field('cpu.maxCpuPercent', (d) => !hasCpuLimit(d)),
  },
];
