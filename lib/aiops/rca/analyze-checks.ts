// Checks step: the plugin's own health checks (a disk, local ports, a queue, file handles, its
// clock, its security monitors; not its dependencies, see analyze-dependencies.ts) that turned
// from passing to failing around the incident. An agent that checks a resource knows its limit
// even when the console has no metric for it, so a check naming a resource that runs out
// ("28 220 of 28 232 local ports in use", "/var 97 % full") is resource exhaustion; a check of
// the host's clock is configuration; a security monitor (a key used from hundreds of addresses)
// is a security breach. Checks that name none of these are left to the other steps: their
// words alone do not say what broke.
// Strength = 0.8 × the better of (severity of the first bad status × its timing) and (severity
// of the worst × the timing of when it was first reached: a check that warned an hour early and
// failed at the onset explains the onset) × 0.3 when the check was already failing most of the
// time before (a chronic state). Severity: failed 1, warning 0.55; timing as for dependencies.
import type { EvidenceData, Finding } from './types';
import { HOUR, clamp01 } from './series-math';
import { formatDuration } from './format';
import { leadTiming, statusTurn, type StatusKinds } from './status-turn';
import { ATTACK, WRONG_CLOCK } from './cause-advice';
import { CLOCK, SECURITY, templateOf } from './log-templates';

const SEVERITY: Record<string, number> = { failed: 1, warning: 0.55 };
const CHECK_STATUS: StatusKinds = { bad: (s) => s in SEVERITY, good: (s) => !(s in SEVERITY), rank: (s) => SEVERITY[s] ?? 0 };
// A check says what a log line would (log-templates.ts), or names its subject in a short label
// ("security:api-key-usage", "node:clock-sync"): the label words are the checks' own.
const SECURITY_LABELS = /security|\bwaf\b|\bids\b|suspicious|unauthori[sz]ed|leak|enumerat|brute|stuffing/i;
const CLOCK_LABELS = /clock|time.?sync|time offset/i;
/** Words of a check about a resource with a limit. */
const RESOURCE_CHECK = /\bports?\b|sockets?|file (descriptors?|handles?)|\bfds?\b|inodes?|disk|volume|filesystem|space|memory|heap|swap|threads?|pool|queue|backlog|connections?|quota|capacity|\bin use\b|\bused\b|\bfull\b|exhaust|limit/i;

interface CheckKind {
  /** Whether a check's name and worst message are about this kind (security first: "used from 300 IPs" is not a resource in use). */
  matches: (text: string) => boolean;
  category: Finding['category'];
  cause: NonNullable<Finding['cause']>;
  meaning: string;
  recommendations: (name: string, turned: number) => string[];
}

const CHECK_KINDS: CheckKind[] = [
  {
    matches: (text) => SECURITY.test(templateOf(text)) || SECURITY_LABELS.test(text),
    category: 'security-breach',
    cause: 'security',
    meaning: `A security monitor saw an attack or stolen access. ${ATTACK.meaning}`,
    recommendations: (name) => ATTACK.recommendations(`what "${name}" names (the key, token or account)`),
  },
  {
    matches: (text) => CLOCK.test(templateOf(text)) || CLOCK_LABELS.test(text),
    category: 'configuration',
    cause: 'clock',
    meaning: `The host's clock is off. ${WRONG_CLOCK.meaning}`,
    recommendations: (name) => WRONG_CLOCK.recommendations(`"${name}"`),
  },
  {
    matches: (text) => RESOURCE_CHECK.test(text),
    category: 'resource-exhaustion',
    cause: 'failing-check',
    meaning: 'A resource it checks ran out.',
    recommendations: (name, turned) => [
      `Free or raise what "${name}" checks for now (restart or scale the plugin: self-healing action restart or scale)`,
      `Find what uses it up: what changed shortly before ${new Date(turned).toISOString()} (traffic, a job, a release)`,
      `Alert on "${name}" at warning, before it fails`,
    ],
  },
];

export function analyzeChecks(data: EvidenceData, firstSymptom: number): Finding[] {
  const reports = data.health.filter((h) => h.ts >= data.start - 2 * HOUR && h.ts <= data.end);
  const names = new Set(reports.flatMap((h) => (h.checks ?? []).map((c) => c.name)));
  const out: Finding[] = [];
  for (const name of names) {
    const seq = reports.map((h) => ({ ts: h.ts, ...((h.checks ?? []).find((c) => c.name === name) ?? { name, status: 'passed' }) }));
    const turn = statusTurn(seq, data.start, CHECK_STATUS);
    if (!turn) continue;
    const { turned, worst, chronic } = turn;
    const kind = CHECK_KINDS.find((k) => k.matches(`${name} ${worst.message ?? ''}`));
    if (!kind) continue;
    const lead = firstSymptom - turned.ts;
    const reachedWorst = seq.find((s) => s.ts >= turned.ts && s.status === worst.status) ?? worst;
    const severity = Math.max(SEVERITY[turned.status] * leadTiming(lead), SEVERITY[worst.status] * leadTiming(firstSymptom - reachedWorst.ts));
    const strength = 0.8 * severity * (chronic ? 0.3 : 1);
    const when = lead >= 0 ? `${formatDuration(lead)} before the first symptom` : `${formatDuration(-lead)} after the first symptom`;
    out.push({
      key: `check:${name}`,
      category: kind.category,
      cause: kind.cause,
      at: turned.ts,
      strength: clamp01(strength),
      description: `The plugin's own check "${name}" turned ${worst.status} ${when}${worst.message ? `: ${worst.message}` : ''}. ${kind.meaning}${chronic ? ' It had been failing before the incident too.' : ''}`,
      evidence: [
        {
          type: 'event',
          content: `Health reports: check "${name}" ${turned.status} from ${new Date(turned.ts).toISOString()}${turned.message ? ` (${turned.message})` : ''}, worst ${worst.status}${worst.message ? ` (${worst.message})` : ''}`,
          timestamp: new Date(turned.ts).toISOString(),
        },
      ],
      recommendations: kind.recommendations(name, turned.ts),
    });
  }
  return out.sort((a, b) => b.strength - a.strength);
}
