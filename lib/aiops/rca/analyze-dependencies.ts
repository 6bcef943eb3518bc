// Dependencies step: health reports whose `dependencies` turned unhealthy around the incident.
// Strength of a dependency = severity of its worst status (unhealthy/failed 1, degraded 0.55,
// recovering 0.4) × timing (1 when it turned bad up to 30 min before the first symptom, fading
// for earlier; 0.6 when up to 5 min after, 0.25 later) × (0.7 + 0.3 × share of error lines that
// name it or its host, up to 10) × 0.3 when it was already unhealthy before (a chronic state).
import type { EvidenceData, Finding, LoadedEvent } from './types';
import { HOUR, MINUTE, clamp01 } from './series-math';
import { formatDuration } from './format';
import { leadTiming, statusTurn, type StatusKinds } from './status-turn';

const SEVERITY: Record<string, number> = { failed: 1, unhealthy: 1, degraded: 0.55, recovering: 0.4, unknown: 0.2 };
const RANK: Record<string, number> = { healthy: 0, unknown: 1, recovering: 2, degraded: 3, unhealthy: 4, failed: 5 };
const DEPENDENCY_STATUS: StatusKinds = { bad: (s) => s !== 'healthy' && s !== 'unknown', good: (s) => s === 'healthy', rank: (s) => RANK[s] ?? 0 };

export interface DependencyFinding extends Finding {
  dependency: string;
  hosts: string[];
}

export function mentions(e: LoadedEvent, names: string[]): boolean {
  const m = e.message.toLowerCase();
  return names.some((n) => n && m.includes(n.toLowerCase()));
}

export function analyzeDependencies(data: EvidenceData, firstSymptom: number): DependencyFinding[] {
  const reports = data.health.filter((h) => h.ts >= data.start - 2 * HOUR && h.ts <= data.end);
  const deps = new Set(reports.flatMap((h) => h.dependencies.map((d) => d.pluginId)));
  const errors = data.events.filter((e) => e.kind === 'log' && (e.level === 'error' || e.level === 'warn') && e.ts >= firstSymptom - 30 * MINUTE && e.ts <= data.end);
  const out: DependencyFinding[] = [];
  for (const dep of deps) {
    const seq = reports.map((h) => ({ ts: h.ts, ...(h.dependencies.find((d) => d.pluginId === dep) ?? { pluginId: dep, status: 'unknown' }) }));
    // The first turn from healthy to not healthy within the hour before the incident or during it.
    const turn = statusTurn(seq, data.start, DEPENDENCY_STATUS);
    if (!turn) continue;
    const { turned, worst, chronic } = turn;
    const lead = firstSymptom - turned.ts;
    const timing = leadTiming(lead);
    const hosts = [...new Set(reports.map((h) => h.hosts[dep]).filter((h): h is string => Boolean(h)))];
    const named = errors.filter((e) => mentions(e, [dep, ...hosts]));
    const corroboration = clamp01(named.length / 10);
    const strength = (SEVERITY[worst.status] ?? 0.2) * timing * (0.7 + 0.3 * corroboration) * (chronic ? 0.3 : 1);
    // Status changes only, so the evidence reads as a short history rather than one line a minute.
    const statuses = seq
      .filter((s, i) => s.ts >= turned.ts - 10 * MINUTE && (i === 0 || s.status !== seq[i - 1].status || s.message !== seq[i - 1].message))
      .slice(0, 20)
      .map((s) => ({ ts: s.ts, status: s.status, ...(s.message && { message: s.message }) }));
    const when = lead >= 0 ? `${formatDuration(lead)} before the first symptom` : `${formatDuration(-lead)} after the first symptom`;
    out.push({
      key: `dependency:${dep}`,
      category: 'dependency-failure',
      dependency: dep,
      hosts,
      at: turned.ts,
      strength: clamp01(strength),
      description: `${dep} became ${worst.status} ${when}${worst.message ? ` (${worst.message})` : ''}; the plugin's own symptoms followed.${chronic ? ' It had been unhealthy before the incident too.' : ''}`,
      evidence: [
        {
          type: 'event',
          content: `Health reports list ${dep} as ${turned.status} from ${new Date(turned.ts).toISOString()}${turned.message ? `: ${turned.message}` : ''}, worst ${worst.status}${worst.message ? ` (${worst.message})` : ''}`,
          timestamp: new Date(turned.ts).toISOString(),
          detail: { kind: 'dependency', dependency: dep, statuses },
        },
        ...(named.length
          ? [{ type: 'log' as const, content: `${named.length} error and warning lines name ${dep}${hosts.length ? ` or ${hosts.join(', ')}` : ''}, e.g. "${named[0].message}"`, timestamp: new Date(named[0].ts).toISOString() }]
          : []),
      ],
      recommendations: [
        `Check ${dep}${hosts.length ? ` (${hosts.join(', ')})` : ''}: its own health, load and recent changes`,
        `Fail fast while ${dep} is down: shorter timeouts and an open circuit breaker (self-healing action: adjust-config)`,
        `Add a fallback or cached reads for ${dep}, and alert on its health before the plugin's symptoms show`,
      ],
    });
  }
  return out.sort((a, b) => b.strength - a.strength);
}
