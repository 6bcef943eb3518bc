// Causes the analysis misfiled on the fourth held-out fault set: a leaked key used to scrape
// records (filed as resource exhaustion: its check said "used from 312 IPs"), a node clock
// drifting past a peer's signing window (no clear cause), duplicate rows making a scalar
// subquery fail (no clear cause), a volume throttled after its burst credits ran out (a network
// issue, from its timeouts) and a dependency refusing writes with its own exception name (a code
// defect, from "…_exception").
import { describe, expect, it } from 'vitest';
import { logFindings } from './log-findings';
import { lineKind, templateOf } from './log-templates';
import { analyzeChecks } from './analyze-checks';
import type { TemplateStat } from './analyze-logs';
import type { DependencyFinding } from './analyze-dependencies';
import type { EvidenceData, Finding, LoadedHealth, OwnCheck } from './types';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 9, 14);
const kindOf = (line: string) => lineKind(templateOf(line), line);

function stat(line: string, firstSeen = T0, strength = 0.7): TemplateStat {
  const template = templateOf(line);
  const sample = { ts: firstSeen, kind: 'log', level: 'error', message: line, data: {} };
  return { template, kind: lineKind(template, line), level: 'error', count: 60, baselineCount: 0, ratio: Infinity, firstSeen, samples: [sample], strength };
}

const none = { changes: [], dependencies: [], memory: null, saturation: null };

describe('what a log line is about', () => {
  it.each([
    ['API key ak_live_7731 used from new IP 185.4.9.12 (AS9009); first seen', 'security'],
    ['Possible credential stuffing: 4200 failed logins from 380 IPs in 5 min', 'security'],
    ['Blocked brute-force attempt on account admin@example.com', 'security'],
    ['401 {"error":"request_timestamp_out_of_window","detail":"X-Paystream-Timestamp is 61.2 s ahead of server time"}', 'clock'],
    ['RequestTimeTooSkewed: The difference between the request time and the current time is too large', 'clock'],
    ['Time synchronisation: chronyd.service is masked; system clock not synchronised', 'clock'],
    ['error: more than one row returned by a subquery used as an expression', 'data'],
    ['ER_SUBQUERY_NO_1_ROW: Subquery returns more than 1 row', 'data'],
    ['Index store write stall: 900 ms waiting for flush (disk await 85 ms)', 'resource'],
    ['fsync of outbox segment 0004471.log took 4800 ms', 'resource'],
    // Not attacks: a refused login, an expired token, a plain 401.
    ['Login failed for user bob@example.com: wrong password', 'other'],
    ['GET /v1/orders 401 Unauthorized (req_ab12)', 'other'],
  ])('%s → %s', (line, kind) => {
    expect(kindOf(line)).toBe(kind);
  });
});

