import { describe, expect, it } from 'vitest';
import { facts, minutes, noise, NOW, MINUTE } from '../testing/facts';
import { CLOSE_SHARE, closeUrgency, resourceLimitRule } from './resource-limits';
import { cachingRule } from './caching';
import { scaleHoursRule } from './scale-hours';
import { configErrorBurstRule } from './config-error-bursts';
import { sandboxNetworkRule } from './sandbox-network';

const MiB = 1024 * 1024;
const hourOf = (t: number) => new Date(t).getUTCHours();

describe('resource-allocation', () => {
  const sandbox = { memory: { maxHeap: 512 * MiB }, runtime: { engine: 'v8-isolate' as const, resourceLimits: { maxCpu: 50 } } };

  it('proposes a lower memory limit when the plugin never uses much of it', () => {
    const [s] = resourceLimitRule(facts({ sandbox, metrics: { 'memory-usage': minutes(7, (i) => (100 + 20 * noise(i)) * MiB) } }));
    expect(s.record.type).toBe('resource-allocation');
    expect(s.record.description).toMatch(/^Lower the memory/);
    expect(s.record.difficulty).toBe('moderate');
    expect(s.record.expectedImpact.resourceSavings?.memory).toBeGreaterThan(50);
    expect(s.change).toEqual({ documentKind: 'sandbox', basedOnVersion: 1, set: [{ path: ['memory', 'maxHeap'], before: 512 * MiB, after: 176 * MiB }] });
    expect(s.record.confidence).toBeGreaterThan(60);
  });

  it('proposes a higher CPU limit when the plugin usually runs close to it', () => {
    const [s] = resourceLimitRule(facts({ sandbox, metrics: { 'cpu-usage': minutes(7, (i) => 45 + 4 * noise(i)) } }));
    expect(s.record.description).toMatch(/^Raise the CPU limit from 50 % to 65 %/);
    expect(s.record.difficulty).toBe('easy');
    expect(s.change?.set).toEqual([{ path: ['runtime', 'resourceLimits', 'maxCpu'], before: 50, after: 65 }]);
  });

  it('ranks a CPU limit overshot by 1 % high, never critical; a memory limit reached is critical', () => {
    const cpu = (v: number) => resourceLimitRule(facts({ sandbox, metrics: { 'cpu-usage': minutes(7, () => v) } }))[0].record.priority;
    expect(cpu(50.5)).toBe('high');
    expect(cpu(80)).toBe('high');
    expect(cpu(43)).toBe('medium');
    const memory = (mib: number) => resourceLimitRule(facts({ sandbox, metrics: { 'memory-usage': minutes(7, () => mib * MiB) } }))[0].record.priority;
    expect(memory(512)).toBe('critical');
    expect(memory(470)).toBe('medium');
  });

  it('grades closeness to a limit at its edges', () => {
    expect(closeUrgency('cpu', CLOSE_SHARE)).toBeCloseTo(0.3);
    expect(closeUrgency('cpu', 1)).toBeCloseTo(0.6);
    expect(closeUrgency('cpu', 3)).toBeCloseTo(0.6);
    expect(closeUrgency('memory', 1)).toBeCloseTo(0.85);
    expect(closeUrgency('memory', 0.99)).toBeLessThan(0.85);
  });

  it('says nothing when usage sits comfortably inside the limit, or history is too short', () => {
    expect(resourceLimitRule(facts({ sandbox, metrics: { 'memory-usage': minutes(7, (i) => (300 + 20 * noise(i)) * MiB), 'cpu-usage': minutes(7, (i) => 30 + 4 * noise(i)) } }))).toEqual([]);
    expect(resourceLimitRule(facts({ sandbox, metrics: { 'cpu-usage': minutes(0.2, () => 49) } }))).toEqual([]);
    // No limit set: nothing to tune.
    expect(resourceLimitRule(facts({ metrics: { 'cpu-usage': minutes(7, () => 99) } }))).toEqual([]);
  });
});

