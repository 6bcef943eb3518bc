import { beforeAll, describe, expect, it } from 'vitest';
import { insertScript } from './benign';
import { applyAction, DEMO_LIMITS, FLEET_METRICS, historyState, PLUGIN_IDS, simulateTick } from './index';
import { MINUTE, HOUR } from './seasonality';
import { collectHistory } from './testing';
import type { DemoPluginId, FleetMetric, FleetMetricPoint, FleetState } from './types';

// A Wednesday, 13:20 UTC: business hours, so load-dependent effects are visible.
const now = Date.UTC(2025, 3, 9, 13, 20, 0);
const seed = 11;
let base: FleetState;

beforeAll(() => {
  base = historyState({ now, seed, days: 1 });
});

const values = (points: FleetMetricPoint[], id: DemoPluginId, metric: FleetMetric) => points.filter((p) => p.pluginId === id && p.metric === metric).map((p) => p.value);
const avg = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
const tick = (state: FleetState, ms: number) => simulateTick(state, state.time + ms, { maxSteps: 10_000 });

describe('live ticks', () => {
  it('continue the history without a jump at the boundary', () => {
    const h = collectHistory({ now, seed, days: 1 });
    expect(h.state).toStrictEqual(base);
    const t = simulateTick(base, now + 10_000);
    expect(t.points).toHaveLength(40);
    expect(t.points.every((p) => p.timestamp === base.time + 10_000)).toBe(true);
    const n = h.times.length;
    for (const id of PLUGIN_IDS) {
      for (const m of FLEET_METRICS) {
        const s = h.series[id][m];
        let maxStep = 0;
        for (let i = n - 360; i < n; i++) maxStep = Math.max(maxStep, Math.abs(s[i] - s[i - 1]));
        const jump = Math.abs(values(t.points, id, m)[0] - s[n - 1]);
        expect(jump, `${id} ${m}`).toBeLessThanOrEqual(maxStep * 1.5 + 1);
      }
    }
  });

  it('do not modify the state they are given, and are deterministic', () => {
    const before = JSON.stringify(base);
    const a = simulateTick(base, now + 60_000);
    const b = simulateTick(base, now + 60_000);
    expect(JSON.stringify(base)).toBe(before);
    expect(a).toStrictEqual(b);
    expect(a.points).toHaveLength(6 * 40);
  });

  it('give the same series in small ticks as in one big tick', () => {
    let s = base;
    const small: FleetMetricPoint[] = [];
    for (let i = 1; i <= 12; i++) {
      const r = simulateTick(s, now + i * 10_000 + 3_000);
      small.push(...r.points);
      s = r.state;
    }
    const big = simulateTick(base, now + 12 * 10_000 + 3_000);
    expect(small).toStrictEqual(big.points);
    expect(s).toStrictEqual(big.state);
  });

  it('resume identically from a JSON round-tripped state', () => {
    const copy = JSON.parse(JSON.stringify(base)) as FleetState;
    expect(copy).toStrictEqual(base);
    expect(simulateTick(copy, now + 5 * MINUTE)).toStrictEqual(simulateTick(base, now + 5 * MINUTE));
  });

  it('return only the last maxSteps after a long gap, evolving through it', () => {
    const r = simulateTick(base, now + 2 * HOUR);
    expect(r.skippedSteps).toBe(720 - 360);
    expect(r.points).toHaveLength(360 * 40);
    expect(r.state.time).toBe(base.time + 2 * HOUR);
    expect(r.state).toStrictEqual(tick(base, 2 * HOUR).state);
  });
});

