import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LIMITS, groundTruth, PLUGIN_IDS } from './index';
import { localTime, isWeekend, HOUR, MINUTE, DAY } from './seasonality';
import { collectHistory, indexRange, mean, type CollectedHistory } from './testing';
import type { IncidentKind, IncidentTruth } from './types';

const now = Number(process.env.FLEET_NOW ?? Date.UTC(2025, 5, 13, 15, 37, 12));
const seed = Number(process.env.FLEET_SEED ?? 42);
let h: CollectedHistory;
let truth: IncidentTruth[];
const MiB = 1024 * 1024;

beforeAll(() => {
  h = collectHistory({ now, seed });
  truth = groundTruth({ now, seed });
});

const incident = (kind: IncidentKind) => truth.find((i) => i.kind === kind)!;
const avg = (plugin: (typeof PLUGIN_IDS)[number], metric: Parameters<typeof series>[1], from: number, to: number) => mean(series(plugin, metric), ...indexRange(h, from, to));
function series(plugin: (typeof PLUGIN_IDS)[number], metric: keyof CollectedHistory['series']['checkout-api']) {
  return h.series[plugin][metric];
}

describe('history', () => {
  it('has 7 days of 10-second points for every plugin and metric', () => {
    expect(h.times.length).toBe(60_480);
    expect(h.times[h.times.length - 1]).toBe(Math.floor(now / 10_000) * 10_000);
    expect(h.health.length).toBe(5 * 7 * 1440);
    expect(h.state.time).toBe(h.times[h.times.length - 1]);
  });

  it('keeps every metric in its range and unit', () => {
    for (const id of PLUGIN_IDS) {
      const s = h.series[id];
      for (let i = 0; i < h.times.length; i++) {
        const cpu = s['cpu-usage'][i];
        const mem = s['memory-usage'][i];
        const err = s['error-rate'][i];
        if (!(cpu >= 0 && cpu <= 100)) throw new Error(`${id} cpu ${cpu}`);
        if (!(mem > 32 * MiB && mem <= DEMO_LIMITS.maxHeap && Number.isInteger(mem))) throw new Error(`${id} memory ${mem}`);
        if (!(err >= 0 && err <= 1)) throw new Error(`${id} error-rate ${err}`);
        if (!(s['response-time'][i] > 0 && s.latency[i] > 0 && s.throughput[i] >= 0)) throw new Error(`${id} timing at ${i}`);
        if (!Number.isInteger(s['connection-count'][i]) || !Number.isInteger(s['queue-depth'][i]) || s['queue-depth'][i] < 0) throw new Error(`${id} counts at ${i}`);
      }
      // Normal operation: memory well under the heap limit, errors well under 1 %.
      expect(mean(s['memory-usage'], 0, 8640) / DEMO_LIMITS.maxHeap).toBeLessThan(0.75);
      expect(mean(s['error-rate'], 0, 8640)).toBeLessThan(0.01);
    }
  });

  it('shows the daily and weekly cycle: weekday business hours busier than nights and weekends', () => {
    for (const id of PLUGIN_IDS) {
      const buckets = { business: [0, 0], night: [0, 0], weekendDay: [0, 0] };
      const tp = series(id, 'throughput');
      const cpu = series(id, 'cpu-usage');
      const cpuB = [0, 0];
      const cpuN = [0, 0];
      for (let i = 0; i < h.times.length; i++) {
        // Incidents (a surge keeps its extra traffic for hours) are not the cycle.
        if (truth.some((inc) => h.times[i] >= inc.start - HOUR && h.times[i] <= inc.end! + 4 * HOUR)) continue;
        const lt = localTime(h.times[i], 0);
        const day = lt.hour >= 10 && lt.hour < 16;
        const night = lt.hour >= 0 && lt.hour < 5;
        const b = isWeekend(lt) ? (day ? buckets.weekendDay : null) : day ? buckets.business : night ? buckets.night : null;
        if (b) {
          b[0] += tp[i];
          b[1]++;
        }
        if (!isWeekend(lt) && day) (cpuB[0] += cpu[i]), cpuB[1]++;
        if (night) (cpuN[0] += cpu[i]), cpuN[1]++;
      }
      const m = (b: number[]) => b[0] / b[1];
      expect(m(buckets.business), id).toBeGreaterThan(2.5 * m(buckets.night));
      expect(m(buckets.business), id).toBeGreaterThan(1.2 * m(buckets.weekendDay));
      expect(m(cpuB), id).toBeGreaterThan(1.5 * m(cpuN));
    }
  });

  it('has a GC saw-tooth in memory', () => {
    const mem = series('checkout-api', 'memory-usage');
    let drops = 0;
    for (let i = 1; i < 8640; i++) if (mem[i] < mem[i - 1] - 5 * MiB) drops++;
    expect(drops / 24).toBeGreaterThan(10); // more than ten collections an hour
  });

  it('places four incidents of known cause after the first day and before now', () => {
    expect(truth.map((i) => i.kind).sort()).toEqual(['bad-config-rollout', 'dependency-outage', 'memory-leak', 'traffic-surge']);
    expect(h.state.incidents).toEqual(truth);
    for (const i of truth) {
      expect(i.start).toBeGreaterThanOrEqual(h.times[0] + DAY);
      expect(i.end!).toBeLessThan(now);
      expect(i.end!).toBeGreaterThan(i.start);
    }
    expect(Object.fromEntries(truth.map((i) => [i.kind, i.expectedTopCause]))).toEqual({
      'memory-leak': 'resource-exhaustion',
      'dependency-outage': 'dependency-failure',
      'bad-config-rollout': 'configuration',
      'traffic-surge': 'resource-exhaustion',
    });
  });

  it('memory leak: memory climbs steadily, latency rises near the limit, restart drops it back', () => {
    const inc = incident('memory-leak');
    const [a, b] = indexRange(h, inc.start, inc.end!);
    const mem = series(inc.pluginId, 'memory-usage');
    // Least-squares slope in MiB per hour.
    let sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (let i = a; i < b; i++) {
      const x = (h.times[i] - inc.start) / HOUR;
      sx += x; sy += mem[i] / MiB; sxx += x * x; sxy += (x * mem[i]) / MiB;
    }
    const n = b - a;
    const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    expect(slope).toBeGreaterThan(12);
    expect(avg(inc.pluginId, 'memory-usage', inc.end! - 10 * MINUTE, inc.end!) / DEMO_LIMITS.maxHeap).toBeGreaterThan(0.85);
    expect(avg(inc.pluginId, 'latency', inc.end! - 30 * MINUTE, inc.end!)).toBeGreaterThan(1.5 * avg(inc.pluginId, 'latency', inc.start, inc.start + 30 * MINUTE));
    expect(avg(inc.pluginId, 'memory-usage', inc.end! + MINUTE, inc.end! + 10 * MINUTE)).toBeLessThan(avg(inc.pluginId, 'memory-usage', inc.end! - 10 * MINUTE, inc.end!) - 60 * MiB);
    expect(h.events.some((e) => e.kind === 'restart' && e.pluginId === inc.pluginId && e.timestamp === inc.end)).toBe(true);
    expect(h.events.some((e) => e.pluginId === inc.pluginId && e.level === 'warn' && /Heap usage|Long GC pause/.test(e.message) && e.timestamp > inc.start && e.timestamp <= inc.end!)).toBe(true);
  });

  it('dependency outage: health reports list the dependency unhealthy before latency rises', () => {
    const inc = incident('dependency-outage');
    const reports = h.health.filter((s) => s.pluginId === inc.pluginId && s.timestamp >= inc.start - HOUR && s.timestamp <= inc.end!);
    const firstBadDep = reports.find((s) => s.report.dependencies!.some((d) => d.pluginId === inc.dependency && d.status !== 'healthy'))!;
    const firstUnhealthyDep = reports.find((s) => s.report.dependencies!.some((d) => d.pluginId === inc.dependency && d.status === 'unhealthy'))!;
    expect(firstBadDep.timestamp).toBeGreaterThanOrEqual(inc.start);
    expect(firstBadDep.timestamp).toBeLessThan(inc.start + MINUTE + 1);
    const baseline = avg(inc.pluginId, 'latency', inc.start - 30 * MINUTE, inc.start);
    const lat = series(inc.pluginId, 'latency');
    const [a, b] = indexRange(h, inc.start, inc.end!);
    let riseAt = -1;
    for (let i = a; i < b; i++) if (lat[i] > 2 * baseline) { riseAt = h.times[i]; break; }
    expect(riseAt).toBeGreaterThan(firstUnhealthyDep.timestamp);
    expect(avg(inc.pluginId, 'error-rate', inc.start + 10 * MINUTE, inc.start + 30 * MINUTE)).toBeGreaterThan(0.1);
    const errs = h.events.filter((e) => e.pluginId === inc.pluginId && e.level === 'error' && e.timestamp >= inc.start && e.timestamp <= inc.end!);
    expect(errs.some((e) => /ECONNRESET/.test(e.message))).toBe(true);
    expect(errs.some((e) => /timed out|ETIMEDOUT/.test(e.message))).toBe(true);
    expect(errs.some((e) => /EAI_AGAIN/.test(e.message))).toBe(true);
    // The caller (checkout-api) sees inventory-sync unhealthy in its own reports.
    expect(h.health.some((s) => s.pluginId === 'checkout-api' && s.timestamp > inc.start && s.timestamp < inc.end! && s.report.dependencies!.some((d) => d.pluginId === inc.pluginId && d.status === 'unhealthy'))).toBe(true);
    expect(avg(inc.pluginId, 'latency', inc.end! + 10 * MINUTE, inc.end! + 30 * MINUTE)).toBeLessThan(1.5 * baseline);
  });

  it('bad config rollout: error-rate and response-time step up right after the config-change event', () => {
    const inc = incident('bad-config-rollout');
    const change = h.events.find((e) => e.kind === 'config-change' && e.pluginId === inc.pluginId && e.timestamp === inc.start)!;
    expect(change).toBeDefined();
    const paths = (change.data!.changes as { path: string; to: unknown }[]).map((c) => `${c.path}=${String(c.to)}`);
    expect(paths).toEqual(expect.arrayContaining(['pool.maxConnections=4', 'cache.enabled=false']));
    const beforeErr = avg(inc.pluginId, 'error-rate', inc.start - 30 * MINUTE, inc.start);
    const beforeRt = avg(inc.pluginId, 'response-time', inc.start - 30 * MINUTE, inc.start);
    // The very next samples are already up: a step, not a drift.
    expect(avg(inc.pluginId, 'error-rate', inc.start + 1, inc.start + 2 * MINUTE)).toBeGreaterThan(10 * beforeErr);
    expect(avg(inc.pluginId, 'response-time', inc.start + 1, inc.start + 2 * MINUTE)).toBeGreaterThan(3 * beforeRt);
    const rollback = h.events.find((e) => e.kind === 'config-change' && e.pluginId === inc.pluginId && e.timestamp === inc.end);
    expect(rollback?.data?.action).toBe('rollback');
    expect(avg(inc.pluginId, 'error-rate', inc.end! + 5 * MINUTE, inc.end! + 30 * MINUTE)).toBeLessThan(3 * beforeErr + 0.005);
    // Nothing else changed on that plugin inside the window.
    expect(h.events.filter((e) => e.pluginId === inc.pluginId && e.kind !== 'log' && e.timestamp > inc.start && e.timestamp < inc.end!)).toEqual([]);
  });

  it('traffic surge: queue grows, cpu pegs, throughput flat at capacity; scaling drains it', () => {
    const inc = incident('traffic-surge');
    const q = (from: number) => avg(inc.pluginId, 'queue-depth', inc.start + from * MINUTE, inc.start + (from + 2) * MINUTE);
    expect(q(8)).toBeGreaterThan(500);
    expect(q(14)).toBeGreaterThan(q(8) * 1.5);
    expect(q(20)).toBeGreaterThan(q(14) * 1.2);
    expect(avg(inc.pluginId, 'cpu-usage', inc.start + 10 * MINUTE, inc.start + 30 * MINUTE)).toBeGreaterThan(90);
    // Saturated: flat at the capacity of 2 instances (2 × 60/s).
    expect(avg(inc.pluginId, 'throughput', inc.start + 10 * MINUTE, inc.start + 30 * MINUTE)).toBeGreaterThan(112);
    expect(avg(inc.pluginId, 'throughput', inc.start + 10 * MINUTE, inc.start + 30 * MINUTE)).toBeLessThanOrEqual(120);
    const scale = h.events.find((e) => e.kind === 'scale' && e.pluginId === inc.pluginId && e.timestamp > inc.start && e.timestamp <= inc.end!)!;
    expect(scale.data).toMatchObject({ from: 2, to: 6 });
    expect(avg(inc.pluginId, 'queue-depth', inc.end! - MINUTE, inc.end!)).toBeLessThan(50);
    expect(avg(inc.pluginId, 'cpu-usage', inc.end!, inc.end! + 20 * MINUTE)).toBeLessThan(70);
  });

  it('has benign changes outside the incidents for RCA to ignore', () => {
    const changes = h.events.filter((e) => e.kind !== 'log');
    const outside = changes.filter((e) => !truth.some((i) => i.pluginId === e.pluginId && e.timestamp >= i.start && e.timestamp <= i.end!));
    expect(outside.filter((e) => e.kind === 'deploy').length).toBeGreaterThanOrEqual(3);
    expect(outside.filter((e) => e.kind === 'restart').length).toBeGreaterThanOrEqual(3);
    expect(outside.filter((e) => e.kind === 'config-change').length).toBeGreaterThanOrEqual(3);
    const info = h.events.filter((e) => e.level === 'info' && e.kind === 'log');
    expect(info.length).toBeGreaterThan(10_000);
    // Variable parts for log templating: many distinct lines.
    expect(new Set(info.slice(0, 2000).map((e) => e.message)).size).toBeGreaterThan(1900);
  });
});
