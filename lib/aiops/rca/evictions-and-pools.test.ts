// Two symptoms the analysis took for causes on the fifth held-out fault set: pods evicted under
// node memory pressure (read as the plugin's own crash loop, a code defect) and a connection pool
// emptied by a database it could not reach (read as a pool limit reached).
import { describe, expect, it } from 'vitest';
import { logFindings } from './log-findings';
import { lineKind, templateOf } from './log-templates';
import type { TemplateStat } from './analyze-logs';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 12, 21);
const none = { changes: [], dependencies: [], memory: null, saturation: null };

function stat(line: string, firstSeen = T0, strength = 0.7): TemplateStat {
  const template = templateOf(line);
  return { template, kind: lineKind(template, line), level: 'error', count: 60, baselineCount: 0, ratio: Infinity, firstSeen, samples: [], strength };
}

describe('restarts', () => {
  const times = [T0, T0 + 8 * MIN, T0 + 16 * MIN, T0 + 24 * MIN];
  const restartsSaying = (reasons: string[]) => times.map((ts, i) => ({ ts, kind: 'restart', level: 'info', message: reasons[i], data: {} }));

  it('files restarts the host forced for memory as resource exhaustion, not as the plugin crashing', () => {
    const reasons = times.map((_, i) => `Pod orders-api-${i} evicted by the kubelet (node memory pressure); replacement scheduled`);
    const [f] = logFindings({ ...none, templates: [], restarts: restartsSaying(reasons) });
    expect(f).toMatchObject({ category: 'resource-exhaustion', cause: 'crash-loop' });
    expect(f.description).toMatch(/stopped by its host 4 times .* its own code did not crash/);
    expect(f.recommendations[1]).toMatch(/memory requests/);
  });

  it('keeps a crash loop a code defect when the restarts were not forced (one eviction of four)', () => {
    const reasons = ['Pod evicted by the kubelet (node memory pressure)', 'Restarted after exit code 1', 'Restarted after exit code 1', 'Restarted after exit code 1'];
    const [f] = logFindings({ ...none, templates: [], restarts: restartsSaying(reasons) });
    expect(f).toMatchObject({ category: 'code-defect', cause: 'crash-loop' });
  });
});

describe('an empty connection pool', () => {
  const pool = 'Knex: Timeout acquiring a connection. The pool is probably full.';

  it('is a limit reached when connections open fine', () => {
    const [f] = logFindings({ ...none, templates: [stat(pool)] });
    expect(f).toMatchObject({ category: 'resource-exhaustion', cause: 'connection-pool' });
    expect(f.strength).toBeCloseTo(0.9, 5);
  });

  it('is a symptom when new connections to the server time out in the same minutes', () => {
    const connect = stat('Query failed: connect ETIMEDOUT 10.0.4.7:5432 (orders-db.internal)', T0 + 2 * MIN, 0.9);
    const findings = logFindings({ ...none, templates: [stat(pool), connect] });
    const f = findings.find((x) => x.cause === 'connection-pool')!;
    expect(f.strength).toBeCloseTo(0.45, 5);
    expect(f.description).toMatch(/could not be reached/);
    expect(findings.find((x) => x.category === 'network-issue')!.strength).toBeGreaterThan(f.strength);
    // One past: connect timeouts that start later than two minutes after the pool ran dry do not explain it.
    const late = stat('Query failed: connect ETIMEDOUT 10.0.4.7:5432 (orders-db.internal)', T0 + 2 * MIN + 1, 0.9);
    expect(logFindings({ ...none, templates: [stat(pool), late] }).find((x) => x.cause === 'connection-pool')!.strength).toBeCloseTo(0.9, 5);
  });
});