describe('live incidents and actions', () => {
  it('start a memory leak on checkout-api after start-up that grows until a restart', () => {
    const r = tick(base, 3 * HOUR);
    const leak = r.state.incidents.find((i) => i.phase === 'live')!;
    expect(leak).toMatchObject({ pluginId: 'checkout-api', kind: 'memory-leak', end: null, expectedTopCause: 'resource-exhaustion' });
    expect(leak.start).toBe(base.liveSince + 15 * MINUTE);
    const mem = values(r.points, 'checkout-api', 'memory-usage');
    expect(avg(mem.slice(-60)) / DEMO_LIMITS.maxHeap).toBeGreaterThan(0.9);
    expect(r.state.plugins['checkout-api'].status).not.toBe('healthy');

    const healed = applyAction(r.state, 'checkout-api', { type: 'restart', parameters: { actor: 'alice' } });
    expect(healed.outcome).toMatchObject({ success: true, resolved: [leak.id] });
    expect(healed.events[0]).toMatchObject({ kind: 'restart', pluginId: 'checkout-api', data: { actor: 'alice' } });
    expect(r.state.incidents.find((i) => i.id === leak.id)!.end).toBeNull(); // input untouched
    const after = tick(healed.state, 10 * MINUTE);
    expect(avg(values(after.points, 'checkout-api', 'memory-usage').slice(-30)) / DEMO_LIMITS.maxHeap).toBeLessThan(0.65);
    expect(after.state.incidents.find((i) => i.id === leak.id)).toMatchObject({ end: r.state.time, resolvedBy: 'restart by alice' });
  });

  it('start the next live incident a few hours after the last one is fixed, of another kind', () => {
    const first = tick(base, 2 * HOUR);
    const healed = applyAction(first.state, 'checkout-api', { type: 'restart' });
    const later = tick(healed.state, 6 * HOUR).state;
    const live = later.incidents.filter((i) => i.phase === 'live');
    expect(live).toHaveLength(2);
    expect(live[1].kind).toBe('dependency-outage');
    expect(live[1].start - live[0].end!).toBeGreaterThanOrEqual(2 * HOUR);
  });

  it('scale relieves a saturated queue: it drains and cpu per instance falls', () => {
    const s = structuredClone(base);
    insertScript(s, { at: s.time + 10_000, pluginId: 'search-indexer', step: { op: 'surge', extraRps: 130, rampMs: 5 * MINUTE, endsAt: null, incidentId: null } });
    const hot = tick(s, 30 * MINUTE);
    const q = values(hot.points, 'search-indexer', 'queue-depth');
    expect(q[q.length - 1]).toBeGreaterThan(10_000);
    expect(avg(values(hot.points, 'search-indexer', 'cpu-usage').slice(-60))).toBeGreaterThan(90);
    const scaled = applyAction(hot.state, 'search-indexer', { type: 'scale', parameters: { instances: 6 } });
    expect(scaled.outcome.success).toBe(true);
    expect(scaled.events[0]).toMatchObject({ kind: 'scale', data: { from: 2, to: 6 } });
    const cool = tick(scaled.state, 15 * MINUTE);
    expect(values(cool.points, 'search-indexer', 'queue-depth').slice(-6).every((v) => v < 50)).toBe(true);
    expect(avg(values(cool.points, 'search-indexer', 'cpu-usage').slice(-30))).toBeLessThan(70);
  });

  it('rollback ends a bad config rollout; adjust-config can fix it too', () => {
    const s = structuredClone(base);
    const id = 'test-config';
    s.incidents.push({ id, pluginId: 'notification-hub', kind: 'bad-config-rollout', cause: 'configuration', start: s.time, end: null, description: 'test', expectedTopCause: 'configuration', acceptableCauses: [], alsoAffected: [], dependency: null, signals: [], remedy: 'rollback', phase: 'live', resolvedBy: null });
    insertScript(s, { at: s.time + 10_000, pluginId: 'notification-hub', step: { op: 'config-change', changes: { 'pool.maxConnections': 4, 'cache.enabled': false }, actor: 'deploy-bot', comment: 'bad' } });
    const before = avg(values(tick(base, 10 * MINUTE).points, 'notification-hub', 'error-rate'));
    const bad = tick(s, 20 * MINUTE);
    expect(bad.events.some((e) => e.kind === 'config-change' && e.pluginId === 'notification-hub')).toBe(true);
    expect(avg(values(bad.points, 'notification-hub', 'error-rate').slice(-60))).toBeGreaterThan(0.05);

    const rolled = applyAction(bad.state, 'notification-hub', { type: 'rollback' });
    expect(rolled.outcome.resolved).toEqual([id]);
    expect(rolled.state.plugins['notification-hub'].config).toStrictEqual(base.plugins['notification-hub'].config);
    expect(avg(values(tick(rolled.state, 10 * MINUTE).points, 'notification-hub', 'error-rate').slice(-30))).toBeLessThan(0.02);

    const adjusted = applyAction(bad.state, 'notification-hub', { type: 'adjust-config', parameters: { pool: { maxConnections: 40 }, cache: { enabled: true } } });
    expect(adjusted.outcome.resolved).toEqual([id]);
    expect(adjusted.events[0].data).toMatchObject({ changes: expect.arrayContaining([{ path: 'pool.maxConnections', from: 4, to: 40 }]) });
    expect(before).toBeLessThan(0.05);
  });

  it('clear-cache drops memory by the cache size', () => {
    const s = tick(base, 5 * MINUTE).state;
    const cache = s.plugins['inventory-sync'].cache;
    expect(cache).toBeGreaterThan(20 * 1024 * 1024);
    const cleared = applyAction(s, 'inventory-sync', { type: 'clear-cache' });
    expect(cleared.state.plugins['inventory-sync'].cache).toBe(0);
    const withCache = avg(values(tick(s, 2 * MINUTE).points, 'inventory-sync', 'memory-usage'));
    const without = avg(values(tick(cleared.state, 2 * MINUTE).points, 'inventory-sync', 'memory-usage'));
    expect(withCache - without).toBeGreaterThan(0.6 * cache);
  });

  it('reports actions it cannot do', () => {
    expect(applyAction(base, 'report-builder', { type: 'rollback' }).outcome.success).toBe(false);
    expect(applyAction(base, 'report-builder', { type: 'scale', parameters: { instances: 2 } }).outcome.success).toBe(false);
    expect(() => applyAction(base, 'nope' as DemoPluginId, { type: 'restart' })).toThrow(/Unknown demo plugin/);
  });
});