describe('caching', () => {
  // Load follows the hour of day; response time grows with load when uncached.
  const load = minutes(3, (i, t) => 20 + 80 * Math.max(0, Math.sin(((hourOf(t) - 6) / 24) * 2 * Math.PI)) + noise(i));
  const slow = minutes(3, (i) => 40 + 1.5 * load.mean[i] + noise(i));
  const flat = minutes(3, (i) => 60 + 3 * noise(i));
  const off = { 'cache.enabled': { value: false, since: NOW - 3 * 86_400_000 } };

  it('suggests turning the cache on when response time rises with load while it is off', () => {
    const [s] = cachingRule(facts({ metrics: { throughput: load, 'response-time': slow }, runtimeConfig: off }));
    expect(s.record.type).toBe('caching');
    expect(s.record.description).toMatch(/Turn the plugin's cache back on/);
    expect(s.change).toBeNull();
    expect(s.record.expectedImpact.performanceGain).toBeGreaterThan(0);
  });

  it('stays quiet when the cache is on, or response time does not follow load', () => {
    expect(cachingRule(facts({ metrics: { throughput: load, 'response-time': slow }, runtimeConfig: { 'cache.enabled': { value: true, since: NOW - 86_400_000 } } }))).toEqual([]);
    expect(cachingRule(facts({ metrics: { throughput: load, 'response-time': flat }, runtimeConfig: off }))).toEqual([]);
    expect(cachingRule(facts({ metrics: { throughput: load, 'response-time': slow } }))).toEqual([]);
  });
});

describe('configuration-tuning: scale-ups at the same hour', () => {
  const policy = {
    enabled: true,
    metric: 'cpu-usage' as const,
    targetValue: 40,
    bounds: { minInstances: 2, maxInstances: 6 },
    scaleUp: { threshold: 60 },
    scaleDown: { threshold: 25 },
  };
  const daily = minutes(5, (i, t) => (hourOf(t) === 9 ? 80 : 20) + noise(i));
  const random = minutes(5, (i) => (Math.floor(i / 37) % 41 === 0 ? 80 : 20) + noise(i));

  it('suggests predictive scaling when the policy scales up at the same hour every day', () => {
    const [s] = scaleHoursRule(facts({ aiops: { autoScaling: [policy] }, metrics: { 'cpu-usage': daily } }));
    expect(s.record.type).toBe('configuration-tuning');
    expect(s.record.description).toMatch(/predictive scaling in auto-scaling policy 1: it scales up at 09:00 UTC/);
    expect(s.change).toEqual({ documentKind: 'aiops', basedOnVersion: 1, set: [{ path: ['autoScaling', 0, 'predictive'], before: undefined, after: { enabled: true, lookAhead: 600, confidence: 70 } }] });
    expect(s.record.difficulty).toBe('easy');
  });

  it('says nothing for scale-ups at scattered hours or a disabled policy', () => {
    expect(scaleHoursRule(facts({ aiops: { autoScaling: [policy] }, metrics: { 'cpu-usage': random } }))).toEqual([]);
    expect(scaleHoursRule(facts({ aiops: { autoScaling: [{ ...policy, enabled: false }] }, metrics: { 'cpu-usage': daily } }))).toEqual([]);
  });
});

describe('configuration-tuning: error bursts after config changes', () => {
  const at = NOW - 2 * 86_400_000;
  const errors = (burst: boolean) => minutes(3, (i, t) => (burst && t >= at ? 0.08 : 0.002) + 0.0005 * noise(i));
  const consoleChange = {
    eventId: 7,
    ts: at,
    source: 'console' as const,
    documentKind: 'sandbox',
    version: 3,
    previousVersion: 2,
    paths: ['network.mode'],
    changes: [{ path: 'network.mode', from: 'restricted', to: 'none' }],
    message: 'Sandbox saved',
  };

  it('proposes reverting a console change that is still in place when errors jump after it', () => {
    const [s] = configErrorBurstRule(facts({ metrics: { 'error-rate': errors(true) }, configChanges: [consoleChange], versions: { sandbox: 3 } }));
    expect(s.record.type).toBe('configuration-tuning');
    expect(s.evidenceKey).toBe('config-errors:7');
    expect(s.change).toEqual({ documentKind: 'sandbox', basedOnVersion: 3, set: [{ path: ['network', 'mode'], before: 'none', after: 'restricted' }] });
  });

  it('gives steps only for a runtime change the console cannot make', () => {
    const runtime = { ...consoleChange, source: 'runtime' as const, documentKind: undefined, version: undefined, changes: [{ path: 'cache.enabled', from: true, to: false }], paths: ['cache.enabled'] };
    const [s] = configErrorBurstRule(facts({ metrics: { 'error-rate': errors(true) }, configChanges: [runtime] }));
    expect(s.change).toBeNull();
    expect(s.record.steps[0]).toMatch(/cache.enabled/);
  });

  it('stays quiet without a burst, or once the change was reverted', () => {
    expect(configErrorBurstRule(facts({ metrics: { 'error-rate': errors(false) }, configChanges: [consoleChange], versions: { sandbox: 3 } }))).toEqual([]);
    const revert = { ...consoleChange, eventId: 8, ts: at + 40 * MINUTE, version: 4, previousVersion: 3 };
    expect(configErrorBurstRule(facts({ metrics: { 'error-rate': errors(true) }, configChanges: [consoleChange, revert], versions: { sandbox: 4 } }))).toEqual([]);
  });
});

describe('configuration-tuning: sandbox network', () => {
  const hosts = [
    { host: 'db.internal', ports: [5432], events: 40, firstSeen: NOW - 5 * 86_400_000, lastSeen: NOW },
    { host: 'api.payments.example', ports: [443], events: 12, firstSeen: NOW - 4 * 86_400_000, lastSeen: NOW - 3600_000 },
  ];

  it('proposes an allow-list when network is full but only two hosts are ever contacted', () => {
    const [s] = sandboxNetworkRule(facts({ sandbox: { network: { mode: 'full' } }, hosts }));
    expect(s.record.description).toBe('Restrict the sandbox network to the 2 hosts the plugin uses (api.payments.example, db.internal)');
    expect(s.change?.set[0].after).toEqual({ mode: 'restricted', allowedHosts: ['api.payments.example', 'db.internal'], allowedPorts: [443, 5432] });
    expect(s.record.difficulty).toBe('moderate');
  });

  it('stays quiet when network is already restricted, or when hosts are unknown', () => {
    expect(sandboxNetworkRule(facts({ sandbox: { network: { mode: 'restricted' } }, hosts }))).toEqual([]);
    expect(sandboxNetworkRule(facts({ sandbox: { network: { mode: 'full' } }, hosts: null }))).toEqual([]);
  });
});
