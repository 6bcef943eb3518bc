// What a plugin's agent adds to every health report of a scenario: a check it runs (a disk, a
// queue, file descriptors) and a dependency it declares with the check behind it. Shared by the
// held-out fault sets, which paint faults onto buildScenario's reports.
import type { Scenario } from '../../rca/testing/build-scenario';
import type { HealthStatus } from './fault-catalog';

export type CheckStatus = 'passed' | 'failed' | 'warning';

const tsOf = (h: { report: { timestamp: string } }) => Date.parse(h.report.timestamp);

/** A check the plugin's agent runs and includes in every report (a disk, a queue, ...). */
export function addCheck(s: Scenario, name: string, at: (t: number) => { status: CheckStatus; message?: string; data?: Record<string, unknown> }): void {
  for (const h of s.health) {
    const c = at(tsOf(h));
    h.report.checks = [
      ...(h.report.checks ?? []),
      { name, status: c.status, ...(c.message ? { message: c.message } : {}), ...(c.data ? { data: c.data } : {}) },
    ];
  }
}

/** A dependency the plugin's agent declares in every report (besides buildScenario's two), with its check. */
export function addDependency(
  s: Scenario,
  dep: { id: string; host: string; port: number },
  at: (t: number) => { status: HealthStatus; message?: string } | undefined,
): void {
  for (const h of s.health) {
    const d = at(tsOf(h)) ?? { status: 'healthy' as HealthStatus };
    h.report.dependencies = [...(h.report.dependencies ?? []), { pluginId: dep.id, ...d }];
    h.report.checks = [
      ...(h.report.checks ?? []),
      {
        name: `dependency:${dep.id}`,
        status: d.status === 'healthy' ? 'passed' : 'failed',
        ...(d.message ? { message: d.message } : {}),
        data: { host: dep.host, port: dep.port },
      },
    ];
  }
}
