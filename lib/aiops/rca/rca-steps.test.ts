// The pure pieces of the analysis: log templates, departures against a daily cycle, the onset.
import { describe, expect, it } from 'vitest';
import { templateKind, templateOf } from './log-templates';
import { findDeparture, onsetOf, type Departure } from './find-departures';
import type { MinuteSeries } from './types';

const MIN = 60_000;
const HOUR = 3_600_000;

describe('log templates', () => {
  it('masks ids, addresses, numbers and quoted values so one pattern counts once', () => {
    const a = templateOf('read ECONNRESET 10.0.7.21:5432 while talking to warehouse-db (req_ab12cd)');
    const b = templateOf('read ECONNRESET 10.0.3.9:5432 while talking to warehouse-db (req_zz99x1)');
    expect(a).toBe(b);
    expect(a).toBe('read ECONNRESET <ip> while talking to warehouse-db (<id>)');
    expect(templateOf(`TypeError: Cannot read properties of undefined (reading 'sku') in 0x7f3a9b2c`)).toBe('TypeError: Cannot read properties of undefined (reading <str>) in <hex>');
  });

  it('tells resource exhaustion, network faults and code errors apart', () => {
    expect(templateKind('Timed out acquiring connection from pool after <n>ms')).toBe('resource');
    expect(templateKind('getaddrinfo EAI_AGAIN warehouse-db.internal')).toBe('network');
    expect(templateKind('TypeError: x is not a function')).toBe('code');
    expect(templateKind('Cache disabled: <n> misses')).toBe('other');
  });
});

function series(from: number, to: number, value: (t: number) => number): MinuteSeries {
  const s: MinuteSeries = { t: [], v: [] };
  for (let t = from; t <= to; t += MIN) {
    s.t.push(t);
    s.v.push(value(t));
  }
  return s;
}
const wobble = (t: number) => Math.sin(t / 7_919) * 0.5;

describe('departures', () => {
  const start = Date.UTC(2026, 0, 10, 10, 0);
  it('finds a level shift at its first minute', () => {
    const s = series(start - 26 * HOUR, start + HOUR, (t) => 100 + wobble(t) + (t >= start + 5 * MIN ? 40 : 0));
    expect(findDeparture('latency', s, start, start + HOUR)).toMatchObject({ t: start + 5 * MIN, direction: 'up', shape: 'level-shift' });
  });

  it('does not take the morning ramp for a departure when yesterday ramped the same way', () => {
    const daily = (t: number) => 100 + 60 * Math.max(0, Math.sin((((t / HOUR) % 24) - 6) / 24 * 2 * Math.PI)) + wobble(t);
    const s = series(start - 26 * HOUR, start + HOUR, daily);
    expect(findDeparture('throughput', s, start, start + HOUR)).toBeNull();
  });

  it('dates the onset by a solid departure, not by a lone early spike', () => {
    const d = (metric: string, t: number, shape: Departure['shape'], z: number): Departure => ({ metric, t, direction: 'up', shape, z, baseline: 0, band: [0, 1] });
    expect(onsetOf([d('cpu-usage', 0, 'spike', 5), d('error-rate', 10 * MIN, 'level-shift', 5), d('latency', 11 * MIN, 'level-shift', 5)], 0)).toBe(10 * MIN);
    expect(onsetOf([d('cpu-usage', 0, 'spike', 5)], 42)).toBe(0);
    expect(onsetOf([], 42)).toBe(42);
  });
});
