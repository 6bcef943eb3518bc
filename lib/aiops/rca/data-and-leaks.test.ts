// Two causes that earlier analyses misfiled: stored data failing its own checks (filed as a code
// defect before) and memory that starts to climb at a deploy (filed as resource exhaustion, or
// not found at all without a configured limit).
import { describe, expect, it } from 'vitest';
import { minuteSeries } from './testing/minute-series';
import { dataJobsOf, logFindings } from './log-findings';
import { templateKind } from './log-templates';
import { detectMemoryGrowth } from './detect-memory-growth';
import type { TemplateStat } from './analyze-logs';
import type { LoadedEvent } from './types';

const MIN = 60_000;
const HOUR = 60 * MIN;
const MiB = 1024 * 1024;
const T0 = Date.UTC(2026, 10, 2, 12);

const series = minuteSeries;
const wobble = (t: number) => Math.sin(t / 7_919) * 2 * MiB;
const deployAt = (ts: number, message = 'Deployed version 6.1.0'): LoadedEvent => ({ ts, kind: 'deploy', level: 'info', message, data: {} });

function stat(template: string, firstSeen: number, count = 60): TemplateStat {
  return { template, kind: templateKind(template), level: 'error', count, baselineCount: 0, ratio: Infinity, firstSeen, samples: [], strength: 0.7 };
}

describe('data corruption', () => {
  it('knows records that fail their own checks from code and network errors', () => {
    expect(templateKind('Failed to decode record <id> from products: invalid byte sequence for encoding <str>: <hex> <hex>')).toBe('data');
    expect(templateKind('checksum mismatch for stored product (expected <n>, got <hex>)')).toBe('data');
    expect(templateKind('duplicate key value violates unique constraint <str>')).toBe('data');
    expect(templateKind('Segment <n> is corrupted')).toBe('data');
    // Not data: a parse error of a request, a timeout, a code error.
    expect(templateKind('SyntaxError: Unexpected token in JSON at position <n>')).toBe('code');
    expect(templateKind('Request <id> timed out after <n> ms')).toBe('network');
  });

  it('files such lines as data corruption, naming the import that wrote them', () => {
    const onset = T0;
    const job: LoadedEvent = { ts: onset - 70 * MIN, kind: 'other', level: 'info', message: 'Supplier catalogue import finished', data: {} };
    expect(dataJobsOf([job])).toEqual([job]);
    const [f] = logFindings({ templates: [stat('checksum mismatch for stored product', onset)], changes: [], dependencies: [], memory: null, saturation: null, dataChanges: [job] });
    expect(f.category).toBe('data-corruption');
    expect(f.description).toMatch(/Supplier catalogue import/);
    expect(f.evidence.some((e) => e.type === 'event')).toBe(true);
  });

  it('does not name a job that ran after the lines began, nor one more than 6 h before', () => {
    const onset = T0;
    for (const ts of [onset + 5 * MIN, onset - 6 * HOUR - MIN]) {
      const job: LoadedEvent = { ts, kind: 'other', level: 'info', message: 'Nightly migration done', data: {} };
      const [f] = logFindings({ templates: [stat('checksum mismatch for stored product', onset)], changes: [], dependencies: [], memory: null, saturation: null, dataChanges: [job] });
      expect(f.category).toBe('data-corruption');
      expect(f.description).not.toMatch(/Nightly migration/);
    }
  });
});

describe('memory that climbs from a deploy', () => {
  const start = T0;
  const end = T0 + 30 * MIN;
  const deploy = start - 4 * HOUR;
  const leaking = series(start - 26 * HOUR, end, (t) => 150 * MiB + wobble(t) + (t < deploy ? 0 : ((t - deploy) / HOUR) * 60 * MiB));

  it('is the release leaking: a code defect shown as the deploy, rollback first', () => {
    const f = detectMemoryGrowth(leaking, { maxHeap: 512 * MiB }, start, end, [deployAt(deploy)]);
    expect(f?.category).toBe('code-defect');
    expect(f?.cause).toBe('deploy');
    expect(f?.description).toMatch(/6\.1\.0/);
    expect(f?.recommendations[0]).toMatch(/Roll back/);
  });

  it('is found without a configured limit', () => {
    expect(detectMemoryGrowth(leaking, {}, start, end, [deployAt(deploy)])?.category).toBe('code-defect');
    // Without a limit and without a deploy, growth alone is no finding (as before).
    expect(detectMemoryGrowth(leaking, {}, start, end, [])).toBeNull();
  });

  it('stays resource exhaustion when memory was already climbing before the deploy', () => {
    const climbing = series(start - 26 * HOUR, end, (t) => 100 * MiB + wobble(t) + Math.max(0, (t - (start - 7 * HOUR)) / HOUR) * 50 * MiB);
    const f = detectMemoryGrowth(climbing, { maxHeap: 512 * MiB }, start, end, [deployAt(deploy)]);
    expect(f?.category).toBe('resource-exhaustion');
  });

  it('needs an hour of climb after the deploy: a deploy 59 min before the peak is not its cause', () => {
    const late = start - 29 * MIN; // the peak is at the end, 59 min after this deploy
    const f = detectMemoryGrowth(leaking, { maxHeap: 512 * MiB }, start, end, [deployAt(late, 'Deployed version 6.1.1')]);
    expect(f?.description ?? '').not.toMatch(/6\.1\.1/);
  });
});
