// The pure pieces of the analysis: log templates, departures against a daily cycle, the onset.
import { describe, expect, it } from 'vitest';
import { minuteSeries } from './testing/minute-series';
import { templateKind, templateOf } from './log-templates';
import { analyzeChanges, describeDiff, diffKey } from './analyze-changes';
import { formatMetric, formatMillis } from './format';
import type { EvidenceData, LoadedEvent } from './types';
import { findDeparture, onsetOf, type Departure } from './find-departures';

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

  it('keeps names: a host or dependency without digits is not an id', () => {
    expect(templateOf('Connection refused: pay-ledger.internal:5432 (shop-ledger-db)')).toBe('Connection refused: pay-ledger.internal:<n> (shop-ledger-db)');
    expect(templateOf('lookup failed for job_abcdefghij')).toBe('lookup failed for <id>');
  });

  it('tells resource exhaustion, network faults and code errors apart', () => {
    expect(templateKind('Timed out acquiring connection from pool after <n>ms')).toBe('resource');
    expect(templateKind('getaddrinfo EAI_AGAIN warehouse-db.internal')).toBe('network');
    expect(templateKind('TypeError: x is not a function')).toBe('code');
    expect(templateKind('Cache disabled: <n> misses')).toBe('other');
  });
});

const series = minuteSeries;
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

describe('wording', () => {
  it('says times and sizes as an operator reads them', () => {
    expect(formatMillis(340)).toBe('340 ms');
    expect(formatMillis(1400)).toBe('1.4 s');
    expect(formatMillis(103_043)).toBe('1 min 43 s');
    expect(formatMillis(120_000)).toBe('2 min');
    expect(formatMetric('latency', 103_043)).toBe('1 min 43 s');
    expect(formatMetric('memory-usage', 300 * 1024)).toBe('300 KiB');
  });

  it('shows a changed object or list short, not its JSON', () => {
    const text = describeDiff([{ path: 'aiops.selfHealing', from: undefined, to: { enabled: true, strategy: 'moderate', actions: [{ id: 'restart' }] } }, { path: 'pool.max', from: 20, to: 5 }]);
    expect(text).toBe('aiops.selfHealing unset → {…}, pool.max 20 → 5');
  });
});

describe('changes as evidence', () => {
  const onset = 10 * HOUR;
  const save = (kind: string, path: string, at: number): [LoadedEvent, EvidenceData['diffs']] => {
    const e: LoadedEvent = { ts: at, kind: 'config-change', level: 'info', message: `${kind} v3 saved`, data: { documentKind: kind, version: 3, previousVersion: 2 } };
    return [e, new Map([[diffKey(e), [{ path, from: 1, to: 2 }]]])];
  };
  const data = (e: LoadedEvent, diffs: EvidenceData['diffs']) => ({ pluginId: 'p', start: onset, end: onset + HOUR, metrics: new Map(), events: [e], health: [], limits: {}, diffs }) as EvidenceData;

  it("ignores the console's own AIOps save unless it touches scaling", () => {
    expect(analyzeChanges(data(...save('aiops', 'aiops.selfHealing.enabled', onset - 5 * MIN)), onset, [])).toEqual([]);
    expect(analyzeChanges(data(...save('aiops', 'aiops.autoScaling.maxInstances', onset - 5 * MIN)), onset, [])).toHaveLength(1);
    expect(analyzeChanges(data(...save('sandbox', 'sandbox.memory.maxHeap', onset - 5 * MIN)), onset, [])).toHaveLength(1);
  });

  it('calls a change the likely trigger only when it scores like one', () => {
    const [near] = analyzeChanges(data(...save('sandbox', 'sandbox.memory.maxHeap', onset - MIN)), onset, [onset]);
    expect(near.strength).toBeGreaterThanOrEqual(0.5);
    expect(near.description).toMatch(/is the likely trigger: the metrics moved right after it\.$/);
    const [far] = analyzeChanges(data(...save('sandbox', 'sandbox.memory.maxHeap', onset - 90 * MIN)), onset, [onset]);
    expect(far.strength).toBeLessThan(0.25);
    expect(far.description).toMatch(/nothing ties it to the symptoms\.$/);
    expect(far.description).not.toMatch(/likely/);
  });
});
