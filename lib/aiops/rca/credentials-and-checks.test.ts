// Causes that earlier analyses misfiled on held-out faults: a key the other side no longer
// accepts (filed as resource exhaustion, because "rejected" counted as a resource word), local
// ports running out (connect EADDRNOTAVAIL, filed as a code defect), rows a migration left
// half-filled (filed as a code defect) and a handler blocking the event loop; and the plugin's
// own health checks, which name a resource running out before any metric does.
import { describe, expect, it } from 'vitest';
import { logFindings } from './log-findings';
import { templateKind, templateOf } from './log-templates';
import { analyzeChecks } from './analyze-checks';
import type { TemplateStat } from './analyze-logs';
import type { EvidenceData, LoadedHealth, OwnCheck } from './types';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 2, 12);
const kindOf = (line: string) => templateKind(templateOf(line));

function stat(line: string, firstSeen: number, strength = 0.7): TemplateStat {
  const template = templateOf(line);
  return { template, kind: templateKind(template), level: 'error', count: 60, baselineCount: 0, ratio: Infinity, firstSeen, samples: [], strength };
}

describe('what a log line is about', () => {
  it.each([
    ['JsonWebTokenError: invalid signature', 'credentials'],
    ['Token with unknown kid "k-7" rejected; accepting only kid "k-6"', 'credentials'],
    ['password authentication failed for user "orders"', 'credentials'],
    ['connect EADDRNOTAVAIL 10.0.9.14:8080 - Local (0.0.0.0:0)', 'resource'],
    ['Socket summary: 28140 TIME_WAIT, 420 ESTABLISHED', 'resource'],
    ['Task rejected: queue full (512)', 'resource'],
    ['row decode failed for orders.id=4100017: column currency_code is NULL', 'data'],
    ['null value in column "sku" of relation "items" violates not-null constraint', 'data'],
    ['Event loop blocked for 2900 ms (in validateStreet at /app/dist/validation/address.js:42:18)', 'code'],
    // A rejected request is not a resource running out, and an expired client token is routine.
    ['Rejected request req_ab12: TokenExpiredError: jwt expired', 'other'],
    ['Request req_ab12 timed out after 3000 ms', 'network'],
  ])('%s → %s', (line, kind) => {
    expect(kindOf(line)).toBe(kind);
  });

  it('files a rejected key as configuration, not as the code or the network', () => {
    const findings = logFindings({ templates: [stat('JsonWebTokenError: invalid signature', T0)], changes: [], dependencies: [], memory: null, saturation: null });
    expect(findings.map((f) => [f.category, f.cause])).toEqual([['configuration', 'credentials']]);
    expect(findings[0].description).toMatch(/no longer accepted/);
  });
});

describe('the plugin’s own health checks', () => {
  const start = T0;
  /** Reports every 5 minutes from 3 h before the start to 30 min after, with one own check. */
  function data(check: (t: number) => OwnCheck): EvidenceData {
    const health: LoadedHealth[] = [];
    for (let t = start - 3 * 60 * MIN; t <= start + 30 * MIN; t += 5 * MIN) health.push({ ts: t, status: 'healthy', dependencies: [], hosts: {}, checks: [check(t)] });
    return { pluginId: 'p', start, end: start + 30 * MIN, metrics: new Map(), events: [], health, limits: {}, diffs: new Map() };
  }
  const ports = (failFrom: number, status = 'failed') => (t: number): OwnCheck =>
    t >= failFrom ? { name: 'node:ephemeral-ports', status, message: '28220 of 28232 local ports in use' } : { name: 'node:ephemeral-ports', status: 'passed' };

  it('names a resource check that failed just before the symptoms as resource exhaustion', () => {
    const [f] = analyzeChecks(data(ports(start - 5 * MIN)), start);
    expect(f).toMatchObject({ category: 'resource-exhaustion', cause: 'failing-check', at: start - 5 * MIN });
    expect(f.strength).toBeCloseTo(0.8, 5);
    expect(f.description).toMatch(/28220 of 28232 local ports in use/);
  });

  it('weighs a warning below a failure, and a check failing long before the incident below one failing at it', () => {
    const warning = analyzeChecks(data(ports(start - 5 * MIN, 'warning')), start)[0].strength;
    expect(warning).toBeCloseTo(0.8 * 0.55, 5);
    const chronic = analyzeChecks(data(ports(start - 3 * 60 * MIN)), start);
    expect(chronic[0].strength).toBeLessThan(0.3);
  });

  it('leaves checks that name no resource, and checks that kept passing, to the other steps', () => {
    const vague = (t: number): OwnCheck => (t >= start ? { name: 'smoke', status: 'failed', message: 'GET / returned 500' } : { name: 'smoke', status: 'passed' });
    expect(analyzeChecks(data(vague), start)).toEqual([]);
    expect(analyzeChecks(data(ports(Number.POSITIVE_INFINITY)), start)).toEqual([]);
  });
});
