// Checks step: the plugin's own health checks (a disk, local ports, a queue, file handles; not
// its dependencies, see analyze-dependencies.ts) that turned from passing to failing around the
// incident. An agent that checks a resource knows its limit even when the console has no metric
// for it, so a check naming a resource that runs out ("28 220 of 28 232 local ports in use",
// "/var 97 % full") is resource exhaustion. Checks that name no resource are left to the other
// steps: their words alone do not say what broke.
// Strength = 0.8 × severity (failed 1, warning 0.55) × timing (as for dependencies) × 0.3 when
// the check was already failing most of the time before (a chronic state).
import type { EvidenceData, Finding } from './types';
import { HOUR, clamp01 } from './series-math';
import { formatDuration } from './format';
import { leadTiming, statusTurn, type StatusKinds } from './status-turn';

const SEVERITY: Record<string, number> = { failed: 1, warning: 0.55 };
const CHECK_STATUS: StatusKinds = { bad: (s) => s in SEVERITY, good: (s) => !(s in SEVERITY), rank: (s) => SEVERITY[s] ?? 0 };
/** Words of a check about a resource with a limit. */
const RESOURCE_CHECK = /\bports?\b|sockets?|file (descriptors?|handles?)|\bfds?\b|inodes?|disk|volume|filesystem|space|memory|heap|swap|threads?|pool|queue|backlog|connections?|quota|capacity|\bin use\b|\bused\b|\bfull\b|exhaust|limit/i;

export function analyzeChecks(data: EvidenceData, firstSymptom: number): Finding[] {
  const reports = data.health.filter((h) => h.ts >= data.start - 2 * HOUR && h.ts <= data.end);
  const names = new Set(reports.flatMap((h) => (h.checks ?? []).map((c) => c.name)));
  const out: Finding[] = [];
  for (const name of names) {
    const seq = reports.map((h) => ({ ts: h.ts, ...((h.checks ?? []).find((c) => c.name === name) ?? { name, status: 'passed' }) }));
    const turn = statusTurn(seq, data.start, CHECK_STATUS);
    if (!turn) continue;
    const { turned, worst, chronic } = turn;
    if (!RESOURCE_CHECK.test(`${name} ${worst.message ?? ''}`)) continue;
    const lead = firstSymptom - turned.ts;
    const strength = 0.8 * SEVERITY[worst.status] * leadTiming(lead) * (chronic ? 0.3 : 1);
    const when = lead >= 0 ? `${formatDuration(lead)} before the first symptom` : `${formatDuration(-lead)} after the first symptom`;
    out.push({
      key: `check:${name}`,
      category: 'resource-exhaustion',
      cause: 'failing-check',
      at: turned.ts,
      strength: clamp01(strength),
      description: `The plugin's own check "${name}" turned ${worst.status} ${when}${worst.message ? `: ${worst.message}` : ''}. A resource it checks ran out.${chronic ? ' It had been failing before the incident too.' : ''}`,
      evidence: [
        {
          type: 'event',
          content: `Health reports: check "${name}" ${turned.status} from ${new Date(turned.ts).toISOString()}${turned.message ? ` (${turned.message})` : ''}, worst ${worst.status}${worst.message ? ` (${worst.message})` : ''}`,
          timestamp: new Date(turned.ts).toISOString(),
        },
      ],
      recommendations: [
        `Free or raise what "${name}" checks for now (restart or scale the plugin: self-healing action restart or scale)`,
        `Find what uses it up: what changed shortly before ${new Date(turned.ts).toISOString()} (traffic, a job, a release)`,
        `Alert on "${name}" at warning, before it fails`,
      ],
    });
  }
  return out.sort((a, b) => b.strength - a.strength);
}
