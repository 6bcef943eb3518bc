// What a plugin's agent adds to a scenario besides buildScenario's own data: a check it runs (a
// disk, a queue, file descriptors) and a dependency it declares with the check behind it, in
// every health report, and custom metrics it sends every minute. Shared by the held-out sets.
import { STEP, type Scenario } from '../../rca/testing/build-scenario';
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

/** A custom metric the plugin's agent sends every minute over the whole scenario. */
export function addSeries(s: Scenario, metric: string, value: (t: number) => number): void {
  for (let t = s.from; t <= s.to; t += STEP) s.points.push({ pluginId: s.pluginId, metric, timestamp: t, value: value(t) });
}
