// Changes step: configuration versions saved, deploys, restarts and scalings shortly before
// the incident. Strength of a change = weight of its kind × (0.45 × proximity + 0.55 × alignment):
// proximity decays with the time from the change to the first symptom (half-life about 20 min,
// nothing for changes after it), alignment is 1 when some metric left its band within 10 min
// after the change. A change hours before, with metrics calm after it, scores almost nothing.
import type { ChangeDiff, DetailedEvidence, EvidenceData, Finding, LoadedEvent } from './types';
import { HOUR, MINUTE, clamp01 } from './series-math';
import { before } from './format';

export const CHANGE_KINDS = new Set(['config-change', 'rollback', 'deploy', 'restart', 'scale']);
const LOOKBACK = 2 * HOUR;
const KIND_WEIGHT: Record<string, number> = { 'config-change': 1, rollback: 0.9, deploy: 0.85, scale: 0.45, restart: 0.4 };

export const diffKey = (e: Pick<LoadedEvent, 'ts' | 'message'>) => `${e.ts}\u0000${e.message}`;

/** A changed value in a sentence: short, whatever its size (a whole object reads as "{…}" past 40 characters). */
function shortValue(v: unknown): string {
  if (v === undefined) return 'unset';
  const text = JSON.stringify(v) ?? String(v);
  if (text.length <= 40) return text;
  return Array.isArray(v) ? `[${v.length} items]` : typeof v === 'object' && v !== null ? '{…}' : `${text.slice(0, 37)}…`;
}

export function describeDiff(changes: ChangeDiff[]): string {
  const shown = changes.slice(0, 4).map((c) => `${c.path} ${shortValue(c.from)} → ${shortValue(c.to)}`);
  return changes.length > 4 ? `${shown.join(', ')} and ${changes.length - 4} more` : shown.join(', ');
}

/**
 * The console's own AIOps document (detection, self-healing, incident response) does not change
 * how the plugin runs: a save of it is evidence only when it touches what can fail, its scaling.
 */
export function touchesPlugin(e: LoadedEvent, diff: ChangeDiff[]): boolean {
  if (e.data.documentKind !== 'aiops') return true;
  return diff.some((c) => /scal/i.test(c.path));
}

/** How sure the wording may sound: "the likely trigger" only for a change that scores like one. */
function configWording(strength: number, aligned: boolean): string {
  if (strength >= 0.5) return ` is the likely trigger${aligned ? ': the metrics moved right after it' : ''}.`;
  if (strength >= 0.25) return ` may have contributed${aligned ? ': the metrics moved soon after it' : ''}.`;
  return ' came before it, but nothing ties it to the symptoms.';
}

const RESTART_ADVICE = [
  'Find out why it restarted: exit code, out-of-memory kills and the last lines before it',
  'If it restarts again, treat it as a crash loop: roll back the last deploy or change, or raise the limit it hit',
];

export interface ChangeFinding extends Finding {
  change: LoadedEvent;
}

export function analyzeChanges(data: EvidenceData, onset: number, departures: number[]): ChangeFinding[] {
  const out: ChangeFinding[] = [];
  for (const e of data.events) {
    if (!CHANGE_KINDS.has(e.kind) || e.ts < Math.min(data.start, onset) - LOOKBACK || e.ts > onset + 2 * MINUTE) continue;
    const lead = Math.max(0, onset - e.ts);
    const proximity = Math.exp(-lead / (30 * MINUTE));
    const aligned = departures.some((t) => t >= e.ts - MINUTE && t <= e.ts + 10 * MINUTE) ? 1 : 0;
    const strength = (KIND_WEIGHT[e.kind] ?? 0.3) * (0.45 * proximity + 0.55 * aligned);
    const diff = data.diffs.get(diffKey(e)) ?? [];
    if (!touchesPlugin(e, diff)) continue;
    const evidence: DetailedEvidence[] = [
      {
        type: 'event',
        content: `${e.kind} ${before(lead, 'the first symptom')}: ${e.message}${diff.length && !e.message.includes(diff[0].path) ? ` (${describeDiff(diff)})` : ''}`,
        timestamp: new Date(e.ts).toISOString(),
        ...(diff.length && { detail: { kind: 'diff' as const, title: e.message, changes: diff } }),
      },
    ];
    const version = typeof e.data.version === 'number' ? e.data.version : typeof e.data.toVersion === 'number' ? e.data.toVersion : undefined;
    const previous = typeof e.data.previousVersion === 'number' ? e.data.previousVersion : typeof e.data.fromVersion === 'number' ? e.data.fromVersion : undefined;
    out.push({
      key: `change:${e.ts}`,
      // A deploy ships code: the protocol files it as a code defect, operators see "deploy". A
      // restart changes nothing the plugin runs with: alone it is no configuration fault (a
      // crash loop is log-findings' to name), so it stays uncategorised.
      category: e.kind === 'deploy' ? 'code-defect' : e.kind === 'restart' ? 'other' : 'configuration',
      ...(e.kind === 'deploy' ? { cause: 'deploy' as const } : e.kind === 'config-change' || e.kind === 'rollback' ? { cause: 'configuration-change' as const } : {}),
      change: e,
      at: e.ts,
      strength: clamp01(strength),
      description:
        e.kind === 'deploy'
          ? `A deploy ${before(lead, 'the first symptom')} changed the plugin's behaviour: ${e.message}`
          : e.kind === 'config-change' || e.kind === 'rollback'
            ? `A configuration change ${before(lead, 'the first symptom')}${diff.length ? ` (${describeDiff(diff)})` : ''}${configWording(clamp01(strength), aligned === 1)}`
            : `A ${e.kind} ${before(lead, 'the first symptom')}: ${e.message}`,
      evidence,
      recommendations: e.kind === 'restart' ? RESTART_ADVICE : [
        e.kind === 'deploy'
          ? 'Roll back the deploy (self-healing action: rollback)'
          : `Roll back ${previous !== undefined ? `to version ${previous}` : 'the change'} (self-healing action: rollback)${version !== undefined ? `, then review version ${version}` : ''}`,
        diff.length ? `Review the change before re-applying it: ${describeDiff(diff)}` : 'Review what the change touched before re-applying it',
        'Roll configuration out gradually (a canary first) and watch error rate and latency for a few minutes before going wide',
      ],
    });
  }
  return out.sort((a, b) => b.strength - a.strength);
}