describe('log findings', () => {
  it('files signs of stolen access as a security breach, with revocation first', () => {
    const findings = logFindings({ ...none, templates: [stat('API key ak_live_7731 (partner shopfront) used from new IP 185.4.9.12; first seen', T0, 0.5)] });
    expect(findings.map((f) => [f.category, f.cause])).toEqual([['security-breach', 'security']]);
    expect(findings[0].strength).toBeGreaterThanOrEqual(0.6);
    expect(findings[0].recommendations[0]).toMatch(/Revoke/);
  });

  it('files timestamps outside a peer’s window as a wrong clock (configuration)', () => {
    const findings = logFindings({ ...none, templates: [stat('Capture rejected by api.paystream.example: 401 request_timestamp_out_of_window')] });
    expect(findings.map((f) => [f.category, f.cause])).toEqual([['configuration', 'clock']]);
    expect(findings[0].recommendations[0]).toMatch(/time synchronisation/);
  });

  it('files a subquery that finds duplicate rows as data corruption, tied to the job that wrote them', () => {
      const job = { ts: T0 - 15 * MIN, kind: 'other', level: 'info', message: 'Scheduled job fx-rates-sync finished: 168 rates written to fx_rates (exit 0, 2 attempts)', data: {} };
    const findings = logFindings({ ...none, templates: [stat('error: more than one row returned by a subquery used as an expression')], dataChanges: [job] });
    expect(findings.map((f) => f.category)).toEqual(['data-corruption']);
    expect(findings[0].description).toMatch(/fx-rates-sync/);
  });

  const unwell = (strength: number): DependencyFinding => ({
    key: 'dependency:search-cluster',
    category: 'dependency-failure',
    dependency: 'search-cluster',
    hosts: ['search.internal'],
    strength,
    description: 'search-cluster became degraded',
    evidence: [],
    recommendations: [],
  });
  const refusal = 'Indexing ord_1 failed: 429 cluster_block_exception: index [orders-v3] blocked by: [TOO_MANY_REQUESTS/12/index read-only-allow-delete]';

  it('gives a refusal returned by an unwell dependency to that dependency, not to the code', () => {
    const dep = unwell(0.55);
    const findings = logFindings({ ...none, dependencies: [dep], templates: [stat(refusal, T0, 0.9)] });
    const code = findings.find((f) => f.category === 'code-defect')!;
    expect(code.strength).toBeCloseTo(0.9 * 0.4, 5);
    expect(dep.strength).toBeGreaterThan(0.55);
    expect(dep.evidence).toHaveLength(1);
  });

  it('leaves the same line a code defect when no dependency reports itself unwell', () => {
    const findings = logFindings({ ...none, dependencies: [unwell(0.2)], templates: [stat(refusal, T0, 0.9)] });
    expect(findings.find((f) => f.category === 'code-defect')!.strength).toBeCloseTo(0.9, 5);
  });

  it('gives timeouts to a failing resource check of the plugin’s own, as to its heap or capacity', () => {
    const disk: Finding = { key: 'check:disk:data-volume', category: 'resource-exhaustion', cause: 'failing-check', strength: 0.8, description: '', evidence: [], recommendations: [] };
    const timeouts = stat('GET /v1/search 500: local index read timed out after 2000 ms');
    const withCheck = logFindings({ ...none, templates: [timeouts], ownResources: [disk] });
    expect(withCheck.find((f) => f.category === 'network-issue')!.strength).toBeCloseTo(0.7 * 0.5, 5);
    expect(disk.evidence).toHaveLength(1);
    const without = logFindings({ ...none, templates: [stat('GET /v1/search 500: local index read timed out after 2000 ms')] });
    expect(without.find((f) => f.category === 'network-issue')!.strength).toBeCloseTo(0.7, 5);
  });
});

describe('the plugin’s own checks: security monitors, clocks, and a warning that became a failure', () => {
  const start = T0;
  function data(check: (t: number) => OwnCheck): EvidenceData {
    const health: LoadedHealth[] = [];
    for (let t = start - 3 * 60 * MIN; t <= start + 30 * MIN; t += 5 * MIN) health.push({ ts: t, status: 'healthy', dependencies: [], hosts: {}, checks: [check(t)] });
    return { pluginId: 'p', start, end: start + 30 * MIN, metrics: new Map(), events: [], health, limits: {}, diffs: new Map() };
  }
  const turning = (name: string, message: string, from: number, status = 'failed') => (t: number): OwnCheck => (t >= from ? { name, status, message } : { name, status: 'passed' });

  it('files a failing security monitor as a security breach, though its words say "used"', () => {
    const [f] = analyzeChecks(data(turning('security:api-key-usage', 'key ak_live_7731 used from 312 IPs in 10 min (usually 2)', start)), start);
    expect(f).toMatchObject({ category: 'security-breach', cause: 'security' });
    expect(f.strength).toBeCloseTo(0.8, 5);
  });

  it('files a failing clock check as configuration', () => {
    const [f] = analyzeChecks(data(turning('node:clock-sync', 'clock offset +60.2 s against time.internal; chronyd not running', start - 5 * MIN)), start);
    expect(f).toMatchObject({ category: 'configuration', cause: 'clock' });
  });

  it('weighs a check that warned an hour early and failed at the onset by its failure', () => {
    const check = (t: number): OwnCheck =>
      t >= start
        ? { name: 'disk:data-volume', status: 'failed', message: 'burst balance 0 %: volume throttled' }
        : t >= start - 55 * MIN
          ? { name: 'disk:data-volume', status: 'warning', message: 'burst balance 18 %' }
          : { name: 'disk:data-volume', status: 'passed' };
    const [f] = analyzeChecks(data(check), start);
    expect(f).toMatchObject({ category: 'resource-exhaustion', at: start - 55 * MIN });
    expect(f.strength).toBeCloseTo(0.8, 5);
    // One past: a check that only warned early is weighed by that early warning.
    const warnedOnly = analyzeChecks(data((t) => (t >= start - 55 * MIN ? { name: 'disk:data-volume', status: 'warning', message: 'burst balance 18 %' } : { name: 'disk:data-volume', status: 'passed' })), start);
    expect(warnedOnly[0].strength).toBeLessThan(0.8 * 0.55);
  });
});
